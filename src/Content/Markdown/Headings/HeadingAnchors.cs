using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Markdown.Slugs;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown.Headings;

/// <summary>Gives every heading a stable Swedish-aware id and a self-link, and keeps the page to one h1.</summary>
public static class HeadingAnchors
{
    public static IReadOnlyList<Heading> Assign(MarkdownDocument document, Page page, DiagnosticBag diagnostics)
    {
        var slugs = new Slugger.Unique();
        var headings = new List<Heading>();
        foreach (var block in document.Descendants<HeadingBlock>())
        {
            var at = new SourcePosition(page.DisplayPath, page.BodyLine + block.Line, block.Column + 1);
            if (block.Level == 1)
            {
                diagnostics.Add(DiagnosticCatalog.TitleHeadingInBody(at));
                block.Level = 2;   // the title is the page's only h1
            }
            var text = InlineText.Of(block.Inline);
            if (Slugger.Slugify(text).Length == 0) diagnostics.Add(DiagnosticCatalog.EmptyHeading(at));
            var id = slugs.Next(text);
            block.GetAttributes().Id = id;
            headings.Add(new Heading(block.Level, text, id));
            block.Inline?.AppendChild(new HtmlInline($"<a class=\"heading-anchor\" href=\"#{id}\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"));
        }
        return headings;
    }
}
