using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The introduction path for new staff, step by step.</summary>
public static class IntroductionApi
{
    public static RouteGroupBuilder MapIntroduction(this RouteGroupBuilder group)
    {
        // Steps show the titles of the pages they link to, which may be of any type: evicted on every change.
        group.WithTags("Introduktion").CacheContent();
        group.MapGet("/", List).WithSummary("Introduktionens steg i ordning, med tidsåtgång och sidorna att läsa.");
        return group;
    }

    private static Results<Ok<ListDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        return TypedLists.Items(store.Current, store.Current.OfType(PageType.Introduction).OrderBy(p => p.Page.Introduction!.Step));
    }
}
