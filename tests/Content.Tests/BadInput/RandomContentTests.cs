using System.Text;
using CsCheck;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Tests.BadInput;

/// <summary>
/// Random front matter and Markdown, built from the pieces editors (and attackers) type, through
/// the reader, the renderer and the whole pipeline: no exception escapes, every problem is a
/// catalogued diagnostic with a position, and no script or javascript: link is rendered.
/// </summary>
public sealed class RandomContentTests
{
    private static readonly string[] Keys =
        ["title", "type", "summary", "owner", "sources", "reviewed", "tags", "related", "order", "draft", "publish", "titel", "activities",
         "otherNames", "environment", "step", "links", "figures", "image", "imageAlt", "area", "document", "section", "x"];

    private static readonly string[] YamlPieces =
        ["routine", "plan", "symbol", "page", "2026-11-24", "2026-13-45", "\"", "'", ":", ": ", "[", "]", "{", "}", "- ", "&a ", "*a", "!!str ",
         "|", ">", "#", "%", "@", "`", "\t", "  ", "\n", "\n  ", "\n  - ", "ja", "null", "~", "-1", "99999999999999999999", "åäö", "🚀", "\\u0000",
         "document: revisionsrapport-2019", "area: förebyggande", "activity: x", "<script>", "javascript:alert(1)"];

    private static readonly string[] MarkdownPieces =
        ["# ", "## ", "### ", "> ", "> [!WARNING]\n", "- ", "1. ", "- [ ] ", "| a | b |\n|---|---|\n| c | d |", "|", "[", "]", "(", ")", "![", "](",
         "../", "../../etc/passwd", "vid-oro.md", "#anker", "<", ">", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:",
         "JaVaScRiPt:alert(1)", "&#106;", "data:text/html,x", "<javascript:alert(1)>", "<https://example.org>", "`", "```\n", "*", "_", "~~",
         "[^1]", "[^1]: not", "\n", "\n\n", "\t", "    ", "ord", "oro för elev", "åäö", "🚀🔥", "\u200B", "\uFEFF", "\\", "&amp;", "---\n"];

    private static readonly Gen<string> Yaml = Gen.Select(Gen.OneOf(Keys), Gen.OneOf(YamlPieces).Array[0, 6])
        .Select((key, value) => key + ": " + string.Concat(value)).Array[0, 10].Select(lines => string.Join("\n", lines));

    private static readonly Gen<string> Markdown = Gen.OneOf(MarkdownPieces).Array[0, 30].Select(string.Concat);

    private static readonly Gen<string> File = Gen.Frequency(
        (6, Gen.Select(Yaml, Markdown).Select((yaml, body) => "---\n" + yaml + "\n---\n" + body)),
        (1, Gen.Select(Yaml, Markdown).Select((yaml, body) => "---\n" + yaml + "\n" + body)),
        (1, Markdown));

    /// <summary>The first script element, event-handler attribute or javascript:/data: URL in the HTML, or null.</summary>
    private static string? Unsafe(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html);
        foreach (var element in document.All)
        {
            if (element.LocalName == "script") return element.OuterHtml;
            foreach (var attribute in element.Attributes)
            {
                var value = new string(attribute.Value.Where(c => c > ' ').ToArray());
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
                    return element.OuterHtml;
            }
        }
        return null;
    }

    private static readonly string ContentRoot = Directory.CreateTempSubdirectory("vbe-random-").FullName;

    [Fact]
    public void Random_front_matter_and_markdown_give_diagnostics_never_exceptions_or_scripts()
    {
        File.Sample(text =>
        {
            var diagnostics = new DiagnosticBag();
            var file = new SourceFile("rutiner/slump.md", "content/rutiner/slump.md", Path.Combine(ContentRoot, "rutiner/slump.md"), text);
            var page = PageReader.ReadOne(file, SiteData.Empty, diagnostics);
            if (page is not null)
            {
                var rendered = PageRenderer.Render([page], ContentRoot, diagnostics).Single();
                Assert.Null(Unsafe(rendered.Html));
            }
            AssertDiagnosticsArePositioned(diagnostics, text);
        }, iter: 3000);
    }

    [Fact]
    public void Random_files_on_disk_through_the_whole_pipeline_never_throw()
    {
        var bytes = Gen.Frequency(
            (4, File.Select(t => Encoding.UTF8.GetBytes(t.Replace("\n", "\r\n", StringComparison.Ordinal)))),
            (4, File.Select(Encoding.UTF8.GetBytes)),
            (1, Gen.Byte.Array[0, 512]));
        bytes.Array[1, 4].Sample(files =>
        {
            var root = Directory.CreateTempSubdirectory("vbe-random-site-").FullName;
            try
            {
                for (var i = 0; i < files.Length; i++)
                {
                    Directory.CreateDirectory(Path.Combine(root, i % 2 == 0 ? "rutiner" : "juridik"));
                    System.IO.File.WriteAllBytes(Path.Combine(root, i % 2 == 0 ? "rutiner" : "juridik", $"sida-{i / 2}.md"), files[i]);
                }
                var result = ContentPipeline.Load(ContentFolder.Open(root), new ContentOptions(new DateOnly(2026, 11, 25)));
                AssertDiagnosticsArePositioned(result.Diagnostics, "");
                foreach (var page in result.Snapshot?.Pages ?? [])
                    Assert.Null(Unsafe(page.Html));
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, iter: 150);
    }

    private static void AssertDiagnosticsArePositioned(DiagnosticBag diagnostics, string input)
    {
        foreach (var d in diagnostics.Sorted())
        {
            Assert.Matches("^VBE[0-9]{3}$", d.Code);
            Assert.True(d.Line >= 1 && d.Column >= 1, $"{d} has no position; input:\n{input}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message) || string.IsNullOrWhiteSpace(d.Fix), $"{d} has no message or fix");
        }
    }
}
