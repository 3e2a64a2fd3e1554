using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Content.Validation;

/// <summary>
/// Reads content/_data/search-tests.yml, a list of <c>{query, first | top3}</c> entries, reporting every entry
/// that cannot be run (unknown key, unknown page, both or neither expectation, empty query) at its line.
/// </summary>
public static class SearchTestReader
{
    public const string FileName = "search-tests.yml";
    private static readonly string[] Keys = ["query", "first", "top3"];

    /// <param name="pageIds">Every page id of the content, drafts included, so a test may name a page before it is published.</param>
    public static IReadOnlyList<SearchTest> Read(ContentFolder folder, IReadOnlyCollection<string> pageIds, DiagnosticBag diagnostics)
    {
        var display = folder.Display("_data/" + FileName);
        SourcePosition At(Mark mark) => new(display, (int)mark.Line, (int)mark.Column);

        var root = SiteDataLoader.ReadYaml(folder, FileName, diagnostics);
        if (root is null) return [];   // no file, a file of only comments, or a YAML error already reported
        if (root is not YamlSequenceNode entries)
        {
            diagnostics.Add(DiagnosticCatalog.SearchTestFileShape(At(root.Start)));
            return [];
        }

        var tests = new List<SearchTest>();
        foreach (var entry in entries.Children)
        {
            if (entry is not YamlMappingNode map)
            {
                diagnostics.Add(DiagnosticCatalog.SearchTestEntryShape(At(entry.Start)));
                continue;
            }
            string? query = null;
            (string Key, string Id, SourcePosition At)? expected = null;
            SourcePosition? second = null;
            var isBroken = false;
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!Keys.Contains(key))
                {
                    diagnostics.Add(DiagnosticCatalog.SearchTestUnknownKey(At(keyNode.Start), key, Suggestions.Closest(key, Keys)));
                    isBroken = true;
                    continue;
                }
                if (valueNode is not YamlScalarNode scalar)
                {
                    diagnostics.Add(DiagnosticCatalog.SearchTestValueShape(At(valueNode.Start), key));
                    isBroken = true;
                    continue;
                }
                var value = (scalar.Value ?? "").Trim();
                if (key == "query") { query = value; continue; }
                if (expected is not null) second ??= At(keyNode.Start);
                else expected = (key, value, At(valueNode.Start));
            }

            if (string.IsNullOrEmpty(query))
            {
                if (!isBroken) diagnostics.Add(DiagnosticCatalog.SearchTestEmptyQuery(At(map.Start)));
                continue;
            }
            if (second is { } both)
            {
                diagnostics.Add(DiagnosticCatalog.SearchTestBothExpectations(both, query));
                continue;
            }
            if (expected is not { } page)
            {
                if (!isBroken) diagnostics.Add(DiagnosticCatalog.SearchTestMissingExpectation(At(map.Start), query));
                continue;
            }
            if (!pageIds.Contains(page.Id))
            {
                diagnostics.Add(DiagnosticCatalog.SearchTestUnknownPage(page.At, page.Key, page.Id, Suggestions.Closest(page.Id, pageIds)));
                continue;
            }
            if (!isBroken) tests.Add(new SearchTest(query, page.Id, page.Key == "first", At(map.Start)));
        }
        return tests;
    }
}
