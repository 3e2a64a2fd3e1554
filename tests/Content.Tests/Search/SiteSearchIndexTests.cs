using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// The site's index leaves out lunr's "position" metadata (SiteSearch); snippets find the matched
/// words again in the text (Snippet.Highlights). These prove the index is still lunr.js's own and
/// that nothing is lost for highlighting.
/// </summary>
public sealed class SiteSearchIndexTests
{
    // Without compound splitting, which lunr.js does not do: the parts are extra postings (Builder.CompoundParts).
    [Fact]
    public void Site_index_without_compound_parts_is_byte_identical_to_lunr_with_an_empty_metadata_whitelist()
    {
        var dir = NodeTools.TempDir();
        var docs = Path.Combine(dir, "docs.json");
        DocsJson.Write(docs, SearchCorpus.Create(SiteSearchParityTests.RealSnapshot.Value).Select(d => d.Document));
        var reference = Path.Combine(dir, "lunr.json");
        var run = NodeTools.Oracle("build", docs, reference, "--metadata=");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var ours = new MemoryStream();
        SiteSearch.Build(SiteSearchParityTests.RealSnapshot.Value, compounds: null).Index.WriteJson(ours);
        Assert.True(File.ReadAllBytes(reference).AsSpan().SequenceEqual(ours.ToArray()), "the site index differs from lunr.js's");
    }

    [Fact]
    public void Highlights_are_exactly_the_positions_lunr_stores_for_every_body_term_of_the_real_content()
    {
        var documents = SearchCorpus.Create(SiteSearchParityTests.RealSnapshot.Value);
        var builder = Builder.CreateDefault();   // metadataWhitelist ['position']
        foreach (var (document, _) in documents) builder.Add(document);
        var withPositions = builder.Build();
        var bodies = documents.ToDictionary(d => d.Entry.Ref, d => d.Entry.Body);
        var compared = 0;
        foreach (var term in withPositions.Terms)
        {
            var query = new Query(withPositions.Fields).AddClause(new Clause { Term = term, Fields = ["body"], UsePipeline = false });
            foreach (var hit in withPositions.Search(query))
            {
                var stored = hit.MatchData.Terms[term]["body"];
                var found = Snippet.Highlights(bodies[hit.Ref], new HashSet<string>(StringComparer.Ordinal) { term });
                Assert.True(stored.SequenceEqual(found), $"term '{term}' in {hit.Ref}: lunr stores [{string.Join(", ", stored)}], Highlights found [{string.Join(", ", found)}]");
                compared++;
            }
        }
        Assert.True(compared > 10_000, $"only {compared} (term, document) pairs compared");
    }
}
