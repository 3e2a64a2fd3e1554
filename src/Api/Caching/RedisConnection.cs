using StackExchange.Redis;

namespace VbeKnowledge.Api.Caching;

/// <summary>
/// The one Redis connection shared by the output-cache store and the ready check. It connects in the background:
/// with Redis down, requests are answered uncached after a short timeout instead of failing (TESTING.md, Redis).
/// </summary>
public sealed class RedisConnection(string connectionString) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(async () =>
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 2000);
        return await ConnectionMultiplexer.ConnectAsync(options);
    });

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    /// <summary>Null until the first use has finished connecting (or given up trying).</summary>
    public IConnectionMultiplexer? IfCreated =>
        _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully ? _connection.Value.Result : null;

    public async ValueTask DisposeAsync()
    {
        if (IfCreated is { } connection) await connection.DisposeAsync();
    }
}
