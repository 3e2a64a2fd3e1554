using System.Text.RegularExpressions;
using VbeKnowledge.Content.Search;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>Our Builder's JSON against lunr.js's, through lunr-reference.js (lunr.js and lunr.sv from npm).</summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Corpora => Corpus.Names;

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Index_is_byte_identical_to_lunr(string corpus)
    {
        var c = Corpus.Get(corpus);
        var expected = File.ReadAllBytes(c.RefJson);
        var actual = File.ReadAllBytes(c.OursJson);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            var context = System.Text.Encoding.UTF8.GetString(expected, Math.Max(0, at - 80), Math.Min(160, expected.Length - Math.Max(0, at - 80)));
            Assert.Fail($"{corpus}: first difference at byte {at} (lunr {expected.Length} bytes, ours {actual.Length}); lunr around it: {context}");
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Oracle_diff_finds_no_difference(string corpus)
    {
        var c = Corpus.Get(corpus);
        var run = NodeTools.Oracle("diff", c.RefJson, c.OursJson);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("indexes are equivalent", run.Stdout);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Oracle_compare_passes_every_swedish_query(string corpus)
    {
        var c = Corpus.Get(corpus);
        var run = NodeTools.Oracle("compare", c.RefJson, c.OursJson, NodeTools.QueriesSv);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var summary = Regex.Match(run.Stdout, @"^(\d+) passed, (\d+) failed\s*$", RegexOptions.Multiline);
        Assert.True(summary.Success, run.Stdout);
        Assert.Equal("0", summary.Groups[2].Value);
        Assert.True(int.Parse(summary.Groups[1].Value) >= 40, summary.Value);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Corpus_has_the_expected_size(string corpus)
    {
        var c = Corpus.Get(corpus);
        Assert.True(c.DocumentCount >= (corpus == "sample" ? 159 : 300), $"{corpus}: {c.DocumentCount} documents");
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Loading_lunrs_index_and_writing_it_again_gives_the_same_bytes(string corpus)
    {
        var c = Corpus.Get(corpus);
        using var stream = File.OpenRead(c.RefJson);
        Assert.Equal(File.ReadAllText(c.RefJson), Index.Load(stream).ToJson());
    }

    [Fact]
    public void Terms_out_of_order_are_refused_on_load_as_lunr_does()
    {
        var json = """{"version":"2.3.9","fields":["body"],"fieldVectors":[],"invertedIndex":[["ö",{"_index":0,"body":{}}],["z",{"_index":1,"body":{}}]],"pipeline":["trimmer-sv","stemmer-sv"]}""";
        Assert.Equal("Out of order word insertion", Assert.Throws<FormatException>(() => Index.Load(json)).Message);
    }

    [Fact]
    public void An_unregistered_pipeline_function_is_refused_on_load()
    {
        var json = """{"version":"2.3.9","fields":["body"],"fieldVectors":[],"invertedIndex":[],"pipeline":["stemmer"]}""";
        Assert.Equal("Cannot load unregistered function: stemmer", Assert.Throws<FormatException>(() => Index.Load(json)).Message);
    }
}
