using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Markdown.Diagrams;
using VbeKnowledge.Content.Markdown.Glossary;
using VbeKnowledge.Content.Markdown.Headings;
using VbeKnowledge.Content.Markdown.PageLinks;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown;

/// <summary>Renders every page's Markdown to HTML: anchors first, then links checked against all pages' anchors.</summary>
public static partial class PageRenderer
{
    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")]
    internal static partial Regex HtmlTag();

    private sealed record Parsed(Page Page, MarkdownDocument Document, IReadOnlyList<Heading> Headings, IReadOnlySet<string> Anchors, DiagnosticBag Diagnostics);

    public static IReadOnlyList<RenderedPage> Render(IReadOnlyList<Page> pages, string contentRoot, DiagnosticBag diagnostics) =>
        Render(pages, contentRoot, diagnostics, whyUnpublished: _ => null, previous: null);

    /// <summary>
    /// Renders <paramref name="pages"/>; with <paramref name="previous"/> (an earlier render by source path,
    /// with its diagnostics), a page found there with the very same <see cref="Page"/> is taken over as it
    /// was, unless it links to a page that changed (its links are checked again against the new anchors).
    /// <paramref name="whyUnpublished"/> says which pages readers do not get: a published page may not link to them.
    /// </summary>
    public static IReadOnlyList<RenderedPage> Render(IReadOnlyList<Page> pages, string contentRoot, DiagnosticBag diagnostics,
        Func<Page, string?> whyUnpublished, IReadOnlyDictionary<string, RenderedPage>? previous = null)
    {
        var pipeline = MarkdownPipelineFactory.Shared;
        var kept = new RenderedPage?[pages.Count];
        if (previous is not null)
        {
            var changedIds = pages.Where(p => !(previous.TryGetValue(p.SourcePath, out var old) && ReferenceEquals(old.Page, p)))
                .Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < pages.Count; i++)
                if (previous.TryGetValue(pages[i].SourcePath, out var old) && ReferenceEquals(old.Page, pages[i]) && !old.LinkedPageIds.Any(changedIds.Contains))
                    kept[i] = old;
        }

        var parsed = new Parsed?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            if (kept[i] is not null) return;
            var page = pages[i];
            var bag = new DiagnosticBag();
            var document = Parse(page, pipeline, bag);
            var headings = HeadingAnchors.Assign(document, page, bag);
            FlowDiagrams.Insert(document, page, headings, bag);   // after HeadingAnchors: finds headings by id
            WarnOnRawHtml(document, page, bag);
            parsed[i] = new Parsed(page, document, headings, headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal), bag);
        });

        var targets = new LinkTargets(
            pages.Select((page, i) => (page, anchors: parsed[i]?.Anchors ?? kept[i]!.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal)))
                 .GroupBy(p => p.page.SourcePath, StringComparer.Ordinal)
                 .ToDictionary(g => g.Key, g => (g.First().page, (IReadOnlySet<string>)g.First().anchors), StringComparer.Ordinal),
            contentRoot, whyUnpublished);

        var glossary = GlossaryIndex.From(pages);
        var rendered = new RenderedPage[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            if (kept[i] is { } old) { rendered[i] = old; return; }
            var (page, document, headings, anchors, bag) = parsed[i]!;
            parsed[i] = null;   // the Markdig tree is the largest thing a page has: let it go as soon as it is written
            var linked = PageLinkRewriter.Rewrite(document, page, anchors, targets, bag);
            GlossaryMarker.Mark(document, page, glossary);   // after the rewriter: its links are skipped, its URLs final
            var sections = SectionText.Extract(document, headings);
            using var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            renderer.Render(document);
            rendered[i] = new RenderedPage(page, writer.ToString(), headings, sections, linked.Distinct().ToList()) { Diagnostics = bag.Sorted() };
        });
        foreach (var page in rendered)
            foreach (var diagnostic in page.Diagnostics) diagnostics.Add(diagnostic);
        return rendered;
    }

    /// <summary>
    /// Markdig refuses input nested past its depth limit (thousands of '>' or '['), with an
    /// ArgumentException that used to crash the whole build; it is one page's error instead.
    /// </summary>
    private static MarkdownDocument Parse(Page page, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(page.Body, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // VBE015 rather than a code of its own: no editor writes this, only a generator or an attacker.
            diagnostics.Add(DiagnosticCatalog.NotText(new SourcePosition(page.DisplayPath, page.BodyLine, 1),
                "dess Markdown är kapslad tusentals nivåer djupt ('>', '[' eller listtecken), mer än renderaren klarar"));
            return new MarkdownDocument();
        }
    }

    private static void WarnOnRawHtml(MarkdownDocument document, Page page, DiagnosticBag diagnostics)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var tag = HtmlTag().Match(literal.Content.ToString());
            if (!tag.Success) continue;
            // A literal never spans lines, so the tag's column is the literal's plus the tag's offset in it.
            diagnostics.Add(DiagnosticCatalog.RawHtml(new SourcePosition(page.DisplayPath, page.BodyLine + literal.Line, literal.Column + 1 + tag.Index)));
            return;
        }
    }
}
