using System.Text.Json;
using VbeKnowledge.Content.Search;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// Our <see cref="Index.Search(string)"/> against lunr.js's <c>idx.search</c> on the same index: same refs,
/// order, scores (1e-3), match positions and parse errors (lunr-index.md §6–§7).
/// </summary>
public sealed class QueryConformanceTests
{
    private const double Tolerance = 1e-3;

    public static TheoryData<string> Corpora => Corpus.Names;

    public static string OwnQueries => Path.Combine(NodeTools.RepoRoot, "tests", "Content.Tests", "Search", "query-conformance.txt");

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Loaded_index_answers_the_oracle_queries_as_lunr_does(string corpus) =>
        AssertSameAnswers(corpus, NodeTools.QueriesSv, Index.Load(File.ReadAllText(Corpus.Get(corpus).RefJson)));

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Loaded_index_answers_our_own_queries_as_lunr_does(string corpus) =>
        AssertSameAnswers(corpus, OwnQueries, Index.Load(File.ReadAllText(Corpus.Get(corpus).RefJson)));

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Built_index_answers_every_query_as_lunr_does(string corpus)
    {
        AssertSameAnswers(corpus, NodeTools.QueriesSv, Corpus.Get(corpus).Built);
        AssertSameAnswers(corpus, OwnQueries, Corpus.Get(corpus).Built);
    }

    [Fact]
    public void Own_query_list_covers_every_kind_of_clause()
    {
        var queries = File.ReadAllLines(OwnQueries).Where(l => l.Trim() != "" && !l.TrimStart().StartsWith('#')).ToList();
        Assert.Contains(queries, q => q.StartsWith('+'));
        Assert.Contains(queries, q => q.Split(' ').All(w => w.StartsWith('-')));
        Assert.Contains(queries, q => q.Contains('*'));
        Assert.Contains(queries, q => q.Contains("~1"));
        Assert.Contains(queries, q => q.Contains("~2"));
        Assert.Contains(queries, q => q.StartsWith("title:"));
        Assert.Contains(queries, q => q.Contains('^'));
    }

    private static void AssertSameAnswers(string corpus, string queriesFile, Index ours)
    {
        var c = Corpus.Get(corpus);
        var run = NodeTools.Node(NodeTools.LunrSearchJs, [c.RefJson, queriesFile]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var lunr = JsonDocument.Parse(Corpus.MarkLoneSurrogates(run.Stdout));
        var failures = new List<string>();
        var compared = 0;
        var resultsSeen = 0;
        foreach (var answer in lunr.RootElement.EnumerateArray())
        {
            var q = answer.GetProperty("q").GetString()!;
            compared++;
            IReadOnlyList<SearchResult>? results = null;
            string? error = null;
            try
            {
                results = ours.Search(q);
            }
            catch (QueryParseException e)
            {
                error = "QueryParseError: " + e.Message;
            }
            if (answer.TryGetProperty("error", out var lunrError))
            {
                if (error != lunrError.GetString()) failures.Add($"{q}: lunr {lunrError.GetString()}, ours {error ?? results!.Count + " hits"}");
                continue;
            }
            if (error is not null)
            {
                failures.Add($"{q}: lunr answers, ours {error}");
                continue;
            }
            var expected = answer.GetProperty("results").EnumerateArray().ToList();
            resultsSeen += expected.Count;
            var expectedRefs = expected.Select(r => r.GetProperty("ref").GetString()!).ToList();
            var actualRefs = results!.Select(r => r.Ref).ToList();
            if (!expectedRefs.SequenceEqual(actualRefs))
            {
                var at = 0;
                while (at < Math.Min(expectedRefs.Count, actualRefs.Count) && expectedRefs[at] == actualRefs[at]) at++;
                failures.Add($"{q}: {expectedRefs.Count} vs {actualRefs.Count} hits, refs differ at rank {at + 1}: lunr {expectedRefs.ElementAtOrDefault(at)}, ours {actualRefs.ElementAtOrDefault(at)}");
                continue;
            }
            for (var i = 0; i < expected.Count; i++)
            {
                var score = expected[i].GetProperty("score").GetDouble();
                if (Math.Abs(score - results![i].Score) > Tolerance)
                    failures.Add($"{q}: {expectedRefs[i]} scores lunr {score}, ours {results[i].Score}");
                var lunrMatches = Canonical(expected[i].GetProperty("matchData"));
                var ourMatches = Canonical(results![i].MatchData);
                if (lunrMatches != ourMatches) failures.Add($"{q}: {expectedRefs[i]} match data lunr {lunrMatches}, ours {ourMatches}");
            }
        }
        Assert.True(failures.Count == 0, $"{corpus}, {Path.GetFileName(queriesFile)}: {failures.Count} of {compared} queries differ:\n" + string.Join('\n', failures.Take(20).Select(f => f.Length > 400 ? f[..400] + "…" : f)));
        Assert.True(compared >= 40, $"only {compared} queries");
        Assert.True(resultsSeen > 0, "no query had results");
    }

    private static string Canonical(JsonElement metadata) => string.Join(";",
        metadata.EnumerateObject().OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t =>
            t.Value.EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal).Select(f =>
                t.Name + "/" + f.Name + "=" + string.Join(",",
                    f.Value.TryGetProperty("position", out var p)
                        ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Array).Select(x => x[0].GetInt32() + ":" + x[1].GetInt32())
                        : []))));

    private static string Canonical(MatchData matchData) => string.Join(";",
        matchData.Terms.OrderBy(t => Corpus.MarkLoneSurrogateChars(t.Key), StringComparer.Ordinal).SelectMany(t =>
            t.Value.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
                Corpus.MarkLoneSurrogateChars(t.Key) + "/" + f.Key + "=" + string.Join(",", f.Value.Select(x => x.Start + ":" + x.Length)))));
}
