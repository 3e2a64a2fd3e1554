using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;

namespace VbeKnowledge.Api.Caching;

/// <summary>Output caching: in memory by default, in Redis shared by every instance when <c>ConnectionStrings:Redis</c> is set.</summary>
public static class OutputCacheSetup
{
    public static IServiceCollection AddContentOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOutputCache();
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis)) return services;

        services.AddSingleton(new RedisConnection(redis));
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((options, connection) =>
        {
            options.InstanceName = "vbe-api:";
            options.ConnectionMultiplexerFactory = connection.GetAsync;
        });
        return services;
    }
}
