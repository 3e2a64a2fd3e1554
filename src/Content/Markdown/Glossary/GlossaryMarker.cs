using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown.Glossary;

/// <summary>
/// Marks up glossary terms in a page's text the first time each appears: an abbreviation as
/// <c>&lt;abbr title="expansion"&gt;</c>, another term as <c>&lt;dfn title="definition"&gt;</c> around a
/// link to its glossary page. Never inside headings, links or code, and never on the term's own page.
/// A post-parse step on the Markdig tree, so the site and the API get the same HTML; the plain text
/// for search is unchanged (the added tags are HTML inlines, which the text renderer leaves out).
/// </summary>
public static class GlossaryMarker
{
    public static void Mark(MarkdownDocument document, Page page, GlossaryIndex glossary)
    {
        // By first letter, lower-cased: a position of the text is tried only against the terms that can start
        // there, not against the whole glossary (1,200 terms at 10,000 pages made this the slowest step of a load).
        var pending = glossary.Terms.Where(t => t.PageId != page.Id)
            .GroupBy(t => FirstLetter(t.Text)).ToDictionary(g => g.Key, g => g.ToList());
        var left = pending.Values.Sum(terms => terms.Count);
        if (left == 0) return;
        var work = new Stack<LiteralInline>(document.Descendants<LiteralInline>().Reverse());
        while (left > 0 && work.TryPop(out var literal))
        {
            if (IsExcluded(literal)) continue;
            var text = literal.Content.ToString();
            var (term, index) = FirstTerm(text, pending);
            if (term is null) continue;
            pending[FirstLetter(term.Text)].Remove(term);
            left--;
            var tail = Wrap(literal, text, index, term, page);
            if (tail is not null) work.Push(tail);
        }
    }

    private static (GlossaryTerm? Term, int Index) FirstTerm(string text, Dictionary<char, List<GlossaryTerm>> terms)
    {
        for (var i = 0; i < text.Length; i++)
            if ((i == 0 || !GlossaryTerm.IsWordChar(text[i - 1])) && terms.TryGetValue(FirstLetter(text[i]), out var candidates))
                foreach (var term in candidates)   // longest first: GroupBy keeps the index's order
                    if (term.IsAt(text, i)) return (term, i);
        return (null, -1);
    }

    /// <summary>What IsAt needs at a position besides a word start: the first letter, compared case-insensitively at most.</summary>
    private static char FirstLetter(string term) => FirstLetter(term[0]);

    private static char FirstLetter(char c) => char.ToLowerInvariant(c);

    /// <summary>Splits the literal around the term and puts the markup in between; returns the text after it.</summary>
    private static LiteralInline? Wrap(LiteralInline literal, string text, int index, GlossaryTerm term, Page page)
    {
        var found = text.Substring(index, term.Text.Length);
        var after = text[(index + term.Text.Length)..];
        literal.Content = new StringSlice(text[..index]);
        string open, close;
        if (term.IsAbbreviation)
        {
            open = $"<abbr class=\"glossary-term\" title=\"{Encode(term.Expansion!)}\" data-term=\"{term.PageId}\">";
            close = "</abbr>";
        }
        else
        {
            var href = SiteUrls.Relative(page.Url, term.Url);
            open = $"<dfn class=\"glossary-term\" title=\"{Encode(term.Definition)}\" data-term=\"{term.PageId}\"><a href=\"{Encode(href)}\">";
            close = "</a></dfn>";
        }
        Inline last = literal;
        foreach (var next in new Inline[] { new HtmlInline(open), new LiteralInline(found), new HtmlInline(close) })
        {
            last.InsertAfter(next);
            last = next;
        }
        if (after.Length == 0) return null;
        var tail = new LiteralInline(after);
        last.InsertAfter(tail);
        return tail;
    }

    private static bool IsExcluded(LiteralInline literal)
    {
        ContainerInline? root = null;
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline) return true;
            root = parent;
        }
        return root?.ParentBlock is HeadingBlock or null;
    }

    private static string Encode(string text) => HtmlText.Escape(text);
}
