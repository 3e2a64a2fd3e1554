using VbeKnowledge.Api.Tests.Infrastructure;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Api.Tests;

public sealed class FixtureContentTests
{
    [Fact]
    public void Fixture_content_loads_with_zero_errors_and_has_a_page_of_every_type()
    {
        var result = ContentPipeline.Load(ContentFolder.Open(FixtureContent.Source), new ContentOptions(new DateOnly(2026, 11, 25)));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));
        Assert.Equal(0, result.Diagnostics.ErrorCount);
        var types = result.Snapshot!.Pages.Select(p => p.Page.Type).ToHashSet();
        Assert.Equal(Enum.GetValues<PageType>().ToHashSet(), types);
        Assert.Contains(result.Snapshot.Pages, p => p.Page.Plan is { Activities.Count: > 0 });
    }
}
