using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Validation;

namespace VbeKnowledge.Generator.Output;

/// <summary>
/// A small HTML page at each old address in <c>aliases</c> that sends the reader on: a meta refresh
/// (works without JavaScript and from disk), a canonical link for search engines, and a visible link.
/// </summary>
public static class RedirectWriter
{
    public static int Write(IEnumerable<RenderedPage> pages, string baseUrl, OutputFolder output)
    {
        var count = 0;
        foreach (var page in pages.Select(p => p.Page))
            foreach (var alias in page.Aliases)
            {
                if (AliasCheck.SitePath(alias) is not { } path) continue;   // reported by AliasCheck; never written
                output.WriteText(path, Html(page, path, baseUrl));
                count++;
            }
        return count;
    }

    public static string Html(Page page, string fromPath, string baseUrl)
    {
        var target = HtmlText.Escape(SiteUrls.Relative(fromPath, page.Url));
        var canonical = baseUrl.Contains("://", StringComparison.Ordinal) ? HtmlText.Escape(baseUrl + page.Url) : target;
        var title = HtmlText.Escape(page.Title);
        return $"""
            <!doctype html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <title>Sidan har flyttat: {title}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            <link rel="canonical" href="{canonical}">
            </head>
            <body data-redirect-to="{HtmlText.Escape(page.Url)}">
            <main>
            <h1>Sidan har flyttat</h1>
            <p>Sidan finns nu här: <a href="{target}">{title}</a>.</p>
            </main>
            </body>
            </html>

            """;
    }
}
