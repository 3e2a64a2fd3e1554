namespace VbeKnowledge.Api.Security;

/// <summary>
/// Security headers on every answer: no sniffing, no framing, no referrer, and a Content-Security-Policy that for
/// JSON allows nothing at all. The API reference page gets its own policy from <see cref="ReferencePagePolicy"/>.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // On starting, not now: the exception handler clears the headers of a failed request before it answers.
        context.Response.OnStarting(AddHeaders, context.Response);
        return ReferencePagePolicy.IsReferencePage(context.Request.Path) ? ReferencePagePolicy.ApplyAsync(context, next) : next(context);
    }

    /// <summary>Static with the response as state: no closure per request.</summary>
    private static Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ApiPolicy;
        return Task.CompletedTask;
    }
}
