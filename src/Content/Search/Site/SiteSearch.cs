using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Compounds;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>One search hit as the site and the API show it.</summary>
public sealed record SiteSearchHit(SearchEntry Entry, double Score, string Snippet);

/// <summary>The knowledge base's search: the lunr index of the content, its entries and the synonyms, built once per snapshot.</summary>
public sealed class SiteSearch
{
    private SiteSearch(Index index, IReadOnlyDictionary<string, SearchEntry> entries, IReadOnlyList<IReadOnlyList<string>> synonyms, IReadOnlyDictionary<string, SearchPage> pages)
    {
        Index = index;
        Entries = entries;
        Synonyms = synonyms;
        Pages = pages;
    }

    private readonly Proximity _proximity = new();

    public Index Index { get; }
    public IReadOnlyDictionary<string, SearchEntry> Entries { get; }
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }
    /// <summary>Each page by id, with what grouping needs (<see cref="ResultGrouping"/>).</summary>
    public IReadOnlyDictionary<string, SearchPage> Pages { get; }

    /// <summary>The search of a snapshot, splitting compounds with the shared Swedish word list when it is installed (<see cref="SwedishCompounds.Shared"/>).</summary>
    public static SiteSearch Build(ContentSnapshot snapshot) => Build(snapshot, SwedishCompounds.Shared);

    /// <summary>The search of a snapshot; <paramref name="compounds"/> null builds the index without splitting compounds.</summary>
    public static SiteSearch Build(ContentSnapshot snapshot, CompoundSplitter? compounds)
    {
        var builder = Builder.CreateDefault();
        // Compound parts are extra terms of the word's field (Builder.CompoundParts): "anmälan" finds "orosanmälan".
        // Only in the body: a part in a title or tag would outweigh pages that have the word itself there.
        if (compounds is not null)
        {
            builder.CompoundParts = token => compounds.Split(Trimmer.Trim(token));
            builder.CompoundFields.Add("body");
        }
        // No "position" metadata: snippets find the matched words again in the text (Snippet.Highlights),
        // and positions were 105 of the 359 KB gzipped that the browser loads. Still lunr.js's own
        // index for metadataWhitelist [] (SiteSearchIndexTests).
        builder.MetadataWhitelist.Clear();
        var entries = new Dictionary<string, SearchEntry>(StringComparer.Ordinal);
        var pageEntries = new Dictionary<string, SearchEntry>(StringComparer.Ordinal);
        foreach (var (document, entry) in SearchCorpus.Create(snapshot))
        {
            builder.Add(document);
            entries[entry.Ref] = entry;
            if (entry.Anchor is null) pageEntries[entry.PageId] = entry;
        }
        var pages = new Dictionary<string, SearchPage>(StringComparer.Ordinal);
        foreach (var rendered in snapshot.Pages)
        {
            var page = rendered.Page;
            pages[page.Id] = new SearchPage(pageEntries[page.Id], Audiences.IsForEditors(page), NamesOf(page));
        }
        return new SiteSearch(builder.Build(), entries, snapshot.Data.Synonyms, pages);
    }

    /// <summary>The title and the other names a reader may type in full, normalized for <see cref="ResultGrouping"/>.</summary>
    private static IReadOnlyList<string> NamesOf(Model.Page page)
    {
        var names = new List<string> { page.Title };
        if (page.Symbol is { } symbol) names.AddRange(symbol.OtherNames);
        if (page.Term is { } term)
        {
            if (!string.IsNullOrEmpty(term.Expansion)) names.Add(term.Expansion);
            names.AddRange(term.Synonyms);
        }
        return names.Select(ResultGrouping.Normalize).Where(n => n.Length > 0).Distinct().ToList();
    }

    /// <summary>
    /// Writes what the browser's search loads: <c>{"index": lunr JSON, "docs": {ref: {t, s, u, y, k, b}}, "synonyms": [[…]]}</c>
    /// (t page title, s heading, u site path, y type label, k type name, b text, m [start, end] of the summary in b
    /// that a hit without a body match shows; for a page's own document also
    /// n its normalized names and e 1 when it is for editors; theme/assets/search-core.js reads them).
    /// </summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WritePropertyName("index");
        Index.WriteJson(json);                                  // lunr 2.3.9 JSON, byte-identical to lunr.js
        json.WriteStartObject("docs");
        foreach (var entry in Entries.Values)
        {
            json.WriteStartObject(entry.Ref);
            json.WriteString("t", entry.Title);
            if (entry.Section is not null) json.WriteString("s", entry.Section);
            json.WriteString("u", entry.Url);
            json.WriteString("y", entry.TypeLabel);
            json.WriteString("k", entry.Type);
            json.WriteString("b", entry.Body);
            if (entry.Summary is { } summary)
            {
                json.WriteStartArray("m");
                json.WriteNumberValue(summary.Start);
                json.WriteNumberValue(summary.End);
                json.WriteEndArray();
            }
            if (entry.Anchor is null && Pages.TryGetValue(entry.PageId, out var page))
            {
                json.WriteStartArray("n");
                foreach (var name in page.Names) json.WriteStringValue(name);
                json.WriteEndArray();
                if (page.ForEditors) json.WriteNumber("e", 1);
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartArray("synonyms");
        foreach (var group in Synonyms)
        {
            json.WriteStartArray();
            foreach (var word in group) json.WriteStringValue(word);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Searches what a reader typed (<see cref="UserQuery"/>), re-ranked by <see cref="Proximity"/>, optionally
    /// only one content type; blank input finds nothing.
    /// </summary>
    public IReadOnlyList<SiteSearchHit> Search(string? input, string? type = null)
    {
        var query = UserQuery.Build(input, Synonyms, Index.HasTerm);
        if (query.Length == 0) return [];
        return Rank(Index.Search(query), input)
            .Where(x => type is null || x.Entry.Type == type)
            .Select(x => new SiteSearchHit(x.Entry, x.Score, SnippetOf(x.Entry, x.Result.MatchData)))
            .ToList();
    }

    /// <summary>lunr's results for what a reader typed, in the order and with the scores of <see cref="Search"/>: re-ranked by <see cref="Proximity"/>.</summary>
    public IReadOnlyList<(SearchResult Result, SearchEntry Entry, double Score)> Rank(IReadOnlyList<SearchResult> results, string? input)
    {
        var terms = Proximity.Terms(input);
        return results
            .Select((r, i) => (Result: r, Entry: Entries[r.Ref], Score: terms.Count > 0 && i < Proximity.Depth ? r.Score * _proximity.Factor(terms, Entries[r.Ref]) : r.Score))
            .OrderByDescending(x => x.Score)   // stable, as search-core.js's sort with its index tie-break
            .ToList();
    }

    /// <summary>The snippet a hit on <paramref name="entry"/> shows (<see cref="Snippet"/>).</summary>
    public string SnippetOf(SearchEntry entry, MatchData? matchData) => Snippet.Html(entry, matchData, Pages[entry.PageId].Entry);

    /// <summary>
    /// Searches what a reader typed and groups the hits per page (<see cref="ResultGrouping"/>): what the
    /// site shows and counts. Blank input finds nothing.
    /// </summary>
    public IReadOnlyList<SiteSearchGroup> SearchGrouped(string? input, string? type = null, SearchAudience audience = SearchAudience.Staff) =>
        ResultGrouping.Group(Search(input, type), input, Pages, audience);
}
