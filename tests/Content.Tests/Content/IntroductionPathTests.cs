using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>The introduction path for new employees: 6 to 10 numbered steps ending with what to do on the day of concern.</summary>
public sealed class IntroductionPathTests
{
    private static List<Page> Steps() => RealContent.OfType(PageType.Introduction).OrderBy(p => p.Introduction!.Step).ToList();

    [Fact]
    public void Path_has_6_to_10_steps_numbered_from_1_without_gaps()
    {
        var numbers = Steps().Select(s => s.Introduction!.Step).ToList();

        Assert.InRange(numbers.Count, 6, 10);
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void Every_step_has_a_time_estimate_and_links_to_existing_pages()
    {
        foreach (var step in Steps())
        {
            Assert.InRange(step.Introduction!.Minutes, 1, 120);
            Assert.NotEmpty(step.Introduction.Links);
            Assert.All(step.Introduction.Links, id => Assert.True(RealContent.Snapshot.ById.ContainsKey(id), $"{step.Id} links '{id}'"));
        }
    }

    [Fact]
    public void Last_step_links_the_routine_for_concern()
    {
        var last = Steps()[^1];

        Assert.Contains("vid-oro", last.Introduction!.Links);
        Assert.Contains("vid-oro", RealContent.Snapshot.ById[last.Id].LinkedPageIds);
    }
}
