using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class FirstLoadFailureTests
{
    [Fact]
    public async Task Broken_content_at_start_up_still_starts_the_api_and_ready_is_unhealthy_with_the_errors()
    {
        using var content = new FixtureContent();
        content.Edit("symboler/wolfsangel.md", "environment: vit-makt", "environment: vit");
        await using var factory = new ApiFactory(content.Root);
        using var client = factory.CreateClient();

        var ready = await client.GetJsonAsync("/health/ready", HttpStatusCode.ServiceUnavailable);
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var problem = await client.GetProblemAsync("/api/v1/pages", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("Unhealthy", ready.GetProperty("status").GetString());
        var error = Assert.Single(ready.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("errors").EnumerateArray()).GetString();
        Assert.Contains("symboler/wolfsangel.md:", error);
        Assert.Contains("VBE007", error);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Innehållet är inte tillgängligt", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_content_folder_that_does_not_exist_is_reported_on_ready()
    {
        await using var factory = new ApiFactory(Path.Combine(Path.GetTempPath(), "vbe-api-tests", "no-such-folder"));
        using var client = factory.CreateClient();

        var ready = await client.GetJsonAsync("/health/ready", HttpStatusCode.ServiceUnavailable);

        Assert.Contains("the content folder does not exist", ready.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("errors")[0].GetString());
    }

    [Fact]
    public async Task Content_fixed_after_a_failed_start_is_served_without_a_restart()
    {
        using var content = new FixtureContent();
        content.Edit("symboler/wolfsangel.md", "environment: vit-makt", "environment: vit");
        await using var factory = new ApiFactory(content.Root);
        using var client = factory.CreateClient();
        await client.GetProblemAsync("/api/v1/symbols", HttpStatusCode.ServiceUnavailable);

        content.Edit("symboler/wolfsangel.md", "environment: vit", "environment: vit-makt");

        await Http.EventuallyAsync(async () =>
        {
            using var response = await client.GetAsync("/api/v1/symbols", TestContext.Current.CancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }, "the symbols are served");
    }

    [Fact]
    public async Task A_site_base_url_that_is_not_an_absolute_url_stops_the_start_with_the_setting_named()
    {
        using var content = new FixtureContent();
        await using var factory = new ApiFactory(content.Root, new Dictionary<string, string?> { ["Site:BaseUrl"] = "/kunskapsbank/" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Site:BaseUrl", error.ToString());
    }
}
