using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class PagesApiTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Page_list_is_paged_twenty_at_a_time_by_default_in_site_order()
    {
        var json = await _client.GetJsonAsync("/api/v1/pages");

        Assert.Equal(20, json.GetProperty("limit").GetInt32());
        Assert.Equal(0, json.GetProperty("offset").GetInt32());
        Assert.Equal(28, json.GetProperty("total").GetInt32());
        Assert.Equal(20, json.GetProperty("items").GetArrayLength());
        var first = json.GetProperty("items")[0];
        Assert.Equal("start", first.GetProperty("id").GetString());
        Assert.Equal(ApiFactory.SiteBaseUrl + "index.html", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Limit_and_offset_page_through_the_whole_list_without_gaps_or_repeats()
    {
        var all = (await _client.GetJsonAsync("/api/v1/pages?limit=100")).GetProperty("items").Strings("id").ToList();
        var paged = new List<string>();
        for (var offset = 0; offset < all.Count; offset += 7)
            paged.AddRange((await _client.GetJsonAsync($"/api/v1/pages?limit=7&offset={offset}")).GetProperty("items").Strings("id"));

        Assert.Equal(all, paged);
        Assert.Equal(0, (await _client.GetJsonAsync("/api/v1/pages?offset=500")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("type=symbol", new[] { "wolfsangel", "svart-stjarna" })]
    [InlineData("type=SYMBOL&section=symboler", new[] { "wolfsangel", "svart-stjarna" })]
    [InlineData("tag=oro", new[] { "vid-oro" })]
    [InlineData("section=ordlista&type=term", new[] { "avhoppare", "radikalisering", "sol" })]
    [InlineData("type=plan", new[] { "norra-innerstaden-2023", "socialforvaltningen-2017-2018" })]
    public async Task Page_list_filters_by_type_tag_and_section(string query, string[] expected)
    {
        var json = await _client.GetJsonAsync("/api/v1/pages?" + query);

        Assert.Equal(expected.Order(), json.GetProperty("items").Strings("id").Order());
        Assert.Equal(expected.Length, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Updated_since_keeps_the_pages_reviewed_on_or_after_the_date()
    {
        var json = await _client.GetJsonAsync("/api/v1/pages?updatedSince=2026-11-24&limit=100");
        var none = await _client.GetJsonAsync("/api/v1/pages?updatedSince=2026-11-25");

        Assert.Equal(28, json.GetProperty("total").GetInt32());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_page_has_metadata_html_text_headings_and_links()
    {
        var page = await _client.GetJsonAsync("/api/v1/pages/vid-oro");

        Assert.Equal("vid-oro", page.GetProperty("id").GetString());
        Assert.Equal("routine", page.GetProperty("type").GetString());
        Assert.Equal("Rutin", page.GetProperty("typeLabel").GetString());
        Assert.Equal("Vid oro eller en händelse", page.GetProperty("title").GetString());
        Assert.Equal(ApiFactory.SiteBaseUrl + "rutiner/vid-oro.html", page.GetProperty("url").GetString());
        Assert.Equal("2026-11-24", page.GetProperty("reviewed").GetString());
        Assert.Equal("Revisionskontoret", page.GetProperty("sources")[0].GetProperty("publisher").GetString());
        Assert.Contains("Din lokala samordnare.", page.GetProperty("plainText").GetString());
        var heading = page.GetProperty("headings")[0];
        Assert.Equal("vem-kontaktar-jag", heading.GetProperty("id").GetString());
        Assert.Equal(ApiFactory.SiteBaseUrl + "rutiner/vid-oro.html#vem-kontaktar-jag", heading.GetProperty("url").GetString());
        Assert.Equal(["vad-ar-vbe"], page.GetProperty("related").Strings("id"));
        Assert.Equal(ApiFactory.SiteBaseUrl + "om-vbe/vad-ar-vbe.html", page.GetProperty("related")[0].GetProperty("url").GetString());
        Assert.Contains("<h2 id=\"vem-kontaktar-jag\">", page.GetProperty("html").GetString());
    }

    [Fact]
    public async Task Page_html_links_and_images_are_absolute_to_the_site()
    {
        var text = (await _client.GetJsonAsync("/api/v1/pages/vad-ar-vbe")).GetProperty("html").GetString()!;
        var symbol = (await _client.GetJsonAsync("/api/v1/pages/wolfsangel")).GetProperty("html").GetString()!;

        Assert.Contains($"href=\"{ApiFactory.SiteBaseUrl}rutiner/vid-oro.html#vem-kontaktar-jag\"", text);
        Assert.Contains("href=\"https://expo.se/\"", text);
        Assert.Contains("href=\"#fn:1\"", text);
        Assert.Contains($"src=\"{ApiFactory.SiteBaseUrl}symboler/bilder/wolfsangel.svg\"", symbol);
        Assert.DoesNotContain("href=\"../", text);
    }

    [Fact]
    public async Task Raw_html_in_a_page_never_reaches_the_json_as_markup()
    {
        var html = (await _client.GetJsonAsync("/api/v1/pages/vid-oro")).GetProperty("html").GetString()!;

        Assert.DoesNotContain("<script", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("rutiner/vid-oro")]
    [InlineData("rutiner/vid-oro.html")]
    [InlineData("vid-oro")]
    public async Task A_page_is_found_by_id_or_by_its_site_path(string key)
    {
        var page = await _client.GetJsonAsync("/api/v1/pages/" + key);

        Assert.Equal("vid-oro", page.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_section_page_is_found_by_its_folder_name()
    {
        var page = await _client.GetJsonAsync("/api/v1/pages/rutiner");

        Assert.Equal("section", page.GetProperty("type").GetString());
        Assert.Equal(ApiFactory.SiteBaseUrl + "rutiner/index.html", page.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_page_id_is_a_404_problem_in_swedish()
    {
        var problem = await _client.GetProblemAsync("/api/v1/pages/finns-inte", HttpStatusCode.NotFound);

        Assert.Equal("Sidan finns inte", problem.GetProperty("title").GetString());
        Assert.Equal("Ingen sida med id 'finns-inte'.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Json_is_camel_case_and_leaves_out_details_of_other_types()
    {
        var page = await _client.GetJsonAsync("/api/v1/pages/vid-oro");

        Assert.True(page.TryGetProperty("nextReview", out _));
        Assert.True(page.TryGetProperty("typeLabel", out _));
        Assert.False(page.TryGetProperty("symbol", out _));
        Assert.False(page.TryGetProperty("Title", out _));
    }
}
