using System.Text;
using System.Text.Json;
using VbeKnowledge.Generator.Commands;

namespace VbeKnowledge.Generator.Review;

/// <summary>The review list as Markdown or JSON, for a CI job to post; grouped by owner.</summary>
public static class ReviewReport
{
    public static IEnumerable<IGrouping<string, ReviewItem>> ByOwner(IReadOnlyList<ReviewItem> items) =>
        items.GroupBy(i => i.Page.Owner, StringComparer.Ordinal);

    public static string Markdown(IReadOnlyList<ReviewItem> items, DateOnly today, int days)
    {
        var md = new StringBuilder();
        md.Append("# Sidor att granska\n\n");
        md.Append(Summary(items, today, days)).Append('\n');
        foreach (var owner in ByOwner(items))
        {
            md.Append($"\n## {Cell(owner.Key)} ({owner.Count()})\n\n");
            md.Append("| Senast | Sida | Fil | Vad |\n|---|---|---|---|\n");
            foreach (var i in owner)
                md.Append($"| {i.Due:yyyy-MM-dd} ({i.When}) | {Cell(i.Page.Title)} | `{i.Page.DisplayPath}` | {Cell(i.What)} |\n");
        }
        return md.ToString();
    }

    public static string Json(IReadOnlyList<ReviewItem> items, DateOnly today, int days) => JsonSerializer.Serialize(new
    {
        today = today.ToString("yyyy-MM-dd"),
        days,
        until = today.AddDays(days).ToString("yyyy-MM-dd"),
        count = items.Count,
        overdue = items.Count(i => i.IsOverdue),
        owners = ByOwner(items).Select(o => new
        {
            owner = o.Key,
            items = o.Select(i => new
            {
                id = i.Page.Id, title = i.Page.Title, file = i.Page.DisplayPath, url = i.Page.Url,
                kind = i.Kind == ReviewKind.PlanRevision ? "plan-revision" : "page-review",
                due = i.Due.ToString("yyyy-MM-dd"), isOverdue = i.IsOverdue, daysLeft = i.DaysLeft,
                reviewed = i.Page.Reviewed.ToString("yyyy-MM-dd"), what = i.What,
            }),
        }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>One line for the terminal and the Markdown report: how much is due by when, and how much is late.</summary>
    public static string Summary(IReadOnlyList<ReviewItem> items, DateOnly today, int days) =>
        $"{Plural.Count(items.Count, "sida", "sidor")} att granska senast {today.AddDays(days):yyyy-MM-dd} (i dag {today:yyyy-MM-dd}, --days {days}), varav {items.Count(i => i.IsOverdue)} försenade.";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
