using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VbeKnowledge.Generator.Preview;

/// <summary>
/// The preview's web server on 127.0.0.1: the built site from the preview folder, with the live-reload
/// script injected into HTML, the reload channel (Server-Sent Events) and a status endpoint.
/// </summary>
public static class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebApplication Create(int port, PreviewBuilder builder, ReloadChannel reloads)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = web.Build();

        app.MapGet(LiveReload.ScriptPath, () => Results.Text(LiveReload.Script, "text/javascript; charset=utf-8"));
        app.MapGet(LiveReload.StatusPath, () => Results.Text(JsonSerializer.Serialize(LiveReload.Status(builder.State), Json), "application/json; charset=utf-8"));
        app.MapGet(LiveReload.EventsPath, (HttpContext http) => StreamEvents(http, reloads));
        app.MapGet("{**path}", (HttpContext http) => ServeFile(http, builder));   // literal routes above win over the catch-all
        return app;
    }

    /// <summary>The address Kestrel bound, with the real port when 0 was asked for.</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

    private static async Task StreamEvents(HttpContext http, ReloadChannel reloads)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var stop = http.RequestAborted;
        var events = reloads.Subscribe(stop);
        await http.Response.WriteAsync("retry: 1000\n: connected\n\n", stop);
        await http.Response.Body.FlushAsync(stop);
        try
        {
            await foreach (var state in events.ReadAllAsync(stop))
            {
                var message = state.IsOk
                    ? $"event: reload\ndata: {JsonSerializer.Serialize(new { build = state.Build, pages = state.Pages }, Json)}\n\n"
                    : $"event: problems\ndata: {JsonSerializer.Serialize(new { build = state.Build, html = LiveReload.Overlay(state) }, Json)}\n\n";
                await http.Response.WriteAsync(message, stop);
                await http.Response.Body.FlushAsync(stop);
            }
        }
        catch (OperationCanceledException) { }   // the tab was closed or the server stops
    }

    private static async Task ServeFile(HttpContext http, PreviewBuilder builder)
    {
        var state = builder.State;
        var requested = Uri.UnescapeDataString(http.Request.Path.Value ?? "/").TrimStart('/');
        if (requested.Length == 0 || requested.EndsWith('/')) requested += "index.html";
        var root = builder.SiteDir + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, requested));
        http.Response.Headers.CacheControl = "no-store";
        if (!Directory.Exists(root))
        {
            await Html(http, LiveReload.EmptyPage(state), StatusCodes.Status503ServiceUnavailable);
            return;
        }
        if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
        {
            var notFound = Path.Combine(root, "404.html");
            await Html(http, LiveReload.Inject(File.Exists(notFound) ? await File.ReadAllTextAsync(notFound) : "<p>Sidan finns inte.</p>", state), StatusCodes.Status404NotFound);
            return;
        }
        if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            await Html(http, LiveReload.Inject(await File.ReadAllTextAsync(path), state), StatusCodes.Status200OK);
            return;
        }
        http.Response.ContentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        await http.Response.SendFileAsync(path);
    }

    private static Task Html(HttpContext http, string html, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(html, Encoding.UTF8);
    }
}
