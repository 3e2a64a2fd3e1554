using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Markdown.Diagrams;

/// <summary>
/// Draws the numbered list under each heading a routine names in <c>flow:</c> as an SVG flow diagram,
/// placed just before the list. The list stays: it is the diagram's text equivalent, and the diagram
/// is made from it, so the two cannot disagree. Must run after HeadingAnchors (it finds headings by id).
/// </summary>
public static class FlowDiagrams
{
    public static void Insert(MarkdownDocument document, Page page, IReadOnlyList<Heading> headings, DiagnosticBag diagnostics)
    {
        if (page.Flow.Count == 0) return;
        var at = page.Positions.TryGetValue("flow", out var p) ? p : SourcePosition.StartOf(page.DisplayPath);
        var ids = headings.Select(h => h.Id).ToList();
        foreach (var anchor in page.Flow)
        {
            var heading = document.OfType<HeadingBlock>().FirstOrDefault(h => h.GetAttributes().Id == anchor);
            if (heading is null)
            {
                diagnostics.Add(DiagnosticCatalog.FlowHeadingMissing(at, anchor, ids, Suggestions.Closest(anchor, ids)));
                continue;
            }
            var index = document.IndexOf(heading);
            var list = document.Skip(index + 1).TakeWhile(b => b is not HeadingBlock).OfType<ListBlock>().FirstOrDefault(l => l.IsOrdered);
            if (list is null)
            {
                diagnostics.Add(DiagnosticCatalog.FlowWithoutList(at, anchor));
                continue;
            }
            var steps = list.OfType<ListItemBlock>().Select(StepLabel).ToList();
            var title = headings.First(h => h.Id == anchor).Text;
            var html = FlowChart.Figure(anchor, title, steps);
            var block = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock };
            block.Lines = new StringLineGroup(html);
            document.Insert(document.IndexOf(list), block);
        }
    }

    /// <summary>What a box says: a step's bold lead ("**Avgör om det är akut.**"), else its first sentence.</summary>
    public static string StepLabel(ListItemBlock item)
    {
        if (item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline is not { } inline) return "";
        if (inline.FirstChild is EmphasisInline { DelimiterCount: 2 } lead) return InlineText.Of(lead).TrimEnd('.', ':');
        var text = InlineText.Of(inline).Replace('\n', ' ');
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
