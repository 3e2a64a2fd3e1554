using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Model;

/// <summary>Which columns a plan's activity table shows, shared by the site, the API and the static JSON.</summary>
public static class PlanColumns
{
    /// <summary>
    /// The plan's own columns (the source's names and order) when its front matter gives them; otherwise the
    /// district plans' usual columns that have data in <paramref name="activities"/>, the activity always.
    /// </summary>
    public static IReadOnlyList<PlanColumn> For(PlanDetails plan, IEnumerable<PlanActivity> activities)
    {
        if (plan.Columns.Count > 0) return plan.Columns;
        var rows = activities.ToList();
        return [.. Schema.ActivityColumns
            .Where(c => c.Key == "activity" || rows.Any(a => Text(a, c.Key) is not null))
            .Select(c => new PlanColumn(c.Key, c.Value))];
    }

    /// <summary>The text of one activity field, by its front-matter key.</summary>
    public static string? Text(PlanActivity activity, string field) => field switch
    {
        "activity" => activity.Activity,
        "responsible" => activity.Responsible,
        "schedule" => activity.Schedule,
        "followUp" => activity.FollowUp,
        "otherActors" => activity.OtherActors,
        "start" => activity.Start,
        _ => null,
    };
}
