using Microsoft.AspNetCore.Hosting.Server;

namespace VbeKnowledge.Api.Hosting;

/// <summary>
/// Serves cached answers on the socket's own I/O thread instead of handing each request to the thread pool and back.
/// A cached page costs a few microseconds of our code; the hops around it (socket thread, thread pool, socket thread)
/// cost more, and on the benchmark machine they were the gap to nginx (README.md, Performance). Kestrel inlines its side with
/// <c>UnsafePreferInlineScheduling</c>; the runtime inlines the socket completions with
/// <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>, which Microsoft's documentation of that option asks for too.
/// "Unsafe" because slow work on an I/O thread holds up every connection of that thread:
/// <see cref="OffIoThreadMiddleware"/> moves everything the output cache does not answer to the thread pool.
/// <c>Server:InlineIo=false</c> turns all of it off.
/// </summary>
public static class InlineIo
{
    public const string Setting = "Server:InlineIo";
    public const string RuntimeVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue(Setting, true);

    public static IWebHostBuilder UseInlineIo(this IWebHostBuilder host, IConfiguration configuration) =>
        IsOn(configuration) ? host.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true) : host;

    /// <summary>
    /// Call after Build and before Run. The runtime reads the variable once, when the process's first socket starts
    /// waiting for I/O, and none has yet: Kestrel binds in Run, the Redis connection opens on first use. Only for
    /// Kestrel (a test server has no sockets), and a value already in the environment wins.
    /// </summary>
    public static void EnableSocketInlining(WebApplication app)
    {
        if (!IsOn(app.Configuration) || Environment.GetEnvironmentVariable(RuntimeVariable) is not null) return;
        var server = app.Services.GetRequiredService<IServer>();
        if (server.GetType().Assembly.GetName().Name != "Microsoft.AspNetCore.Server.Kestrel.Core") return;
        Environment.SetEnvironmentVariable(RuntimeVariable, "1");
    }
}
