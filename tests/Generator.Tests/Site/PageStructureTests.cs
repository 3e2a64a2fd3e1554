using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>Every HTML page of the real site: one h1, a title, Swedish, a skip link.</summary>
public sealed class PageStructureTests(RealSite real)
{
    [Fact]
    public void Site_has_a_page_for_every_published_page_plus_search_and_404()
    {
        var expected = real.Content.Pages.Select(p => p.Page.Url).Append("sok.html").Append("404.html").Order(StringComparer.Ordinal);

        Assert.Equal(expected, real.Site.HtmlFiles);
    }

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        var wrong = real.Site.HtmlFiles.Where(f => real.Site.Html(f).QuerySelectorAll("h1").Length != 1).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_page_has_a_title_naming_the_page()
    {
        foreach (var page in real.Content.Pages.Where(p => !p.Page.IsHome))
        {
            var title = real.Site.Html(page.Page.Url).Title ?? "";
            Assert.StartsWith(page.Page.Title, title, StringComparison.Ordinal);
        }
        Assert.All(real.Site.HtmlFiles, f => Assert.False(string.IsNullOrWhiteSpace(real.Site.Html(f).Title), f));
    }

    [Fact]
    public void Every_page_is_in_swedish()
    {
        var wrong = real.Site.HtmlFiles.Where(f => real.Site.Html(f).QuerySelector("html[lang=sv]") is null).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_page_starts_with_a_skip_link_to_its_main_content()
    {
        foreach (var file in real.Site.HtmlFiles)
        {
            var document = real.Site.Html(file);
            var firstLink = document.Body!.QuerySelector("a");
            Assert.NotNull(firstLink);
            Assert.Contains("skip-link", firstLink.ClassList);
            var target = firstLink.GetAttribute("href")!;
            Assert.StartsWith("#", target);
            Assert.NotNull(document.GetElementById(target[1..]));
            Assert.Equal("MAIN", document.GetElementById(target[1..])!.TagName);
        }
    }

    [Fact]
    public void Every_page_carries_its_id_and_type_for_scripts_and_tests()
    {
        foreach (var page in real.Content.Pages)
        {
            var body = real.Site.Html(page.Page.Url).Body!;
            Assert.Equal(page.Page.Id, body.GetAttribute("data-page-id"));
        }
    }
}
