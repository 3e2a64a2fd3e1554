using System.Text.Json.Nodes;
using AngleSharp.Dom;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Search;

/// <summary>
/// Issue 14, item 6, on the real build: the text of every page and section in the search data, which
/// every snippet is cut from, is prose a reader sees on the page, on one line, with no markup, YAML or code.
/// </summary>
public sealed class SearchTextTests(RealSite real)
{
    /// <summary>What the generator wrote into search-index.*.js: ref → {t, s, u, b, m …}.</summary>
    private JsonObject Docs()
    {
        var file = Assert.Single(real.Site.Files, f => Path.GetFileName(f).StartsWith("search-index.", StringComparison.Ordinal));
        var script = real.Site.Text(file);
        const string prefix = "window.VBE_SEARCH=";
        Assert.StartsWith(prefix, script);
        return JsonNode.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';'))!["docs"]!.AsObject();
    }

    /// <summary>
    /// The page's text as a reader sees it: its main element without code blocks, diagrams and scripts,
    /// and without white space, so that block and cell boundaries do not matter.
    /// </summary>
    private string VisibleProse(string page)
    {
        var main = (IElement)real.Site.Html(page).QuerySelector("main")!.Clone();
        foreach (var hidden in main.QuerySelectorAll("pre, figure, svg, script, style, template").ToList()) hidden.Remove();
        return string.Concat(main.TextContent.Where(c => !char.IsWhiteSpace(c)));
    }

    [Fact]
    public void Every_page_and_sections_search_text_is_one_line_of_visible_prose_without_markup_yaml_or_code()
    {
        var docs = Docs();
        Assert.True(docs.Count > 500, $"only {docs.Count} documents in the search data");
        var problems = new List<string>();
        foreach (var (reference, node) in docs)
        {
            var url = node!["u"]!.GetValue<string>();
            var text = node["b"]!.GetValue<string>();
            if (text.IndexOfAny(['\n', '\r', '\t']) >= 0) problems.Add($"{url}: a line break or tab");
            if (text.Contains("=\"", StringComparison.Ordinal) || text.Contains("</", StringComparison.Ordinal)) problems.Add($"{url}: markup");
            // '<', '=' and '---' only where the page itself shows them in prose: "A = 1" on the symbols for
            // number codes, `---` and `<mapp>` as inline code in the editor guide.
            var prose = (string?)null;
            foreach (var sign in new[] { "<", ">", "=", "---" })
            {
                for (var at = text.IndexOf(sign, StringComparison.Ordinal); at >= 0; at = text.IndexOf(sign, at + 1, StringComparison.Ordinal))
                {
                    var around = string.Concat(text[Math.Max(0, at - 12)..Math.Min(text.Length, at + sign.Length + 12)].Where(c => !char.IsWhiteSpace(c)));
                    prose ??= VisibleProse(url.Split('#')[0]);
                    if (!prose.Contains(around, StringComparison.Ordinal)) problems.Add($"{url} ({reference}): '{sign}' in \"{around}\", which the page does not show as prose");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_title_only_hit_shows_a_whole_summary_on_one_line()
    {
        var search = SiteSearch.Build(real.Content);
        Assert.Equal(Docs().Count, search.Entries.Count);
        foreach (var entry in search.Entries.Values)
        {
            var snippet = System.Net.WebUtility.HtmlDecode(search.SnippetOf(entry, matchData: null));   // what a hit on the title alone shows
            Assert.False(snippet.Length == 0 && search.Pages[entry.PageId].Entry.Body.Length > 0, $"{entry.Url}: no snippet, though the page has a summary");
            Assert.DoesNotContain("\n", snippet);
            Assert.DoesNotContain("<mark>", snippet);
            if (entry.Summary is not { } summary) continue;
            var body = entry.Body;
            Assert.True(summary.Start >= 0 && summary.Start < summary.End && summary.End <= body.Length, $"{entry.Url}: summary [{summary.Start}, {summary.End}] outside its text");
            Assert.True((summary.Start == 0 || body[summary.Start - 1] == ' ') && (summary.End == body.Length || body[summary.End] == ' '),
                $"{entry.Url}: summary [{summary.Start}, {summary.End}] cuts a word: \"{body[summary.Start..summary.End]}\"");
            Assert.StartsWith(body[summary.Start..Math.Min(summary.End, summary.Start + 40)].TrimEnd(), snippet);
        }
    }
}
