using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>
/// Kestrel on 127.0.0.1 with a free port, serving the built site under a sub-path (/vbe/), the way the intranet
/// hosts it: a link that assumed the site sits at "/" asks for a file outside /vbe/ and gets a 404.
/// A missing file under /vbe/ gets 404.html with status 404, as a static host's error page would.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    /// <summary>The site's address, ending in "/vbe/".</summary>
    public Uri BaseAddress { get; }

    private SiteServer(WebApplication app, Uri baseAddress) => (this.app, BaseAddress) = (app, baseAddress);

    public static async Task<SiteServer> StartAsync(string siteDir)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteDir);
        app.Map(BuiltSite.BasePath.TrimEnd('/'), site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            });
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new SiteServer(app, new Uri(address, BuiltSite.BasePath));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
