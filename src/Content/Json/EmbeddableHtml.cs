using Ganss.Xss;

namespace VbeKnowledge.Content.Json;

/// <summary>
/// Makes a page's rendered HTML safe to embed in another intranet page with HtmlSanitizer: only the
/// elements and attributes our Markdown pipeline emits survive, and every link and image is made
/// absolute to the site (HtmlSanitizer resolves relative URLs against the page's own URL).
/// </summary>
public static class EmbeddableHtml
{
    private static readonly HtmlSanitizerOptions Options = new()
    {
        AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "a", "em", "strong", "del", "ins", "mark", "sup", "sub", "code", "pre", "kbd", "blockquote",
            "table", "thead", "tbody", "tfoot", "tr", "th", "td", "img", "div", "span", "input", "abbr", "dfn",
        },
        AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "id", "class", "title", "href", "rel", "src", "alt", "width", "height", "start", "type", "disabled", "checked", "style" },
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },   // pipe-table column alignment
        AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
        UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
    };

    /// <param name="html">The HTML Markdig rendered for the page.</param>
    /// <param name="pageUrl">The page's absolute site URL: relative links in the page are relative to it.</param>
    public static string Prepare(string html, string pageUrl)
    {
        // One sanitizer per call: its configuration is shared, and instances are cheap next to parsing.
        var sanitizer = new HtmlSanitizer(Options) { KeepChildNodes = true };
        // A bare '#anchor' (footnotes, headings) points into the embedded text itself: keep it relative.
        sanitizer.FilterUrl += (_, e) => { if (e.OriginalUrl.StartsWith('#')) e.SanitizedUrl = e.OriginalUrl; };
        // KeepChildNodes keeps the text of an unknown element, but what could run goes whole.
        sanitizer.RemovingTag += (_, e) => { if (e.Tag.LocalName is "script" or "style" or "iframe" or "object" or "embed" or "template" or "svg" or "math" or "noscript" or "textarea" or "select" or "button" or "form") e.Tag.Remove(); };
        return sanitizer.Sanitize(html, pageUrl);
    }
}
