using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace VbeKnowledge.Api.Health;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: content and cache, with the content's errors.</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: ["ready"])
            .AddCheck<CacheHealthCheck>("cache", tags: ["ready"]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.Write })
            .DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.Write })
            .DisableRateLimiting();
    }
}
