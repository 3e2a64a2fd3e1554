using System.Text;
using System.Text.Json;

namespace VbeKnowledge.Generator.Review;

/// <summary>The review list as Markdown or JSON, for a CI job to post; grouped by owner.</summary>
public static class ReviewReport
{
    public static IEnumerable<IGrouping<string, ReviewItem>> ByOwner(IReadOnlyList<ReviewItem> items) =>
        items.GroupBy(i => i.Page.Owner, StringComparer.Ordinal);

    public static string Markdown(IReadOnlyList<ReviewItem> items, DateOnly today, int days)
    {
        var md = new StringBuilder();
        md.Append("# Pages due for review\n\n");
        md.Append($"{items.Count} {(items.Count == 1 ? "item" : "items")} due by {today.AddDays(days):yyyy-MM-dd} (today {today:yyyy-MM-dd}, --days {days}), {items.Count(i => i.IsOverdue)} overdue.\n");
        foreach (var owner in ByOwner(items))
        {
            md.Append($"\n## {Cell(owner.Key)} ({owner.Count()})\n\n");
            md.Append("| Due | Page | File | What |\n|---|---|---|---|\n");
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

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
