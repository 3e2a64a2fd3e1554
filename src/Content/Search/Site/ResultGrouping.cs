using System.Text;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>What grouping knows of a page beyond its search entry: whether it is for editors and the names it goes by.</summary>
/// <param name="Names">The title and the other names a reader may type in full: a term's expansion and synonyms, a symbol's other names; normalized (<see cref="ResultGrouping.Normalize"/>).</param>
public sealed record SearchPage(SearchEntry Entry, bool ForEditors, IReadOnlyList<string> Names);

/// <summary>One result as a reader sees it: a page, with the hit on the page itself (if any) and the hits on its sections under it.</summary>
/// <param name="PageHit">The hit on the page's own document; null when only sections matched.</param>
/// <param name="Sections">Hits on the page's sections, best first.</param>
/// <param name="Score">The best score of the page's hits.</param>
/// <param name="Exact">The query is the page's title or one of its other names.</param>
public sealed record SiteSearchGroup(SearchPage Page, SiteSearchHit? PageHit, IReadOnlyList<SiteSearchHit> Sections, double Score, bool Exact);

/// <summary>
/// The step after scoring: hits become one result per page with its sections under it, so one page
/// never fills the first places with its sections; a page whose title or other name is exactly the
/// query comes first; pages for editors are left out unless the audience asks for them
/// (<see cref="Audiences"/>). theme/assets/search-core.js (group) does exactly the same, so the site
/// and the API count and order alike.
/// </summary>
public static class ResultGrouping
{
    public static IReadOnlyList<SiteSearchGroup> Group(IReadOnlyList<SiteSearchHit> hits, string? input, IReadOnlyDictionary<string, SearchPage> pages, SearchAudience audience)
    {
        var editorsWanted = audience == SearchAudience.All || (audience == SearchAudience.Staff && Audiences.IsAboutPublishing(input));
        var order = new List<string>();
        var byPage = new Dictionary<string, (SiteSearchHit? Page, List<SiteSearchHit> Sections, double Score)>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            var page = pages[hit.Entry.PageId];
            if (audience == SearchAudience.Editors ? !page.ForEditors : page.ForEditors && !editorsWanted) continue;
            if (!byPage.TryGetValue(hit.Entry.PageId, out var group))
            {
                order.Add(hit.Entry.PageId);
                group = (null, [], hit.Score);
            }
            if (hit.Entry.Anchor is null) group.Page = hit; else group.Sections.Add(hit);
            group.Score = Math.Max(group.Score, hit.Score);
            byPage[hit.Entry.PageId] = group;
        }
        var query = Normalize(input);
        return order
            .Select((id, i) => (Index: i, Group: new SiteSearchGroup(pages[id], byPage[id].Page, byPage[id].Sections, byPage[id].Score, query.Length > 0 && pages[id].Names.Contains(query))))
            .OrderByDescending(x => x.Group.Exact).ThenByDescending(x => x.Group.Score).ThenBy(x => x.Index)
            .Select(x => x.Group)
            .ToList();
    }

    /// <summary>Lowercased words, split where lunr splits (whitespace and '-'), joined by one space: "VBE-team" → "vbe team".</summary>
    public static string Normalize(string? text) => string.Join(' ', Words(text));

    internal static List<string> Words(string? input)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(input)) return words;
        var current = new StringBuilder();
        foreach (var c in Tokenizer.ToLowerCase(input))
        {
            if (Tokenizer.IsSeparator(c))
            {
                if (current.Length > 0) words.Add(current.ToString());
                current.Clear();
            }
            else current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
