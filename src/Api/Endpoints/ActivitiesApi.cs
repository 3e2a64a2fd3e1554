using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>Every activity of every action plan, for dashboards ("what is due this year?").</summary>
public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivities(this RouteGroupBuilder group)
    {
        group.WithTags("Handlingsplaner").CacheContent(PageType.Plan);
        group.MapGet("/", List).WithSummary("Alla handlingsplaners aktiviteter, filtrerade.")
            .WithDescription(ActivityFilter.Description + " Dessutom: plan (planens id), year (år som planens period omfattar).");
        return group;
    }

    private static Results<Ok<ListDto<ActivityDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, [.. ActivityFilter.Parameters, "plan", "year"]);
        var filter = ActivityFilter.Read(query);
        var plan = query.Text("plan");
        var year = query.Int("year", 0, 1900, 2999);
        if (query.HasErrors) return query.ToProblem();
        var content = store.Current;
        var items = content.Snapshot.OfType(PageType.Plan)
            .Where(p => plan is null || p.Page.Id == plan)
            .Where(p => year == 0 || PlanPeriod.Covers(p.Page.Plan!.Period, year))
            .SelectMany(p => content.Map.Activities(p.Page))
            .Where(filter.Matches)
            .ToList();
        return TypedResults.Ok(new ListDto<ActivityDto>(items, items.Count));
    }
}
