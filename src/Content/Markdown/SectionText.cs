using System.Text;
using Markdig.Extensions.Alerts;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown;

/// <summary>
/// Splits a page body into plain-text sections at its h2 and h3 headings, for search and the API: the
/// prose a reader sees, on one line, without code blocks, raw HTML or the flow diagrams' SVG.
/// </summary>
/// <remarks>
/// Walks the Markdig tree instead of rendering it with HTML switched off: that renderer still writes
/// code blocks, HTML blocks (the flow diagrams FlowDiagrams inserts) and soft line breaks as they
/// are, which is how markup and YAML reached the snippets (issue 14, item 6). A diagram's list stays,
/// so its steps are still found.
/// </remarks>
public static class SectionText
{
    public static IReadOnlyList<PageSection> Extract(MarkdownDocument document, IReadOnlyList<Heading> headings)
    {
        var sections = new List<PageSection>();
        var byId = headings.ToDictionary(h => h.Id, StringComparer.Ordinal);
        Heading? current = null;
        var text = new Writer();

        void Flush()
        {
            if (text.Length > 0 || current is not null) sections.Add(new PageSection(current, text.ToString(), text.Lead));
            text = new Writer();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading && heading.GetAttributes().Id is { } id && byId.TryGetValue(id, out var h))
            {
                Flush();
                current = h;
                continue;
            }
            Append(block, text, isProse: true);
        }
        Flush();
        return sections;
    }

    /// <summary>The text with every run of white space, line breaks included, made one space, and trimmed.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <param name="isProse">False inside tables: their cells are found but are not a section's lead.</param>
    private static void Append(Block block, Writer text, bool isProse)
    {
        switch (block)
        {
            case CodeBlock or HtmlBlock or ThematicBreakBlock:
                return;                                     // code, raw HTML and diagrams are not prose (FencedCodeBlock is a CodeBlock)
            case HeadingBlock heading:
                text.Add(InlineText.Of(heading.Inline), isLead: false);
                return;
            case LeafBlock leaf:
                text.Add(Inlines(leaf.Inline), isLead: isProse && leaf is ParagraphBlock && HasOwnWords(leaf.Inline));
                return;
            case AlertBlock alert:
                text.Add(CalloutTitles.For(alert.Kind.ToString()) + ":", isLead: false);   // as the page shows it: "Varning: …"
                break;
        }
        if (block is not ContainerBlock container) return;
        var childrenAreProse = isProse && container is not Markdig.Extensions.Tables.Table;
        foreach (var child in container) Append(child, text, childrenAreProse);
    }

    /// <summary>The visible text of a paragraph: link labels, code spans and literals; no images, no raw HTML (the glossary's abbr/dfn tags).</summary>
    private static string Inlines(ContainerInline? container)
    {
        var builder = new StringBuilder();
        if (container is not null) Append(container, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Whether a paragraph says something besides link labels: a list of links ("Vid oro", "Larmvägar" …) is
    /// a run of titles, no lead to show for a hit.
    /// </summary>
    private static bool HasOwnWords(ContainerInline? container) =>
        container is not null && container.Descendants<LiteralInline>().Any(l =>
            l.FirstParentOfType<LinkInline>() is null && l.Content.AsSpan().ContainsAnyExcept(" \t.,:;–-()"));

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal: builder.Append(PageRenderer.HtmlTag().Replace(literal.Content.ToString(), " ")); break;   // raw HTML is shown as text (and warned about), but is no prose
            case CodeInline code: builder.Append(code.Content); break;
            case LineBreakInline: builder.Append(' '); break;
            case AutolinkInline auto: builder.Append(auto.Url); break;
            case HtmlEntityInline entity: builder.Append(entity.Transcoded.AsSpan()); break;
            case LinkInline { IsImage: true }: break;
            case ContainerInline container:
                foreach (var child in container) Append(child, builder);
                break;
        }
    }

    /// <summary>
    /// Blocks' text joined by single spaces, whitespace collapsed, with the lead: the first run of
    /// paragraphs of prose, up to the first block that is not one.
    /// </summary>
    private sealed class Writer
    {
        private readonly StringBuilder builder = new();
        private bool isLeadOpen;

        public int Length => builder.Length;
        public TextRange? Lead { get; private set; }

        public void Add(string text, bool isLead)
        {
            var line = OneLine(text);
            if (line.Length == 0) return;
            if (builder.Length > 0) builder.Append(' ');
            var start = builder.Length;
            builder.Append(line);
            if (isLead && Lead is null) (Lead, isLeadOpen) = (new TextRange(start, builder.Length), true);
            else if (isLead && isLeadOpen) Lead = Lead!.Value with { End = builder.Length };
            else isLeadOpen = false;
        }

        public override string ToString() => builder.ToString();
    }
}
