using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VbeKnowledge.Content.Json;

namespace VbeKnowledge.Api.Health;

/// <summary>Writes a health report as JSON: the overall status and each check with its description and data.</summary>
public static class HealthResponseWriter
{
    public static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, ContentJson.Options, context.RequestAborted);
    }
}
