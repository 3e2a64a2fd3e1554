using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The routines: what staff do when something happens.</summary>
public static class RoutinesApi
{
    public static RouteGroupBuilder MapRoutines(this RouteGroupBuilder group)
    {
        group.WithTags("Rutiner").CacheContent(PageType.Routine);
        group.MapGet("/", List).WithSummary("Rutinerna, i den ordning webbplatsen visar dem.");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.Routine));
    }
}
