using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace VbeKnowledge.Api.Security;

/// <summary>
/// The Content-Security-Policy of the Scalar reference page: everything from this host only ('self'), so no
/// request leaves the intranet even if the bundle would try one (scalar.js names Scalar's font CDN and proxy).
/// Scalar writes its configuration as one inline module script; rather than 'unsafe-inline' the policy allows
/// exactly that script by its SHA-256, computed from the page as served. Scalar styles itself at run time, so
/// styles need 'unsafe-inline'.
/// </summary>
public static partial class ReferencePagePolicy
{
    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    public static bool IsReferencePage(PathString path) => path.Equals("/scalar") || path.Equals("/scalar/") || path.StartsWithSegments("/scalar/v1");

    public static string For(string html)
    {
        var hashes = InlineScript().Matches(html)
            .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'")
            .Distinct();
        return $"default-src 'self'; script-src 'self' {string.Join(' ', hashes)}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
               "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        context.Response.Headers.ContentSecurityPolicy = For(html);
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
