using Microsoft.Extensions.Diagnostics.HealthChecks;
using VbeKnowledge.Api.Caching;

namespace VbeKnowledge.Api.Health;

/// <summary>The output-cache store: in memory is always fine; a shared Redis that is unreachable leaves the API working but uncached.</summary>
public sealed class CacheHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<RedisConnection>() is not { } redis)
            return HealthCheckResult.Healthy("In-memory output cache (this instance only).");
        var connection = await redis.GetAsync();
        return connection.IsConnected
            ? HealthCheckResult.Healthy("Redis output cache shared by every instance.")
            : HealthCheckResult.Degraded("Redis is unreachable: responses are served without the shared cache.");
    }
}
