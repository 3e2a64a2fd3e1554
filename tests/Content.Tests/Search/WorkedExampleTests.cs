using VbeKnowledge.Content.Search;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>lunr-index.md §9: three documents, the exact JSON lunr.js writes, and its scores.</summary>
public sealed class WorkedExampleTests
{
    // lunr-index.md §9, JSON.stringify(JSON.parse(...)) of the spec's listing.
    private const string Expected =
        """{"version":"2.3.9","fields":["title","tags","body"],"fieldVectors":[["title/oro",[0,6.134]],["tags/oro",[1,4.071]],["body/oro",[0,0.524,2,1.093,3,0.524]],["title/sym",[4,1.033,5,7.59,6,3.637,7,3.637]],["tags/sym",[4,0.554]],["body/sym",[4,0.121,6,0.426,7,0.426,8,0.89,9,0.89]],["title/sam",[10,10.417,11,4.992]],["tags/sam",[]],["body/sam",[3,0.47,11,0.47,12,0.981,13,0.981]]],"invertedIndex":[["",{"_index":5,"title":{"sym":{"position":[[9,1]]}},"tags":{},"body":{}}],["använd",{"_index":8,"title":{},"tags":{},"body":{"sym":{"position":[[11,7]]}}}],["gör",{"_index":2,"title":{},"tags":{},"body":{"oro":{"position":[[0,3]]}}}],["lokal",{"_index":10,"title":{"sam":{"position":[[0,5]]}},"tags":{},"body":{}}],["makt",{"_index":7,"title":{"sym":{"position":[[15,4]]}},"tags":{},"body":{"sym":{"position":[[26,4]]}}}],["miljön",{"_index":9,"title":{},"tags":{},"body":{"sym":{"position":[[31,7]]}}}],["orosanmälan",{"_index":0,"title":{"oro":{"position":[[0,11]]}},"tags":{},"body":{"oro":{"position":[[7,11]]}}}],["polis",{"_index":13,"title":{},"tags":{},"body":{"sam":{"position":[[26,7]]}}}],["rutin",{"_index":1,"title":{},"tags":{"oro":{"position":[[0,5]]}},"body":{}}],["samordn",{"_index":11,"title":{"sam":{"position":[[6,10]]}},"tags":{},"body":{"sam":{"position":[[0,11]]}}}],["samverk",{"_index":12,"title":{},"tags":{},"body":{"sam":{"position":[[12,9]]}}}],["socialtjänst",{"_index":3,"title":{},"tags":{},"body":{"oro":{"position":[[24,15]]},"sam":{"position":[[38,15]]}}}],["symbol",{"_index":4,"title":{"sym":{"position":[[0,8]]}},"tags":{"sym":{"position":[[0,8]]}},"body":{"sym":{"position":[[0,10]]}}}],["vit",{"_index":6,"title":{"sym":{"position":[[11,3]]}},"tags":{},"body":{"sym":{"position":[[22,3]]}}}]],"pipeline":["trimmer-sv","stemmer-sv"]}""";

    internal static Index Build()
    {
        var builder = Builder.CreateDefault();
        builder.Add(new SearchDocument("oro", new Dictionary<string, FieldValue>
        {
            ["title"] = "Orosanmälan", ["tags"] = "rutin", ["body"] = "Gör en orosanmälan till socialtjänsten.",
        }));
        builder.Add(new SearchDocument("sym", new Dictionary<string, FieldValue>
        {
            ["title"] = "Symboler – vit makt", ["tags"] = "symboler", ["body"] = "Symbolerna används av vit makt-miljön.",
        }));
        builder.Add(new SearchDocument("sam", new Dictionary<string, FieldValue>
        {
            ["title"] = "Lokal samordnare", ["body"] = "Samordnaren samverkar med polisen och socialtjänsten.",
        }));
        return builder.Build();
    }

    [Fact]
    public void Index_of_the_worked_example_is_byte_identical_to_lunr()
    {
        using var stream = new MemoryStream();
        Build().WriteJson(stream);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Expected), stream.ToArray());
    }

    [Fact]
    public void Loading_the_worked_example_and_writing_it_again_gives_the_same_bytes() =>
        Assert.Equal(Expected, Index.Load(Expected).ToJson());

    [Fact]
    public void Utf8JsonWriter_overload_writes_the_same_json()
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream)) Build().WriteJson(writer);
        Assert.Equal(Expected, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Socialtjanst_finds_oro_then_sam_with_their_body_weights()
    {
        var results = Build().Search("socialtjänst");
        Assert.Equal(["oro", "sam"], results.Select(r => r.Ref));
        Assert.Equal(0.524, results[0].Score, 1e-9);
        Assert.Equal(0.47, results[1].Score, 1e-9);
    }

    [Theory]
    [InlineData("samordnare polis", 4.5559)]
    [InlineData("samordnare^3 polis", 5.4919)]
    public void Scores_of_the_spec_queries_match_section_7(string query, double score)
    {
        var results = Build().Search(query);
        Assert.Equal("sam", Assert.Single(results).Ref);
        Assert.Equal(score, results[0].Score, 1e-4);
    }

    [Fact]
    public void Match_data_gives_positions_of_the_untrimmed_tokens_for_highlighting()
    {
        var result = Assert.Single(Build().Search("samordnare"));
        var fields = result.MatchData.Terms["samordn"];
        Assert.Equal([new TokenPosition(6, 10)], fields["title"]);
        Assert.Equal([new TokenPosition(0, 11)], fields["body"]);
    }

    [Fact]
    public void An_unknown_field_throws_lunrs_parse_error()
    {
        var e = Assert.Throws<QueryParseException>(() => Build().Search("Ds 2014:4"));
        Assert.Equal("unrecognised field '2014', possible fields: 'title', 'tags', 'body'", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-polis")]
    public void A_query_without_positive_clauses_returns_every_other_document_with_score_zero(string query)
    {
        var results = Build().Search(query);
        var expected = query.Contains("polis") ? new[] { "oro", "sym" } : ["oro", "sym", "sam"];
        Assert.Equal(expected, results.Select(r => r.Ref));
        Assert.All(results, r => Assert.Equal(0, r.Score));
    }

    [Fact]
    public void A_duplicate_ref_is_refused()
    {
        var builder = Builder.CreateDefault();
        builder.Add(new SearchDocument("a", new Dictionary<string, FieldValue> { ["title"] = "x" }));
        Assert.Throws<ArgumentException>(() => builder.Add(new SearchDocument("a", new Dictionary<string, FieldValue>())));
    }

    [Theory]
    [InlineData("Ds 2014:4", @"Ds 2014\:4")]
    [InlineData("  +polis   -skola ", @"\+polis skola")]
    [InlineData("title:x^2 y~9 z* \\", @"title\:x\^2 y\~9 z \\")]
    [InlineData("vit makt-miljön", "vit makt miljön")]
    [InlineData("   ", "")]
    public void User_input_becomes_plain_optional_clauses(string input, string query) =>
        Assert.Equal(query, QueryText.FromUserInput(input));

    [Fact]
    public void Escaped_user_input_finds_the_text_instead_of_throwing()
    {
        var results = Build().Search(QueryText.FromUserInput("+Socialtjänsten: samordnare"));
        Assert.Equal(["sam", "oro"], results.Select(r => r.Ref));
    }
}
