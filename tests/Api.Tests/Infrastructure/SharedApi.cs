namespace VbeKnowledge.Api.Tests.Infrastructure;

/// <summary>One API over an untouched copy of the fixture content, shared by the tests that only read.</summary>
public sealed class SharedApi : IAsyncDisposable
{
    public SharedApi()
    {
        Content = new FixtureContent();
        Factory = new ApiFactory(Content.Root);
        Client = Factory.CreateClient();
    }

    public FixtureContent Content { get; }
    public ApiFactory Factory { get; }
    public HttpClient Client { get; }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Content.Dispose();
    }
}
