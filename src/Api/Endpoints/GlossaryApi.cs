using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The glossary in Swedish alphabetical order (… x, y, z, å, ä, ö).</summary>
public static class GlossaryApi
{
    public static RouteGroupBuilder MapGlossary(this RouteGroupBuilder group)
    {
        group.WithTags("Ordlista").CacheContent(PageType.Term);
        group.MapGet("/", List).WithSummary("Ordlistans termer i bokstavsordning, med förklaring och synonymer.");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.Term).OrderBy(p => p.Page.Title, SwedishOrder.Instance));
    }
}
