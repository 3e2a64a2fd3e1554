using System.Text.Json;
using System.Text.Json.Nodes;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// The browser's search (search-core.js on lunr.js) and the API's (SiteSearch in C#) must give the
/// same query, the same hits in the same order with the same scores, and the same snippets.
/// </summary>
public sealed class SiteSearchParityTests
{
    private static readonly string[] Queries =
    [
        "orosanmälan", "sokning", "larmvägar", "larmvagar", "vbe", "blankett", "sekretess", "88", "vit makt",
        "Ds 2014:4", "återvändare barn", "symbolerna", "handlingsplanen", "polisen samverkan", "samordnarens uppdrag",
        "LVU", "socialtjänstlagen", "hakkors", "avhoppare", "säpo", "oro", "ora", "kompetenshöjande aktiviteter",
        "a", "***", "+-~:^", "vit-makt-miljön", "Sekretessbrytande regeln", "tre pilarna", "webbutbildning",
        "publicera", "front matter", "markdown", "redaktören", "granskning", "VBE-team", "vbe team", "handlingsplan",
        // Issue 14, item 1: function words, punctuation and quotes, folded and stemmed synonyms, phrases.
        "orolig för en elev", "oro för en elev", "vad gör jag vid oro?", "\"oro\"", "«vid oro»", "sieg heil", "\"sieg heil\"",
        "\"sieg heil", "sakerhetspolisen", "sapo", "jag har hittat ett klistermärke", "lagen om vård av unga",
        "tjänsteman i beredskap", "Vit makt!", "för en", "oro*?", "\"\"",
        // Snippets (issue 14, item 6): highlights without punctuation, summaries for title-only hits and sections without prose.
        "socialjouren", "polis", "tib", "pepe", "vit makt-miljön", "arbetet", "alla symboler", "yaml",
        // Compounds (issue 14, item 2): parts of compounds the index knows, and compounds it does not.
        "skolpersonal", "anmälan", "bejakande", "tjänsten", "skolkuratorer",
    ];

    internal static readonly Lazy<ContentSnapshot> RealSnapshot = new(() =>
    {
        var result = ContentPipeline.Load(ContentFolder.Open(Path.Combine(NodeTools.RepoRoot, "content")), new ContentOptions(new DateOnly(2026, 11, 24)));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));
        return result.Snapshot!;
    });

    /// <summary>The site's search over the repository's content/.</summary>
    internal static readonly Lazy<SiteSearch> RealContent = new(() => SiteSearch.Build(RealSnapshot.Value));

    [Fact]
    public void Browser_and_api_search_give_the_same_hits_scores_and_snippets_on_the_real_content()
    {
        var search = RealContent.Value;
        var browser = RunBrowserSearch(search, Queries);
        Assert.Equal(Queries.Length, browser.Count);
        for (var i = 0; i < Queries.Length; i++)
        {
            var q = Queries[i];
            var js = browser[i]!;
            Assert.Equal(UserQuery.Build(q, search.Synonyms, search.Index.HasTerm), js["query"]!.GetValue<string>());
            var ours = search.Search(q);
            var theirs = js["results"]!.AsArray();
            Assert.True(ours.Count == theirs.Count, $"'{q}': C# {ours.Count} hits, browser {theirs.Count}");
            for (var r = 0; r < ours.Count; r++)
            {
                var hit = theirs[r]!;
                Assert.True(ours[r].Entry.Ref == hit["ref"]!.GetValue<string>(), $"'{q}' hit {r}: C# {ours[r].Entry.Ref}, browser {hit["ref"]}");
                Assert.True(Math.Abs(ours[r].Score - hit["score"]!.GetValue<double>()) < 1e-3, $"'{q}' hit {r}: scores differ");
                Assert.Equal(hit["snippet"]!.GetValue<string>(), ours[r].Snippet);
            }
            foreach (var (name, audience) in new[] { ("staff", SearchAudience.Staff), ("editors", SearchAudience.Editors), ("all", SearchAudience.All) })
            {
                var groups = search.SearchGrouped(q, audience: audience)
                    .Select(g => string.Join(' ', new[] { g.Page.Entry.Ref, g.Exact ? "true" : "false" }.Concat((g.PageHit is null ? [] : new[] { g.PageHit }).Concat(g.Sections).Select(h => h.Entry.Ref))));
                var browserGroups = js["groups"]![name]!.AsArray()
                    .Select(g => string.Join(' ', g!.AsArray().Select(x => x!.GetValueKind() == JsonValueKind.String ? x.GetValue<string>() : x.GetValue<bool>() ? "true" : "false")));
                Assert.True(groups.SequenceEqual(browserGroups), $"'{q}' ({name}): C# groups [{string.Join(", ", groups)}], browser [{string.Join(", ", browserGroups)}]");
            }
        }
    }

    [Theory]
    [InlineData("sokning", "sökning")]
    [InlineData("larmvagar", "larmväg")]
    [InlineData("orosanmalan", "orosanmälan")]
    public void A_missing_diacritic_still_finds_the_word(string typed, string expected)
    {
        var hits = RealContent.Value.Search(typed);
        Assert.Contains(hits, h => h.Snippet.Contains("<mark>", StringComparison.Ordinal) && h.Entry.Body.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_inflected_word_finds_the_routine_and_its_heading()
    {
        var hits = RealContent.Value.Search("larmvägarna");
        Assert.NotEmpty(hits);
        Assert.Equal("larmvagar", hits[0].Entry.PageId);
    }

    [Fact]
    public void A_synonym_group_adds_the_other_words()
    {
        var query = UserQuery.Build("blankett", [["blankett", "formulär"]]);
        Assert.Equal("blankett^100 blankett*^20 blankett~1^10 formulär^50", query);
    }

    [Fact]
    public void Syntax_characters_typed_by_a_reader_are_escaped_and_never_fail()
    {
        Assert.Equal(@"ds^100 ds*^20 2014\:4^100 2014\:4*^20 2014\:4~1^10", UserQuery.Build("Ds 2014:4", []));
        foreach (var input in new[] { "+", "-", "~", "^", ":", "\\", "*", "title:oro", "oro^10", "oro~99" })
            _ = RealContent.Value.Search(input);
    }

    [Fact]
    public void Snippet_marks_the_matched_words_and_escapes_html()
    {
        var hits = RealContent.Value.Search("samordnare");
        var snippet = hits.First(h => h.Snippet.Contains("<mark>", StringComparison.Ordinal)).Snippet;
        Assert.Matches("<mark>[Ss]amordnar", snippet);
        Assert.DoesNotContain("<script", RealContent.Value.Search("script").Select(h => h.Snippet).FirstOrDefault() ?? "");
    }

    private static JsonArray RunBrowserSearch(SiteSearch search, IReadOnlyList<string> queries)
    {
        var dir = NodeTools.TempDir();
        var data = Path.Combine(dir, "search.json");
        using (var stream = File.Create(data))
        using (var json = new Utf8JsonWriter(stream))
            search.WriteJson(json);   // what the generator writes into search-index.js
        var queriesFile = Path.Combine(dir, "queries.txt");
        File.WriteAllText(queriesFile, string.Join("\n", queries) + "\n");
        var core = Path.Combine(NodeTools.RepoRoot, "theme", "assets", "search-core.js");
        var run = NodeTools.Node(Path.Combine(NodeTools.RepoRoot, "tests", "Content.Tests", "Search", "site-search.js"), [data, queriesFile, core]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonNode.Parse(run.Stdout)!.AsArray();
    }
}
