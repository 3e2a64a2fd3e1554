using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

/// <summary>The alarm paths and the routine on concern, drawn as SVG at build time from their numbered lists.</summary>
public sealed class FlowDiagramTests : IClassFixture<FlowDiagramTests.RealSite>
{
    public sealed class RealSite : IDisposable
    {
        public TempDir Dir { get; } = new();

        public RealSite() => Vbe.RunAsync("build", "--output", Dir["out"]).GetAwaiter().GetResult().Expect(0);

        public IDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Dir["out/" + path]));

        public void Dispose() => Dir.Dispose();
    }

    private readonly RealSite _site;

    public FlowDiagramTests(RealSite site) => _site = site;

    [Fact]
    public void Both_alarm_paths_are_drawn_as_accessible_svg_diagrams_before_their_lists()
    {
        var page = _site.Page("rutiner/larmvagar.html");

        var figures = page.QuerySelectorAll("figure.flow-diagram");
        Assert.Equal(["om-larm-inkommer-via-socialjouren", "om-larm-inkommer-via-tib-tjansteman-i-beredskap"], figures.Select(f => f.GetAttribute("data-flow")));
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.StartsWith("Flödesschema: Om larm inkommer via", page.GetElementById(labelledBy[0])!.TextContent);
            Assert.Contains("Samma steg står som numrerad lista", page.GetElementById(labelledBy[1])!.TextContent);
            // The text equivalent: the numbered list itself, right after the figure, one item per box.
            var list = figure.NextElementSibling!;
            Assert.Equal("OL", list.TagName);
            Assert.Equal(list.Children.Length, svg.QuerySelectorAll("rect").Length);
        }
        Assert.Equal([5, 3], figures.Select(f => f.QuerySelectorAll("rect").Length));
        Assert.StartsWith("1. Larm inkommer till Socialjouren.", figures[0].QuerySelector("text")!.TextContent);
        Assert.Contains("Stadsdirektören avgör om det finns behov", figures[1].QuerySelector("text")!.TextContent);
    }

    [Fact]
    public void The_routine_on_concern_draws_each_steps_bold_lead_as_a_box()
    {
        var page = _site.Page("rutiner/vid-oro.html");

        var figure = Assert.Single(page.QuerySelectorAll("figure.flow-diagram"));
        var labels = figure.QuerySelectorAll("text").Select(t => string.Join(" ", t.QuerySelectorAll("tspan").Select(s => s.TextContent))).ToList();
        Assert.Equal(7, labels.Count);
        Assert.Equal("1. Avgör om det är akut", labels[0]);
        Assert.Equal("3. Rapportera till din lokala samordnare", labels[2]);
        Assert.Equal("7. Kolla om ett särskilt läge gäller", labels[6]);
    }

    [Fact]
    public void The_diagram_is_static_svg_that_needs_no_script()
    {
        var figure = _site.Page("rutiner/vid-oro.html").QuerySelector("figure.flow-diagram")!;

        Assert.Empty(figure.QuerySelectorAll("script, foreignObject"));
        Assert.Contains("currentColor", figure.InnerHtml);
    }

    [Fact]
    public async Task A_flow_heading_that_does_not_exist_is_an_error_that_lists_the_pages_anchors()
    {
        using var site = Fixture.Site(("rutiner/r.md", Fixture.Page("R", "flow: [sa-gor-du]", type: "routine", body: "## Så gör du steg för steg\n\n1. Ett\n2. Två\n")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches(@"content/rutiner/r\.md:10:7: fel VBE025: 'flow' anger en rubrik '#sa-gor-du' som sidan inte har\. Åtgärd: använd ankaret för en rubrik på sidan: sa-gor-du-steg-for-steg\.", run.Stderr);
    }

    [Fact]
    public async Task A_flow_heading_without_a_numbered_list_is_an_error()
    {
        using var site = Fixture.Site(("rutiner/r.md", Fixture.Page("R", "flow: [steg]", type: "routine", body: "## Steg\n\n- punkt\n- punkt\n\n## Nästa\n\n1. Ett\n")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Contains("fel VBE025: rubriken '#steg' som 'flow' anger har ingen numrerad lista direkt under sig.", run.Stderr);
    }

    [Fact]
    public async Task Flow_is_a_key_of_routines_only()
    {
        using var site = Fixture.Site(("rutiner/r.md", Fixture.Page("R", "flow: [steg]", type: "page", body: "## Steg\n\n1. Ett\n")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Contains("fel VBE003: okänd nyckel 'flow' i front matter för typen 'page'.", run.Stderr);
    }
}
