using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace VbeKnowledge.Content.Json;

/// <summary>
/// Makes a page's rendered HTML safe to embed in another intranet page: only the elements and attributes
/// our Markdown pipeline emits survive, and every link and image is made absolute to the site.
/// </summary>
/// <remarks>
/// Deviation from the API issue, which names HtmlSanitizer: this shared library cannot reference that package
/// (src/Content/Content.csproj is not ours to change), and the generator must write the same JSON as the API.
/// The allow-list below is stricter than HtmlSanitizer's defaults; the API tests run HtmlSanitizer over this
/// output and require it to change nothing.
/// </remarks>
public static class EmbeddableHtml
{
    private static readonly HashSet<string> AllowedElements =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "em", "strong", "del", "ins", "mark", "sup", "sub", "code", "pre", "kbd", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "img", "div", "span", "input",
    ];

    /// <summary>Elements whose content must go with them; any other unknown element is replaced by its content.</summary>
    private static readonly HashSet<string> DroppedWithContent =
        ["script", "style", "iframe", "object", "embed", "template", "svg", "math", "form", "noscript", "textarea", "select", "button"];

    private static readonly HashSet<string> GlobalAttributes = ["id", "class", "title"];

    private static readonly Dictionary<string, HashSet<string>> ElementAttributes = new()
    {
        ["a"] = ["href", "rel"],
        ["img"] = ["src", "alt", "width", "height"],
        ["ol"] = ["start"],
        ["input"] = ["type", "disabled", "checked"],
        ["th"] = ["style"],
        ["td"] = ["style"],
    };

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];
    private static readonly HtmlParser Parser = new();

    /// <param name="html">The HTML Markdig rendered for the page.</param>
    /// <param name="pageUrl">The page's absolute site URL: relative links in the page are relative to it.</param>
    public static string Prepare(string html, string pageUrl)
    {
        var document = Parser.ParseDocument("");
        var body = document.Body!;
        foreach (var node in Parser.ParseFragment(html, body).ToList()) body.AppendChild(node);
        Clean(body, new Uri(pageUrl));
        return body.InnerHtml;
    }

    private static void Clean(IElement parent, Uri pageUrl)
    {
        foreach (var node in parent.ChildNodes.ToList())
        {
            if (node is IComment) { node.RemoveFromParent(); continue; }
            if (node is not IElement element) continue;
            var name = element.LocalName;
            if (DroppedWithContent.Contains(name)) { element.RemoveFromParent(); continue; }
            Clean(element, pageUrl);
            if (!AllowedElements.Contains(name))
            {
                foreach (var child in element.ChildNodes.ToList()) parent.InsertBefore(child, element);
                element.RemoveFromParent();
                continue;
            }
            CleanAttributes(element, pageUrl);
        }
    }

    private static void CleanAttributes(IElement element, Uri pageUrl)
    {
        ElementAttributes.TryGetValue(element.LocalName, out var own);
        foreach (var attribute in element.Attributes.ToList())
        {
            var name = attribute.Name;
            var keep = GlobalAttributes.Contains(name) || (own?.Contains(name) ?? false);
            if (keep && name == "style")
            {
                keep = IsTextAlign(attribute.Value);
                // HtmlSanitizer's spelling of the same declaration, so running it over our output changes nothing.
                if (keep) element.SetAttribute(name, attribute.Value.TrimEnd(';'));
            }
            if (keep && name == "type") keep = attribute.Value == "checkbox";
            if (keep && name is "href" or "src")
            {
                var resolved = Resolve(attribute.Value, pageUrl, allowFragment: name == "href");
                if (resolved is null) keep = false;
                else element.SetAttribute(name, resolved);
            }
            if (!keep) element.RemoveAttribute(name);
        }
    }

    /// <summary>Markdig's pipe tables align columns with exactly this style.</summary>
    private static bool IsTextAlign(string style) => style is "text-align: left;" or "text-align: right;" or "text-align: center;";

    /// <summary>Absolute URL for a link or image; a bare '#anchor' stays as it is (it points into the embedded text itself).</summary>
    private static string? Resolve(string value, Uri pageUrl, bool allowFragment)
    {
        var trimmed = value.Trim();
        if (allowFragment && trimmed.StartsWith('#')) return trimmed;
        if (!Uri.TryCreate(pageUrl, trimmed, out var absolute)) return null;
        return SafeSchemes.Contains(absolute.Scheme) ? absolute.AbsoluteUri : null;
    }
}
