using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using static VbeKnowledge.Api.Problems.ApiProblems;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>Every published page: a filtered, paged list, and one page in full.</summary>
public static class PagesApi
{
    public static RouteGroupBuilder MapPages(this RouteGroupBuilder group)
    {
        group.WithTags("Sidor").CacheContent();
        group.MapGet("/", List).WithSummary("Sidor, filtrerade och i sidor om högst 100.")
            .WithDescription("Filter: type (sidtyp), tag, section (mapp), updatedSince (granskad detta datum eller senare, ÅÅÅÅ-MM-DD). Sidindelning: limit 1–100 (20), offset.");
        group.MapGet("/{**key}", Get).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("En sida med metadata, HTML, text, rubriker och länkar.")
            .WithDescription("key är sidans id (vid-oro), dess adress på webbplatsen (rutiner/vid-oro eller rutiner/vid-oro.html) eller ett alias.");
        return group;
    }

    private static Results<Ok<PagedDto<PageSummaryDto>>, ValidationProblem> List(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, ["type", "tag", "section", "updatedSince", .. Paging.Parameters]);
        var type = query.OneOf("type", PageTypes.Names);
        var tag = query.Text("tag");
        var section = query.Text("section");
        var updatedSince = query.Date("updatedSince");
        var paging = Paging.Read(query);
        if (query.HasErrors) return query.ToProblem();

        var content = store.Current;
        var pages = content.Snapshot.Pages
            .Where(p => type is null || p.Page.Type.Name() == type)
            .Where(p => tag is null || p.Page.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .Where(p => section is null || string.Equals(p.Page.Section, section, StringComparison.OrdinalIgnoreCase))
            .Where(p => updatedSince is null || p.Page.Reviewed >= updatedSince)
            .Select(p => content.Map.Summary(p))
            .ToList();
        return TypedResults.Ok(paging.Apply(pages));
    }

    private static Results<Ok<PageDto>, ProblemHttpResult, ValidationProblem> Get(string key, HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request);
        if (query.HasErrors) return query.ToProblem();
        var content = store.Current;
        return content.Find(key) is { } page ? TypedResults.Ok(content.Page(page)) : PageNotFound(key);
    }
}
