using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using static VbeKnowledge.Api.Problems.ApiProblems;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The nämnder's action plans: the list, one plan, and one plan's activities.</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder group)
    {
        group.WithTags("Handlingsplaner").CacheContent(PageType.Plan);
        group.MapGet("/", List).WithSummary("Handlingsplanerna, med nämnd, period och antal aktiviteter.");
        group.MapGet("/{id}", Get).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("En handlingsplan som hel sida, med alla aktiviteter.");
        group.MapGet("/{id}/activities", Activities).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("En handlingsplans aktiviteter, filtrerade.")
            .WithDescription(ActivityFilter.Description);
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.Plan));
    }

    private static Results<Ok<PageDto>, ProblemHttpResult, ValidationProblem> Get(string id, HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        return FindPlan(store.Current, id) is { } plan ? TypedResults.Ok(store.Current.Page(plan)) : PlanNotFound(id);
    }

    private static Results<Ok<ListDto<ActivityDto>>, ProblemHttpResult, ValidationProblem> Activities(string id, HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, ActivityFilter.Parameters);
        var filter = ActivityFilter.Read(query);
        if (query.HasErrors) return query.ToProblem();
        if (FindPlan(store.Current, id) is not { } plan) return PlanNotFound(id);
        var items = store.Current.Map.Activities(plan.Page).Where(filter.Matches).ToList();
        return TypedResults.Ok(new ListDto<ActivityDto>(items, items.Count));
    }

    private static RenderedPage? FindPlan(ServedContent content, string id) =>
        content.Snapshot.ById.TryGetValue(id, out var page) && page.Page.Type == PageType.Plan ? page : null;
}
