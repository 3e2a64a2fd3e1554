using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>What the small typed lists (symbols, routines, training …) have in common: one type, its details, in site order.</summary>
internal static class TypedLists
{
    public static IEnumerable<RenderedPage> OfType(this ServedContent content, PageType type) => content.Snapshot.OfType(type);

    public static Ok<ListDto<PageSummaryDto>> Items(ServedContent content, IEnumerable<RenderedPage> pages)
    {
        var items = pages.Select(p => content.Map.Summary(p, withDetails: true)).ToList();
        return TypedResults.Ok(new ListDto<PageSummaryDto>(items, items.Count));
    }
}
