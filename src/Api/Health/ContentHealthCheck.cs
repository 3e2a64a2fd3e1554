using Microsoft.Extensions.Diagnostics.HealthChecks;
using VbeKnowledge.Api.Snapshots;

namespace VbeKnowledge.Api.Health;

/// <summary>Ready when the latest load succeeded; degraded when it failed but older content is served; unhealthy with nothing to serve.</summary>
public sealed class ContentHealthCheck(SnapshotStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = store.LastLoad;
        var good = store.LastGoodLoad;
        var data = new Dictionary<string, object>
        {
            ["lastAttempt"] = last.At,
            ["errors"] = last.Errors,
        };
        if (good is not null)
        {
            data["servedSince"] = good.At;
            data["pageCount"] = good.PageCount;
            data["warningCount"] = good.WarningCount;
        }
        var result = (last.IsSuccess, good) switch
        {
            (true, _) => HealthCheckResult.Healthy($"Serving {last.PageCount} pages.", data),
            (false, not null) => HealthCheckResult.Degraded(
                $"The latest content has {last.Errors.Count} error(s); still serving the last good content, loaded {good.At:u}.", data: data),
            _ => HealthCheckResult.Unhealthy($"No content could be loaded: {last.Errors.Count} error(s).", data: data),
        };
        return Task.FromResult(result);
    }
}
