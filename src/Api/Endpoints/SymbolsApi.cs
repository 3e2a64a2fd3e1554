using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The symbol catalogue, filterable by environment and by where symbols are seen.</summary>
public static class SymbolsApi
{
    public static RouteGroupBuilder MapSymbols(this RouteGroupBuilder group)
    {
        group.WithTags("Symboler").CacheContent(PageType.Symbol);
        group.MapGet("/", List).WithSummary("Symbolerna, med miljö, betydelse och vad du gör.")
            .WithDescription("Filter: environment (vit-makt, autonoma, islamistiska, allmanna-koder), seenIn (graffiti, klistermarken …).");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, "environment", "seenIn");
        var environment = query.OneOf("environment", Schema.Environments.Keys);
        var seenIn = query.OneOf("seenIn", Schema.SeenIn);
        if (query.HasErrors) return query.ToProblem();
        var content = store.Current;
        return TypedLists.Items(content, content.OfType(PageType.Symbol)
            .Where(p => environment is null || p.Page.Symbol!.Environment == environment)
            .Where(p => seenIn is null || p.Page.Symbol!.SeenIn.Contains(seenIn)));
    }
}
