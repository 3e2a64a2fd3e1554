using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The training offers, filterable by format.</summary>
public static class TrainingApi
{
    public static RouteGroupBuilder MapTraining(this RouteGroupBuilder group)
    {
        group.WithTags("Utbildning").CacheContent(PageType.Training);
        group.MapGet("/", List).WithSummary("Utbildningarna, med format, målgrupp och var de finns.")
            .WithDescription("Filter: format (webbutbildning, fördjupning, föreläsning, workshop, läsning).");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, "format");
        var format = query.OneOf("format", Schema.TrainingFormats);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.Training).Where(p => format is null || p.Page.Training!.Format == format));
    }
}
