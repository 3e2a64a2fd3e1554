using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Markdown.PageLinks;

/// <summary>
/// Checks every link and image of a page and rewrites links to <c>.md</c> files into relative site URLs.
/// Must run after HeadingAnchors: anchors are checked against the ids it assigns.
/// </summary>
public static class PageLinkRewriter
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Rewrites the document in place; returns the ids of the pages it links to.</summary>
    public static IReadOnlyList<string> Rewrite(MarkdownDocument document, Page page, IReadOnlySet<string> ownAnchors, LinkTargets targets, DiagnosticBag diagnostics)
    {
        var linked = new List<string>();
        var folder = page.SourcePath.Contains('/') ? page.SourcePath[..page.SourcePath.LastIndexOf('/')] : "";
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? "";
            var at = new SourcePosition(page.DisplayPath, page.BodyLine + link.Line, link.Column + 1);
            if (link.IsImage && InlineText.Of(link).Length == 0) diagnostics.Add(DiagnosticCatalog.MissingImageAlt(at));
            if (url.Length == 0) continue;

            var scheme = SchemeOf(url);
            if (scheme is not null)
            {
                if (!SafeSchemes.Contains(scheme))
                {
                    diagnostics.Add(DiagnosticCatalog.UnsafeLink(at, url));
                    link.Url = "#";
                }
                else if (scheme is "http" or "https") MarkExternal(link);
                continue;
            }
            if (url.StartsWith('#'))
            {
                var anchor = Uri.UnescapeDataString(url[1..]);
                if (!ownAnchors.Contains(anchor))
                    diagnostics.Add(DiagnosticCatalog.BrokenAnchor(at, url, anchor, ownAnchors, Suggestions.Closest(anchor, ownAnchors)));
                continue;
            }
            if (url.StartsWith('/') || url.StartsWith('\\'))
            {
                diagnostics.Add(DiagnosticCatalog.BrokenLink(at, url));
                continue;
            }

            var hash = url.IndexOf('#');
            var pathPart = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
            var target = SiteUrls.Combine(folder, pathPart);
            if (target is null)
            {
                diagnostics.Add(DiagnosticCatalog.LinkOutsideContent(at, url));
                link.Url = "#";
                continue;
            }
            if (link.IsImage || !pathPart.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                if (!targets.FileExists(target))
                    diagnostics.Add(link.IsImage ? DiagnosticCatalog.BrokenImage(at, url) : DiagnosticCatalog.BrokenLink(at, url));
                continue;
            }
            if (!targets.TryGetPage(target, out var targetPage, out var anchors))
            {
                var nearest = targets.NearestPage(target);
                diagnostics.Add(DiagnosticCatalog.BrokenLink(at, url, nearest is null ? null : RelativeLink(folder, nearest)));
                continue;
            }
            if (targets.WhyUnpublished(page) is null && targets.WhyUnpublished(targetPage) is { } why)
                diagnostics.Add(DiagnosticCatalog.LinkToUnpublishedPage(at, url, why));
            if (fragment is not null && fragment.Length > 0 && !anchors.Contains(fragment))
                diagnostics.Add(DiagnosticCatalog.BrokenAnchor(at, url, fragment, anchors, Suggestions.Closest(fragment, anchors)));
            link.Url = SiteUrls.Relative(page.Url, targetPage.Url) + (string.IsNullOrEmpty(fragment) ? "" : "#" + fragment);
            linked.Add(targetPage.Id);
        }
        // CommonMark autolinks (<scheme:…>) are not LinkInlines: without this check
        // <javascript:alert(1)> reached the page as a live href.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || SchemeOf(autolink.Url) is not { } scheme || SafeSchemes.Contains(scheme)) continue;
            diagnostics.Add(DiagnosticCatalog.UnsafeLink(new SourcePosition(page.DisplayPath, page.BodyLine + autolink.Line, autolink.Column + 1), autolink.Url));
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        return linked;
    }

    /// <summary>The link from a page in <paramref name="folder"/> to the page at <paramref name="sourcePath"/>, as an editor writes it.</summary>
    private static string RelativeLink(string folder, string sourcePath) =>
        Path.GetRelativePath("/" + folder, "/" + sourcePath).Replace('\\', '/');

    private static void MarkExternal(LinkInline link)
    {
        var attributes = link.GetAttributes();
        attributes.AddClass("external");
        attributes.AddProperty("rel", "noopener noreferrer");
        link.AppendChild(new HtmlInline("<span class=\"visually-hidden\"> (extern länk)</span>"));
    }

    /// <summary>The URL's scheme in lowercase, or null for a relative URL. Control characters and spaces are ignored, as browsers do.</summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = new string(url.Where(c => c > ' ').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = cleaned[..colon];
        if (candidate.IndexOfAny(['/', '?', '#']) >= 0) return null;
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? candidate.ToLowerInvariant() : "invalid";
    }
}
