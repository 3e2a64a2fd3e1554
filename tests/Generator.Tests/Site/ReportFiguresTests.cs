using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>
/// The audit report's figures on the built page: the counts are the report's own, and the shares, which
/// the report does not give, are labelled as computed from them (issue #18).
/// </summary>
public sealed class ReportFiguresTests(RealSite real)
{
    private AngleSharp.Dom.IDocument ReportPage() => real.Site.Html(real.Content.ById["revisionsrapport-2019"].Page.Url);

    [Fact]
    public void Counts_in_the_table_are_the_reports_own_words()
    {
        SeedDocuments.Require();
        var report = SeedDocuments.Text("001");
        var rows = ReportPage().QuerySelectorAll("[data-figure-row]").ToList();

        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("th, td").Select(c => c.TextContent.Replace('\u00a0', ' ')).ToList();
            // "I Skärholmen har 94 av cirka 1 000 medarbetare deltagit i utbildningen."
            Assert.Contains($"{cells[1]} av {cells[2]} medarbet", report);
        }
    }

    [Fact]
    public void Shares_the_report_does_not_give_are_labelled_as_computed()
    {
        SeedDocuments.Require();
        var report = SeedDocuments.Text("001");
        var page = ReportPage();
        var shares = page.QuerySelectorAll("[data-figure-row] td:last-child").Select(c => c.TextContent).ToList();

        Assert.All(shares, s => Assert.DoesNotContain(s.Replace("ca ", "", StringComparison.Ordinal).Replace(" %", "", StringComparison.Ordinal), report));
        Assert.Equal("Andel (beräknad)", page.QuerySelectorAll(".figures__table thead th").Last().TextContent);
        Assert.Contains("räknat ut dem ur rapportens antal", page.QuerySelector("[data-figures-note]")!.TextContent);
        Assert.Contains("beräknad ur rapportens siffror", page.QuerySelector(".figure-chart title")!.TextContent);
    }
}
