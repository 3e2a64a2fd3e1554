using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The directory of support units, filterable by what they do.</summary>
public static class SupportUnitsApi
{
    public static RouteGroupBuilder MapSupportUnits(this RouteGroupBuilder group)
    {
        group.WithTags("Stödenheter").CacheContent(PageType.SupportUnit);
        group.MapGet("/", List).WithSummary("Stödenheterna, med organisation, funktioner och målgrupp.")
            .WithDescription("Filter: function (förebyggande, upptäckande, förhindrande, åtgärdande).");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, "function");
        var function = query.OneOf("function", Schema.UnitFunctions);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.SupportUnit)
            .Where(p => function is null || p.Page.SupportUnit!.Functions.Contains(function)));
    }
}
