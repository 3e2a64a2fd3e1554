using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown;

/// <summary>Splits a page body into plain-text sections at its h2 and h3 headings, for search and the API.</summary>
public static class SectionText
{
    public static IReadOnlyList<PageSection> Extract(MarkdownDocument document, IReadOnlyList<Heading> headings)
    {
        var sections = new List<PageSection>();
        var byId = headings.ToDictionary(h => h.Id, StringComparer.Ordinal);
        Heading? current = null;
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownPipelineFactory.Shared.Setup(renderer);

        void Flush()
        {
            var text = Normalise(writer.ToString());
            if (text.Length > 0 || current is not null) sections.Add(new PageSection(current, text));
            writer.GetStringBuilder().Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading && heading.GetAttributes().Id is { } id && byId.TryGetValue(id, out var h))
            {
                Flush();
                current = h;
                continue;
            }
            if (block is HeadingBlock other) { writer.Write(byId.GetValueOrDefault(other.GetAttributes().Id ?? "")?.Text); writer.Write('\n'); continue; }
            renderer.Render(block);
            writer.Write('\n');
        }
        Flush();
        return sections;
    }

    private static string Normalise(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
