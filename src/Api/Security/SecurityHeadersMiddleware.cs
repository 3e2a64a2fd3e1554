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
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ApiPolicy;
            return Task.CompletedTask;
        });
        return ReferencePagePolicy.IsReferencePage(context.Request.Path) ? ReferencePagePolicy.ApplyAsync(context, next) : next(context);
    }
}
