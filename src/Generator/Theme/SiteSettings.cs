using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Reading;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Generator.Theme;

/// <summary>
/// Per-site settings from <c>content/_data/site.yml</c>: where "Redigera sidan" and "Rapportera ett fel"
/// lead. Empty or missing keys hide the links, so no address is shown until a site configures one.
/// </summary>
/// <param name="EditUrl">Prefix to which the page's path in content/ is appended (<c>rutiner/vid-oro.md</c>), or a template with {path}.</param>
/// <param name="ReportUrl">An address, optionally with {path}, {url} and {title} filled in per page (URL-encoded).</param>
/// <param name="ShowAuthors">Whether pages and "Nytt" name the git author of a change (off by default: readers get the page's owner).</param>
public sealed record SiteSettings(string? EditUrl, string? ReportUrl, bool ShowAuthors = false)
{
    public const string FileName = "site.yml";
    public static readonly string[] Keys = ["editUrl", "reportUrl", "showAuthors"];
    public static readonly SiteSettings None = new(null, null);

    public static SiteSettings Load(ContentFolder folder, DiagnosticBag diagnostics)
    {
        var display = folder.Display("_data/" + FileName);
        // No file, a file of only comments, or a YAML error that ReadYaml has reported: the links stay hidden.
        if (SiteDataLoader.ReadYaml(folder, FileName, diagnostics) is not YamlMappingNode map) return None;

        string? editUrl = null, reportUrl = null;
        var showAuthors = false;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var at = new SourcePosition(display, (int)keyNode.Start.Line, (int)keyNode.Start.Column);
            if (!Keys.Contains(key)) { diagnostics.Add(DiagnosticCatalog.UnknownKey(at, key, Suggestions.Closest(key, Keys), "site.yml")); continue; }
            var value = (valueNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(value)) continue;
            if (key == "showAuthors")
            {
                if (value is "true" or "false") showAuthors = value == "true";
                else diagnostics.Add(DiagnosticCatalog.WrongShape(new SourcePosition(display, (int)valueNode.Start.Line, (int)valueNode.Start.Column), key, "true eller false"));
                continue;
            }
            if (!value.StartsWith("https://", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.WrongShape(new SourcePosition(display, (int)valueNode.Start.Line, (int)valueNode.Start.Column), key, "en https://-adress, eller tom för att dölja länken"));
                continue;
            }
            if (key == "editUrl") editUrl = value; else reportUrl = value;
        }
        return new SiteSettings(editUrl, reportUrl, showAuthors);
    }

    /// <summary>The edit link of one page: the prefix plus its path in content/, or the {path} template filled in.</summary>
    public static string? EditLink(string? editUrl, string sourcePath) =>
        editUrl is null ? null : editUrl.Contains("{path}", StringComparison.Ordinal) ? editUrl.Replace("{path}", sourcePath) : editUrl + sourcePath;

    /// <summary>The report link of one page, with {path}, {url} and {title} filled in when the address has them.</summary>
    public static string? ReportLink(string? reportUrl, string sourcePath, string pageUrl, string title) => reportUrl?
        .Replace("{path}", Uri.EscapeDataString(sourcePath))
        .Replace("{url}", Uri.EscapeDataString(pageUrl))
        .Replace("{title}", Uri.EscapeDataString(title));
}
