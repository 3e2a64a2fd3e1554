using Ganss.Xss;
using VbeKnowledge.Api.Tests.Infrastructure;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Api.Tests;

public sealed class ContentJsonTests(SharedApi api)
{
    private static ContentSnapshot LoadFixture() =>
        ContentPipeline.Load(ContentFolder.Open(FixtureContent.Source), ContentOptions.ForToday()).Snapshot!;

    [Fact]
    public async Task The_api_serves_each_page_as_exactly_the_bytes_the_shared_serializer_writes_for_the_static_site()
    {
        var snapshot = LoadFixture();
        foreach (var page in snapshot.Pages)
        {
            var expected = ContentJson.SerializePage(page, snapshot, ApiFactory.SiteBaseUrl);
            var actual = await api.Client.GetByteArrayAsync("/api/v1/pages/" + page.Page.Id, TestContext.Current.CancellationToken);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"page '{page.Page.Id}' differs between the API and ContentJson.SerializePage");
        }
    }

    [Fact]
    public void Page_json_keeps_swedish_letters_and_escapes_markup_characters()
    {
        var snapshot = LoadFixture();
        var json = System.Text.Encoding.UTF8.GetString(ContentJson.SerializePage(snapshot.ById["vid-oro"], snapshot, ApiFactory.SiteBaseUrl));

        Assert.Contains("\"title\":\"Vid oro eller en händelse\"", json);
        Assert.Contains("\\u003Ch2 id=\\u0022vem-kontaktar-jag\\u0022\\u003E", json);
    }

    [Fact]
    public void HtmlSanitizer_finds_nothing_to_remove_in_any_page_of_the_fixture()
    {
        var snapshot = LoadFixture();
        var mapper = new PageDtoMapper(snapshot, SiteLinks.Create(ApiFactory.SiteBaseUrl));
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        foreach (var page in snapshot.Pages)
        {
            var html = mapper.Page(page).Html;
            Assert.Equal(html, sanitizer.Sanitize(html));
        }
    }

    [Theory]
    [InlineData("<p onclick=\"steal()\">Text</p>", "<p>Text</p>")]
    [InlineData("<p>a<script>steal()</script>b</p>", "<p>ab</p>")]
    [InlineData("<a href=\"javascript:steal()\">x</a>", "<a>x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:steal()\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,&lt;svg onload=steal()&gt;\" alt=\"x\">", "<img alt=\"x\">")]
    [InlineData("<iframe src=\"https://evil.test\"></iframe><p>kvar</p>", "<p>kvar</p>")]
    [InlineData("<p style=\"background:url(x)\">x</p>", "<p>x</p>")]
    [InlineData("<table><tr><td style=\"text-align: right;\">1</td></tr></table>", "<table><tbody><tr><td style=\"text-align: right\">1</td></tr></tbody></table>")]
    [InlineData("<custom-tag>inne</custom-tag>", "inne")]
    [InlineData("<!-- kommentar --><p>x</p>", "<p>x</p>")]
    [InlineData("<a href=\"../rutiner/vid-oro.html#steg\">r</a>", "<a href=\"https://vbe.intranet.test/kunskapsbank/rutiner/vid-oro.html#steg\">r</a>")]
    [InlineData("<a href=\"#fn:1\">1</a>", "<a href=\"#fn:1\">1</a>")]
    [InlineData("<a href=\"mailto:a@b.test\">m</a>", "<a href=\"mailto:a@b.test\">m</a>")]
    public void Embeddable_html_removes_what_could_run_and_makes_links_absolute(string html, string expected)
    {
        Assert.Equal(expected, EmbeddableHtml.Prepare(html, ApiFactory.SiteBaseUrl + "om-vbe/vad-ar-vbe.html"));
    }

    [Theory]
    [InlineData("https://vbe.test", "https://vbe.test/")]
    [InlineData("https://vbe.test/kb", "https://vbe.test/kb/")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/")]
    public void Site_base_url_always_ends_in_a_slash(string configured, string expected)
    {
        Assert.Equal(expected, SiteLinks.Create(configured).BaseUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData("/kb/")]
    [InlineData("ftp://vbe.test/")]
    [InlineData("https://vbe.test/?x=1")]
    [InlineData("")]
    public void A_site_base_url_that_is_not_absolute_http_is_refused(string configured)
    {
        Assert.False(SiteLinks.TryCreate(configured, out _, out var problem));
        Assert.Contains(configured, problem);
    }
}
