using System.Text.RegularExpressions;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Review;

/// <summary>
/// Which pages need review within a number of days. Two clocks run: every page's own
/// (<c>reviewed</c> + <c>reviewInterval</c> months), and for action plans the plan's yearly
/// revision: a plan version is due for revision twelve months after it was made, taken from
/// <c>revised</c> ("maj 2023") when given, else from the first year of <c>period</c> (January).
/// All the plans we hold say "revideras årligen"; a page resting on a plan older than a year
/// may describe a superseded plan, so the editor checks for a newer one.
/// </summary>
public static partial class ReviewSchedule
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    [GeneratedRegex(@"(?:(?<month>[a-zåäö]+)\s+)?(?<year>(19|20)\d\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    public static IReadOnlyList<ReviewItem> Due(IEnumerable<Page> pages, DateOnly today, int days)
    {
        var until = today.AddDays(days);
        var items = new List<ReviewItem>();
        foreach (var page in pages)
        {
            if (page.NextReview <= until) items.Add(new ReviewItem(page, ReviewKind.PageReview, page.NextReview, today));
            if (page.Plan is { } plan && PlanRevisionDue(plan) is { } due && due <= until)
                items.Add(new ReviewItem(page, ReviewKind.PlanRevision, due, today));
        }
        return items
            .OrderBy(i => i.Page.Owner, StringComparer.Ordinal)
            .ThenBy(i => i.Due)
            .ThenBy(i => i.Page.SourcePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Twelve months after the plan version was made; null when neither revised nor period names a year.</summary>
    public static DateOnly? PlanRevisionDue(PlanDetails plan)
    {
        var made = VersionDate(plan.Revised) ?? VersionDate(plan.Period);
        return made?.AddMonths(12);
    }

    private static DateOnly? VersionDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = MonthYear().Match(text);
        if (!match.Success) return null;
        var month = Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1;
        return new DateOnly(int.Parse(match.Groups["year"].Value), month > 0 ? month : 1, 1);
    }
}
