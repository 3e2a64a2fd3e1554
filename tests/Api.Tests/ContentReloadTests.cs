using System.Net;
using System.Text.Json;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>Each test edits its own copy of the content under its own API.</summary>
public sealed class ContentReloadTests : IAsyncDisposable
{
    private readonly FixtureContent _content = new();
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public ContentReloadTests()
    {
        _factory = new ApiFactory(_content.Root);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task An_edited_file_is_served_after_the_reload_although_the_old_answer_was_cached()
    {
        Assert.Equal("Vid oro eller en händelse", await TitleAsync("/api/v1/pages/vid-oro"));
        using var cached = await _client.GetAsync("/api/v1/pages/vid-oro", TestContext.Current.CancellationToken);
        Assert.NotNull(cached.Headers.Age);

        _content.Edit("rutiner/vid-oro.md", "title: Vid oro eller en händelse", "title: Vid oro");

        await Http.EventuallyAsync(async () => await TitleAsync("/api/v1/pages/vid-oro") == "Vid oro", "the new title is served");
    }

    [Fact]
    public async Task A_reload_evicts_only_the_content_types_that_changed()
    {
        await _client.GetJsonAsync("/api/v1/routines");
        await _client.GetJsonAsync("/api/v1/symbols");

        _content.Edit("symboler/svart-stjarna.md", "title: Svart stjärna", "title: Svarta stjärnan");

        await Http.EventuallyAsync(async () =>
            (await _client.GetJsonAsync("/api/v1/symbols")).GetProperty("items").Strings("title").Contains("Svarta stjärnan"), "the symbols list changes");
        using var routines = await _client.GetAsync("/api/v1/routines", TestContext.Current.CancellationToken);
        Assert.NotNull(routines.Headers.Age);
    }

    [Fact]
    public async Task A_new_page_appears_in_the_lists_after_the_reload()
    {
        var page = _content.Read("ordlista/avhoppare.md").Replace("title: Avhoppare", "title: Återvändare");
        _content.Write("ordlista/atervandare.md", page);

        await Http.EventuallyAsync(async () =>
            (await _client.GetJsonAsync("/api/v1/glossary")).GetProperty("items").Strings("title").Last() == "Återvändare", "the new term is listed last");
    }

    [Fact]
    public async Task An_etag_changes_when_the_page_changes()
    {
        using var before = await _client.GetAsync("/api/v1/pages/sekretess", TestContext.Current.CancellationToken);

        _content.Edit("juridik/sekretess.md", "Sekretess gäller.", "Sekretess gäller alltid.");

        await Http.EventuallyAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pages/sekretess");
            request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
            using var after = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            return after.StatusCode == HttpStatusCode.OK;
        }, "the old ETag no longer matches");
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_content_and_ready_reports_the_file_and_line()
    {
        _content.Edit("rutiner/vid-oro.md", "title: Vid oro eller en händelse", "titel: Vid oro");

        var ready = await ReadyWhenAsync("Degraded");
        var errors = ready.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(errors, e => e!.EndsWith("rutiner/vid-oro.md:2:1: fel VBE003: okänd nyckel 'titel' i front matter för typen 'routine'. Åtgärd: menade du 'title'?", StringComparison.Ordinal));
        Assert.Equal("Vid oro eller en händelse", await TitleAsync("/api/v1/pages/vid-oro"));

        _content.Edit("rutiner/vid-oro.md", "titel: Vid oro", "title: Vid oro");
        await ReadyWhenAsync("Healthy");
        Assert.Equal("Vid oro", await TitleAsync("/api/v1/pages/vid-oro"));
    }

    [Fact]
    public async Task Ready_is_healthy_when_the_content_loaded()
    {
        var ready = await _client.GetJsonAsync("/health/ready");

        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal(28, ready.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("pageCount").GetInt32());
    }

    private async Task<string?> TitleAsync(string url) => (await _client.GetJsonAsync(url)).GetProperty("title").GetString();

    private async Task<JsonElement> ReadyWhenAsync(string status)
    {
        JsonElement ready = default;
        await Http.EventuallyAsync(async () =>
        {
            ready = await _client.GetJsonAsync("/health/ready");
            return ready.GetProperty("status").GetString() == status;
        }, $"ready says {status}");
        return ready;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _content.Dispose();
    }
}
