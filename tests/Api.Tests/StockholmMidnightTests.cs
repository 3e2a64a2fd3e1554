using System.Net;
using Microsoft.Extensions.Time.Testing;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>The API's "today" is the date in Stockholm, and it moves on at midnight there without a file change.</summary>
public sealed class StockholmMidnightTests : IAsyncDisposable
{
    // 23:59 in Stockholm (UTC+1 in winter): still 4 December there, although it is 22:59 UTC.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 22, 59, 0, TimeSpan.Zero));
    private readonly FixtureContent _content = new();
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public StockholmMidnightTests()
    {
        var page = _content.Read("rutiner/vid-oro.md")
            .Replace("title: Vid oro eller en händelse", "title: Ny rutin från den 5 december\npublish: 2026-12-05");
        _content.Write("rutiner/ny-rutin.md", page);
        _factory = new ApiFactory(_content.Root, time: _time);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task A_page_scheduled_for_tomorrow_appears_after_midnight_in_stockholm_without_a_file_change()
    {
        using (var before = await _client.GetAsync("/api/v1/pages/ny-rutin", TestContext.Current.CancellationToken))
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        _time.Advance(TimeSpan.FromMinutes(2));   // 00:01 on 5 December in Stockholm

        await Http.EventuallyAsync(async () =>
        {
            using var after = await _client.GetAsync("/api/v1/pages/ny-rutin", TestContext.Current.CancellationToken);
            return after.StatusCode == HttpStatusCode.OK;
        }, "the scheduled page is served after midnight");
    }

    [Fact]
    public void Stockholm_midnight_is_an_hour_before_utc_midnight_in_winter_and_two_in_summer()
    {
        Assert.Equal(new DateOnly(2026, 12, 5), Content.Pipeline.StockholmDay.Today(new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2026, 7, 5), Content.Pipeline.StockholmDay.Today(new FakeTimeProvider(new DateTimeOffset(2026, 7, 4, 22, 30, 0, TimeSpan.Zero))));
        Assert.Equal(TimeSpan.FromMinutes(1), Content.Pipeline.StockholmDay.UntilNextMidnight(_time));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _content.Dispose();
    }
}
