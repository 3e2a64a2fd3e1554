using VbeKnowledge.Api.Problems;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Configuration;

namespace VbeKnowledge.Api.Security;

/// <summary>A fixed window of requests per client IP for everything but the health probes; 429 ProblemDetails with Retry-After.</summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        // The limits are read once, at start-up: the partition lookup runs on every request, cache hits included,
        // and should neither resolve the options nor allocate a factory delegate there.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var window = new FixedWindowRateLimiterOptions
            {
                PermitLimit = configured.Value.PermitLimit,
                Window = TimeSpan.FromSeconds(configured.Value.WindowSeconds),
                QueueLimit = 0,
                // The partitioned limiter opens every client's next window on its own timer; a limiter per client
                // with a timer of its own would be one timer per address (GetFixedWindowLimiter sets this too).
                AutoReplenishment = false,
            };
            // The partition is built here, not with GetFixedWindowLimiter, which wraps the factory in a new
            // delegate on every call, that is on every request.
            Func<IPAddress, RateLimiter> perClient = _ => new FixedWindowRateLimiter(window);
            // Behind a reverse proxy this is the proxy's address unless Proxy:KnownProxies or KnownNetworks trust it
            // (ProxySetup). The address itself is the key: no string per request.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
                new RateLimitPartition<IPAddress>(context.Connection.RemoteIpAddress ?? IPAddress.None, perClient));
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var context = rejected.HttpContext;
                int? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : null;
                if (retryAfter is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = ApiProblems.TooManyRequests(retryAfter),
                });
            };
        });
        return services;
    }
}
