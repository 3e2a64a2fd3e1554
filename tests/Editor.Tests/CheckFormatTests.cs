using System.Text.Json;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class CheckFormatTests
{
    [Fact]
    public async Task Gitlab_format_writes_a_code_quality_report_with_the_file_and_line_of_each_problem()
    {
        using var site = Fixture.Site(("rutiner/fel.md", Fixture.Page("Fel", "titel: Fel")));

        var run = await Vbe.RunAsync("check", "--content", site["content"], "--format", "gitlab");

        Assert.Equal(1, run.ExitCode);
        var issues = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        var issue = Assert.Single(issues);
        Assert.Equal("VBE003", issue.GetProperty("check_name").GetString());
        Assert.Equal("major", issue.GetProperty("severity").GetString());
        Assert.EndsWith("content/rutiner/fel.md", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(10, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Contains("menade du 'title'?", issue.GetProperty("description").GetString());
        Assert.Equal(32, issue.GetProperty("fingerprint").GetString()!.Length);
        Assert.Contains("1 fel", run.Stderr);
    }

    [Fact]
    public async Task Gitlab_format_of_clean_content_is_an_empty_report()
    {
        using var site = Fixture.Site();

        var run = await Vbe.RunAsync("check", "--content", site["content"], "--format", "gitlab", "--today", "2026-11-25");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Github_format_prints_an_annotation_on_the_line_of_the_problem()
    {
        using var site = Fixture.Site(("rutiner/fel.md", Fixture.Page("Fel", "titel: Fel")));

        var run = await Vbe.RunAsync("check", "--content", site["content"], "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"::error file=.*content/rutiner/fel\.md,line=10,col=1,title=VBE003::okänd nyckel 'titel'", run.Stderr);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_that_names_the_choices()
    {
        var run = await Vbe.RunAsync("check", "--format", "sarif");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Fel: --format ska vara 'text', 'github' eller 'gitlab', inte 'sarif'.", run.Stderr);
    }
}
