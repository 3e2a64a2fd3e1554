using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Pipeline;

/// <summary>
/// The preview's update after a body edit must give exactly what a full load of the edited folder gives:
/// every page's HTML, headings and links, and every diagnostic.
/// </summary>
public sealed class UpdateBodiesTests : IDisposable
{
    private static readonly ContentOptions Options = new(new DateOnly(2026, 11, 25));
    private readonly TempFolder _temp = new();
    private readonly ContentFolder _folder;

    public UpdateBodiesTests() => _folder = ContentFolder.Open(_temp.CopyTree(RepoRoot.Content, "content"));

    private void Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(_folder.Root, relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    private static void AssertSame(ContentResult full, ContentResult updated)
    {
        Assert.Equal(full.Diagnostics.Sorted(), updated.Diagnostics.Sorted());
        Assert.Equal(full.Snapshot is null, updated.Snapshot is null);
        if (full.Snapshot is null) return;
        Assert.Equal(full.Snapshot.Pages.Select(p => p.Page.SourcePath), updated.Snapshot!.Pages.Select(p => p.Page.SourcePath));
        foreach (var (a, b) in full.Snapshot.Pages.Zip(updated.Snapshot.Pages))
        {
            Assert.Equal(a.Html, b.Html);
            Assert.Equal(a.Headings, b.Headings);
            Assert.Equal(a.Sections, b.Sections);
            Assert.Equal(a.LinkedPageIds, b.LinkedPageIds);
        }
    }

    [Fact]
    public void A_body_edit_gives_what_a_full_load_gives()
    {
        var before = ContentPipeline.Load(_folder, Options).Snapshot!;
        Edit("rutiner/vid-oro.md", t => t + "\n## Ny rubrik\n\nNy text om CKL och radikalisering.\n");

        var updated = ContentPipeline.UpdateBodies(_folder, Options, before, ["rutiner/vid-oro.md"]);

        Assert.NotNull(updated);
        AssertSame(ContentPipeline.Load(_folder, Options), updated);
        // Only the edited page and the pages that link to it were rendered again: the others are the very same objects.
        var linking = before.Pages.Where(p => p.LinkedPageIds.Contains("vid-oro")).Select(p => p.Page.SourcePath).ToList();
        Assert.NotEmpty(linking);
        var changed = updated.Snapshot!.Pages.Where(p => !before.Pages.Contains(p)).Select(p => p.Page.SourcePath);
        Assert.Equal(linking.Append("rutiner/vid-oro.md").Order(StringComparer.Ordinal), changed.Order(StringComparer.Ordinal));
        Assert.True(linking.Count < before.Pages.Count - 1);
    }

    [Fact]
    public void A_renamed_heading_breaks_the_anchor_links_of_pages_that_link_to_it_as_a_full_load_does()
    {
        var before = ContentPipeline.Load(_folder, Options).Snapshot!;
        Edit("ansvar-och-samverkan/vbe-team-och-lotsfunktion.md", t => t.Replace("\n## VBE-teamet\n", "\n## Teamet för VBE\n"));

        var updated = ContentPipeline.UpdateBodies(_folder, Options, before, ["ansvar-och-samverkan/vbe-team-och-lotsfunktion.md"]);

        Assert.NotNull(updated);
        Assert.Null(updated.Snapshot);
        Assert.Contains(updated.Diagnostics.Sorted(), d => d.Code == "VBE010" && d.File.EndsWith("ordlista/vbe-team.md", StringComparison.Ordinal));
        AssertSame(ContentPipeline.Load(_folder, Options), updated);
    }

    [Fact]
    public void A_body_edit_that_adds_a_warning_reports_it_and_keeps_the_others()
    {
        var before = ContentPipeline.Load(_folder, Options).Snapshot!;
        Edit("rutiner/vid-oro.md", t => t + "\nText med <span>rå HTML</span>.\n");

        var updated = ContentPipeline.UpdateBodies(_folder, Options, before, ["rutiner/vid-oro.md"]);

        Assert.NotNull(updated);
        Assert.Contains(updated.Diagnostics.Sorted(), d => !d.IsError && d.File.EndsWith("rutiner/vid-oro.md", StringComparison.Ordinal));
        AssertSame(ContentPipeline.Load(_folder, Options), updated);
    }

    [Fact]
    public void A_page_whose_front_matter_no_longer_reads_or_that_is_gone_needs_a_full_load()
    {
        var before = ContentPipeline.Load(_folder, Options).Snapshot!;
        Edit("rutiner/vid-oro.md", t => t.Replace("\ntitle: ", "\ntitel: "));
        File.Delete(Path.Combine(_folder.Root, "rutiner/larmvagar.md"));

        Assert.Null(ContentPipeline.UpdateBodies(_folder, Options, before, ["rutiner/vid-oro.md"]));
        Assert.Null(ContentPipeline.UpdateBodies(_folder, Options, before, ["rutiner/larmvagar.md"]));
        Assert.Null(ContentPipeline.UpdateBodies(_folder, Options, before, ["rutiner/finns-inte.md"]));
    }

    public void Dispose() => _temp.Dispose();
}
