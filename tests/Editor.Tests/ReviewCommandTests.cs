using System.Text.Json;
using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class ReviewCommandTests
{
    private const string Today = "2026-11-25";

    // Two owners; one page overdue, one due in 10 days, one not due for a year, and a plan whose yearly revision has passed.
    private static TempDir Content() => Fixture.Site(
        ("rutiner/gammal.md", Fixture.Page("Gammal rutin", type: "routine", owner: "Samordnare A", reviewed: "2025-10-01")),
        ("rutiner/snart.md", Fixture.Page("Snart dags", type: "routine", owner: "Samordnare B", reviewed: "2026-06-05", extraFrontMatter: "reviewInterval: 6")),
        ("rutiner/farsk.md", Fixture.Page("Färsk rutin", type: "routine", owner: "Samordnare A", reviewed: "2026-11-20")),
        ("handlingsplaner/plan-2025.md", Fixture.Page("Plan 2025", type: "plan", owner: "Samordnare B", reviewed: "2026-11-20", extraFrontMatter: """
            board: Nämnden
            period: "2025"
            revised: mars 2025
            revision: Revideras årligen
            followUp: Tertialrapport
            activities: []
            """)));

    [Fact]
    public async Task Table_lists_overdue_and_soon_due_pages_grouped_by_owner()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("review", "--content", site["content"], "--today", Today);

        run.Expect(0);
        Assert.Contains("Samordnare A (1)", run.Stdout);
        Assert.Contains("Samordnare B (2)", run.Stdout);
        Assert.Contains("Gammal rutin", run.Stdout);
        Assert.Contains("55 dagar försenad", run.Stdout);   // 2025-10-01 + 12 months = 2026-10-01
        Assert.Contains("Snart dags", run.Stdout);
        Assert.Contains("om 10 dagar", run.Stdout);       // 2026-06-05 + 6 months = 2026-12-05
        Assert.DoesNotContain("Färsk rutin", run.Stdout);
        Assert.Contains("3 sidor att granska senast 2026-12-25 (i dag 2026-11-25, --days 30), varav 2 försenade.", run.Stdout);
    }

    [Fact]
    public async Task An_action_plan_is_due_a_year_after_its_revision()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("review", "--content", site["content"], "--today", Today, "--format", "json");

        var items = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("owners").EnumerateArray()
            .SelectMany(o => o.GetProperty("items").EnumerateArray()).ToList();
        var plan = Assert.Single(items, i => i.GetProperty("id").GetString() == "plan-2025");
        Assert.Equal("plan-revision", plan.GetProperty("kind").GetString());
        Assert.Equal("2026-03-01", plan.GetProperty("due").GetString());
        Assert.True(plan.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task Json_report_groups_items_by_owner_with_dates_and_files()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("review", "--content", site["content"], "--today", Today, "--format", "json");

        run.Expect(0);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(3, root.GetProperty("count").GetInt32());
        Assert.Equal(2, root.GetProperty("overdue").GetInt32());
        Assert.Equal(["Samordnare A", "Samordnare B"], root.GetProperty("owners").EnumerateArray().Select(o => o.GetProperty("owner").GetString()));
        var old = root.GetProperty("owners")[0].GetProperty("items")[0];
        Assert.Equal("2026-10-01", old.GetProperty("due").GetString());
        Assert.EndsWith("content/rutiner/gammal.md", old.GetProperty("file").GetString());
        Assert.Equal(-55, old.GetProperty("daysLeft").GetInt32());
    }

    [Fact]
    public async Task Markdown_report_has_a_section_per_owner_and_a_row_per_page()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("review", "--content", site["content"], "--today", Today, "--format", "markdown", "--days", "5");

        run.Expect(0);
        Assert.StartsWith("# Sidor att granska", run.Stdout);
        Assert.Contains("## Samordnare A (1)", run.Stdout);
        Assert.Contains("## Samordnare B (1)", run.Stdout);   // "Snart dags" is 10 days out, beyond --days 5
        Assert.Matches(@"\| 2026-10-01 \(55 dagar försenad\) \| Gammal rutin \| `.*content/rutiner/gammal\.md` \|", run.Stdout);
        Assert.DoesNotContain("Snart dags", run.Stdout);
    }

    [Fact]
    public async Task Strict_fails_while_something_is_overdue()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("review", "--content", site["content"], "--today", Today, "--strict", "--format", "json");

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task The_site_shows_a_notice_on_an_overdue_page_and_none_on_a_fresh_one()
    {
        using var site = Content();

        var run = await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--today", Today);

        run.Expect(0);
        var parser = new HtmlParser();
        var old = parser.ParseDocument(File.ReadAllText(site["out/rutiner/gammal.html"]));
        var fresh = parser.ParseDocument(File.ReadAllText(site["out/rutiner/farsk.html"]));
        Assert.Contains("1 oktober 2026", old.QuerySelector("[data-overdue]")!.TextContent);
        Assert.Null(fresh.QuerySelector("[data-overdue]"));
    }

    [Fact]
    public async Task An_action_plan_past_its_yearly_revision_tells_readers_so_with_the_plans_own_words_and_its_owner()
    {
        using var site = Content();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--today", Today)).Expect(0);
        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["early"], "--today", "2026-02-27")).Expect(0);

        var late = new HtmlParser().ParseDocument(File.ReadAllText(site["out/handlingsplaner/plan-2025.html"])).QuerySelector("[data-plan-revision-overdue]");
        var early = new HtmlParser().ParseDocument(File.ReadAllText(site["early/handlingsplaner/plan-2025.html"])).QuerySelector("[data-plan-revision-overdue]");
        Assert.NotNull(late);
        Assert.Contains("reviderad mars 2025; ett år efter det var 1 mars 2026", late.TextContent);
        Assert.Contains("”Revideras årligen”", late.TextContent);
        Assert.Contains("kontakta sidans ägare (Samordnare B)", late.TextContent);
        Assert.Null(early);
    }
}
