using Microsoft.Extensions.DependencyInjection.Extensions;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Configuration;
using VbeKnowledge.Api.Endpoints;
using VbeKnowledge.Api.Health;
using VbeKnowledge.Api.Hosting;
using VbeKnowledge.Api.Problems;
using VbeKnowledge.Api.Security;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Json;

// appsettings.json lives beside the binary; the working directory is where content/ is (see RunWorkingDirectory).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(builder.Configuration["HTTP_PORTS"]))
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = 16 * 1024;  // read-only API: nothing to upload
    // Kestrel's own 414 is plain text: its request-line limit sits well above ours, so an over-long query string
    // gets our ProblemDetails (QueryLengthLimitMiddleware) up to this size, and only beyond it Kestrel's answer.
    kestrel.Limits.MaxRequestLineSize = QueryLengthLimitMiddleware.MaxRequestLineSize;
    kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
});
builder.WebHost.UseInlineIo(builder.Configuration);  // cache hits answered on the socket's thread (Hosting/InlineIo.cs)

// Configuration
builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section)
    .Validate(o => SiteLinks.TryCreate(o.BaseUrl, out _, out _), "Site:BaseUrl must be an absolute http:// or https:// URL without query or fragment.")
    .ValidateOnStart();
builder.Services.AddOptions<ContentFolderOptions>().BindConfiguration(ContentFolderOptions.Section);
builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section);
builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);

// Content: loaded at start-up, reloaded when content/ changes, last good snapshot kept
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SnapshotStore>();
builder.Services.AddSingleton<SnapshotLoader>();
builder.Services.AddHostedService<ContentWatcher>();

// HTTP: JSON, problems, caching, security, documentation, health
builder.Services.ConfigureHttpJsonOptions(json => ContentJson.Apply(json.SerializerOptions));
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ApiProblems.Translate);
builder.Services.AddContentOutputCache(builder.Configuration);
builder.Services.AddIntranetCors(builder.Configuration);
builder.Services.AddTrustedProxies();
builder.Services.AddClientRateLimiting();
builder.Services.AddOpenApi(openApi => openApi.LeaveOutHead());
builder.Services.AddApiHealthChecks();

var app = builder.Build();
InlineIo.EnableSocketInlining(app);

app.UseTrustedProxies();  // first: the rate limiter and the logs see the client, not the proxy
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<QueryLengthLimitMiddleware>();
app.UseCors();
app.UseRateLimiter();
app.UseOutputCache();
app.UseMiddleware<OffIoThreadMiddleware>();  // what the cache does not answer leaves the socket's I/O thread
app.UseMiddleware<ETagMiddleware>();  // inside the output cache: the ETag is computed on a miss and stored with the entry

var v1 = app.MapGroup("/api/v1").AddEndpointFilter<ContentAvailableFilter>().AnswerHead()
    .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
v1.MapGroup("/pages").MapPages();
v1.MapGroup("/symbols").MapSymbols();
v1.MapGroup("/routines").MapRoutines();
v1.MapGroup("/training").MapTraining();
v1.MapGroup("/glossary").MapGlossary();
v1.MapGroup("/support-units").MapSupportUnits();
v1.MapGroup("/introduction").MapIntroduction();
v1.MapGroup("/plans").MapPlans();
v1.MapGroup("/activities").MapActivities();
v1.MapGroup("/search").MapSearch();
app.MapReference();
app.MapHealth();

var lifetime = app.Lifetime;  // resolved now: Run disposes the services before an exception reaches the filter below
try
{
    app.Run();
}
catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
{
    // Stopped (SIGTERM, Ctrl+C) during the first content load, before the server listened: the host logs that it
    // did not start, and the exit code stays 0, as for any requested stop.
}

/// <summary>The API's entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
