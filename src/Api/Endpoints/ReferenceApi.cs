using Scalar.AspNetCore;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>The OpenAPI document and the browsable Scalar reference, served entirely by this host (intranets have no CDN).</summary>
public static class ReferenceApi
{
    public static void MapReference(this WebApplication app)
    {
        app.MapOpenApi().CacheOutput(policy => policy.Tag("openapi")).AnswerHead();
        // Scalar.AspNetCore serves its bundled scalar.js from /scalar/ itself; what would still leave the host is off:
        // fonts from Scalar's CDN, telemetry, the AI agent, MCP and the developer toolbar.
        app.MapScalarApiReference(options => options
            .WithTitle("VbeKnowledge API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools())
            .AnswerHead();
    }
}
