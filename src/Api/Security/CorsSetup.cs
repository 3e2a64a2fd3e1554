namespace VbeKnowledge.Api.Security;

/// <summary>CORS for the intranet origins listed in <c>Cors:Origins</c>: read-only, no credentials.</summary>
public static class CorsSetup
{
    public static IServiceCollection AddIntranetCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get)
            .WithHeaders("Accept", "If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }
}
