using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Queries;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>
/// Search with the site's own index and ranking. By default <c>q</c> is read as a reader types
/// (UserQuery: inflections, prefixes, one typo, synonyms; Proximity), exactly as the site's search box does;
/// with <c>syntax=lunr</c> it is a lunr query (<c>+krav -utesluten fält:term term~1 term^5 pref*</c>).
/// </summary>
public static partial class SearchApi
{
    public const int MaxQueryLength = 200;
    public const int MaxEditDistance = 2;

    [GeneratedRegex(@"(?<!\\)~(\d+)")]
    private static partial Regex EditDistance();

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder group)
    {
        group.WithTags("Sök").CacheContent();
        group.MapGet("/", Search).WithSummary("Sök med samma index och rangordning som webbplatsens sökruta.")
            .WithDescription($"q: sökord (högst {MaxQueryLength} tecken). type: sidtyp. limit: 1–50 (10). syntax: text (som sökrutan, standard) eller lunr (+krav, -uteslut, fält:term, term~1, term^5, prefix*).");
        return group;
    }

    private static Results<Ok<SearchResultsDto>, ValidationProblem> Search(HttpRequest request, SnapshotStore store)
    {
        var query = new QueryReader(request, "q", "type", "limit", "syntax");
        var q = query.Text("q");
        if (q is null && !query.HasErrors) query.Reject("q", "Ange vad du söker efter i parametern 'q', till exempel ?q=orosanmälan.");
        var type = query.OneOf("type", PageTypes.Names);
        var limit = query.Int("limit", 10, 1, 50);
        var syntax = query.OneOf("syntax", ["text", "lunr"]) ?? "text";
        if (q is { Length: > MaxQueryLength }) query.Reject("q", $"Sökfrågan får vara högst {MaxQueryLength} tecken; den har {q.Length}.");
        if (query.HasErrors) return query.ToProblem();

        var search = store.Current.Search;
        var lunrQuery = syntax == "lunr" ? q! : UserQuery.Build(q, search.Synonyms, search.Index.HasTerm);
        if (syntax == "lunr" && EditDistance().Matches(lunrQuery).Any(m => !int.TryParse(m.Groups[1].Value, out var n) || n > MaxEditDistance))
        {
            query.Reject("q", $"Avståndet i '~N' får vara högst {MaxEditDistance}: större värden gör sökningen mycket långsam.");
            return query.ToProblem();
        }

        IReadOnlyList<SearchResult> results;
        try { results = lunrQuery.Length == 0 ? [] : search.Index.Search(lunrQuery); }
        catch (QueryParseException e)
        {
            query.Reject("q", $"Sökfrågan kan inte tolkas: {e.Message}");
            return query.ToProblem();
        }

        var links = store.Current.Links;
        // What a reader typed is re-ranked as the site's search box does (Proximity); a lunr query is lunr's alone.
        var ranked = syntax == "lunr" ? results.Select(r => (Result: r, Entry: search.Entries[r.Ref], r.Score)).ToList() : search.Rank(results, q);
        var hits = ranked.Where(x => type is null || x.Entry.Type == type).ToList();
        var dtos = hits.Take(limit).Select(x => new SearchHitDto(
            x.Entry.PageId, x.Entry.Title, x.Entry.Section, x.Entry.Type, x.Entry.TypeLabel, links.Absolute(x.Entry.Url),
            Math.Round(x.Score, 3), search.SnippetOf(x.Entry, x.Result.MatchData))).ToList();
        return TypedResults.Ok(new SearchResultsDto(q!, lunrQuery, hits.Count, dtos));
    }
}
