using Microsoft.AspNetCore.Routing;

namespace VbeKnowledge.Api.Endpoints;

/// <summary>
/// RFC 9110 §9.3.2: a server that answers GET should answer HEAD with the same headers and no body. Minimal APIs map
/// GET only, so every GET endpoint also accepts HEAD; the handler runs as for GET and Kestrel drops the body it writes.
/// </summary>
public static class HeadRequests
{
    public static TBuilder AnswerHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Finally: runs after MapGet has added its method metadata; routing reads the last one.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        });
        return builder;
    }

    /// <summary>The OpenAPI document lists the GET operations only: HEAD is the same answer without its body.</summary>
    public static void LeaveOutHead(this Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        var include = options.ShouldInclude;
        options.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? "") && include(description);
    }
}
