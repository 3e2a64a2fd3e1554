using System.Text.RegularExpressions;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// Issue 14, item 6: a snippet is the prose a reader sees, with the matched words marked; on the real
/// content, through the same SiteSearch the API answers with (the browser's is held to it by
/// SiteSearchParityTests).
/// </summary>
public sealed partial class SnippetTests
{
    private static SiteSearch Search => SiteSearchParityTests.RealContent.Value;

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();

    /// <summary>The snippet as a reader reads it: without the marks, entities decoded.</summary>
    private static string Plain(string snippet) =>
        System.Net.WebUtility.HtmlDecode(snippet.Replace("<mark>", "").Replace("</mark>", ""));

    [Fact]
    public void Searching_socialjouren_shows_the_routines_steps_not_the_flow_diagrams_markup()
    {
        var hits = Search.Search("socialjouren");
        var steps = Assert.Single(hits, h => h.Entry.Url == "rutiner/larmvagar.html#om-larm-inkommer-via-socialjouren");
        Assert.Contains("<mark>Socialjouren</mark> kontaktar", steps.Snippet);
        Assert.All(hits, h =>
        {
            foreach (var markup in new[] { "<", ">", "class=", "data-flow", "svg", "viewBox", "\n" })
                Assert.DoesNotContain(markup, Plain(h.Snippet));
        });
    }

    [Fact]
    public void Searching_orosanmalan_never_shows_the_front_matter_example_of_the_editor_guide()
    {
        // The guide's only "orosanmälan" is in its YAML example (a code block), which is no prose.
        var hits = Search.Search("orosanmälan");
        Assert.NotEmpty(hits);
        Assert.DoesNotContain(hits, h => h.Entry.PageId == "publicera");
        Assert.All(hits, h =>
        {
            foreach (var yaml in new[] { "---", "title:", "type: routine", "tags: [", "\n" })
                Assert.DoesNotContain(yaml, Plain(h.Snippet));
        });
    }

    [Theory]
    [InlineData("polis", "<mark>polis</mark>,")]                    // "skola, socialtjänst och polis, och forum …"
    [InlineData("socialjouren", "<mark>Socialjouren</mark>.")]
    [InlineData("tib", "(<mark>TIB</mark>)")]
    public void A_highlight_covers_the_word_not_the_punctuation_beside_it(string query, string expected)
    {
        var snippets = Search.Search(query).Select(h => h.Snippet).ToList();
        Assert.Contains(snippets, s => s.Contains(expected, StringComparison.Ordinal));
        foreach (var mark in snippets.SelectMany(s => Mark().Matches(s)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)))
        {
            Assert.True(Trimmer.IsWordCharacter(mark[0]) && Trimmer.IsWordCharacter(mark[^1]), $"'{query}': <mark>{mark}</mark> takes in punctuation");
        }
    }

    [Fact]
    public void A_title_only_match_on_a_page_shows_its_summary()
    {
        var pepe = SiteSearchParityTests.RealSnapshot.Value.Pages.Single(p => p.Page.Id == "pepe").Page;
        var hit = Assert.Single(Search.Search("pepe"), h => h.Entry.PageId == "pepe" && h.Entry.Anchor is null);
        Assert.DoesNotContain("<mark>", hit.Snippet);
        Assert.True(pepe.Summary.Length < Snippet.Size, "the test wants a summary that fits a snippet whole");
        Assert.Equal(HtmlText.Escape(pepe.Summary), hit.Snippet);
    }

    [Fact]
    public void A_hit_on_the_heading_of_a_section_without_prose_shows_the_pages_summary_not_a_run_of_titles()
    {
        // "Vit makt-miljön" on the symbol catalogue is a list of links to the symbols: a run of titles.
        var catalogue = SiteSearchParityTests.RealSnapshot.Value.Pages.Single(p => p.Page.Url == "symboler/index.html").Page;
        var hit = Assert.Single(Search.Search("vit makt-miljön"), h => h.Entry.Url == "symboler/index.html#vit-makt-miljon");
        Assert.Null(hit.Entry.Summary);
        Assert.StartsWith(HtmlText.Escape(catalogue.Summary)[..60], hit.Snippet);
        Assert.DoesNotContain("Hakkors", hit.Snippet);
    }

    [Fact]
    public void A_hit_on_the_heading_of_a_section_with_prose_shows_its_first_paragraph_not_the_table_after_it()
    {
        var hit = Assert.Single(Search.Search("arbetet"), h => h.Entry.Url == "stodenheter/index.html#verksamheter-i-det-forebyggande-arbetet");
        Assert.Equal("Verksamheterna har en förebyggande eller upptäckande funktion, eller båda.", Plain(hit.Snippet));
    }
}
