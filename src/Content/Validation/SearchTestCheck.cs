using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Validation;

/// <summary>
/// Runs the editors' relevance tests (content/_data/search-tests.yml) against the site search, the same C#
/// search the API answers with, and reports each query whose page did not come first (or within the first
/// three) as a content error. Run by <c>check</c> and <c>build</c> only: the API and <c>serve</c>'s per-edit
/// rebuild never read the file.
/// </summary>
public static class SearchTestCheck
{
    /// <returns>How many tests ran.</returns>
    public static int Check(ContentFolder folder, ContentSnapshot snapshot, SiteSearch search, DiagnosticBag diagnostics)
    {
        var tests = SearchTestReader.Read(folder, snapshot.AllRendered.Select(p => p.Page.Id).ToHashSet(StringComparer.Ordinal), diagnostics);
        var ran = 0;
        foreach (var test in tests)
        {
            // A draft or scheduled page is not in this run's search; its test counts once the page is published.
            if (!snapshot.ById.ContainsKey(test.PageId)) continue;
            ran++;
            var hits = search.Search(test.Query);
            var rank = hits.ToList().FindIndex(h => h.Entry.PageId == test.PageId) + 1;
            if (hits.Count == 0)
                diagnostics.Add(DiagnosticCatalog.SearchTestNoHits(test.At, test.Query, test.PageId));
            else if (test.MustBeFirst && rank != 1)
                diagnostics.Add(DiagnosticCatalog.SearchTestNotFirst(test.At, test.Query, test.PageId, hits[0].Entry.PageId, Title(hits[0].Entry), rank));
            else if (!test.MustBeFirst && rank is < 1 or > 3)
                diagnostics.Add(DiagnosticCatalog.SearchTestNotInTopThree(test.At, test.Query, test.PageId, hits.Take(3).Select(h => $"'{h.Entry.PageId}' ({Title(h.Entry)})"), rank));
        }
        return ran;
    }

    private static string Title(SearchEntry entry) => entry.Section is null ? entry.Title : $"{entry.Title}, avsnittet {entry.Section}";
}
