using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// Turns the content into search documents: one per page (title, tags and other names, the text
/// before the first heading) and one per h2/h3 section, so a hit deep in a long plan or routine
/// leads to its heading, the way Pagefind shows sub-results. Fields follow the reference
/// configuration of lunr-index.md: title (boost 10), tags (boost 5), body.
/// </summary>
public static class SearchCorpus
{
    public static IReadOnlyList<(SearchDocument Document, SearchEntry Entry)> Create(ContentSnapshot snapshot)
    {
        var result = new List<(SearchDocument, SearchEntry)>();
        // Short refs ("d1f"): every posting repeats its ref, and readable refs such as
        // "norra-innerstaden-2023#kompetenshojande-insatser" made the index half again as large.
        // Never integer-like, which JS would reorder (lunr-index.md §2).
        string NextRef() => "d" + result.Count.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var rendered in snapshot.Pages)
        {
            var page = rendered.Page;
            var intro = rendered.Sections.FirstOrDefault(s => s.Heading is null);
            var (body, summary) = PageBody(page.Summary, intro);
            var pageRef = NextRef();
            result.Add(Create(pageRef, page.Title, TagsOf(page), body, new SearchEntry(pageRef, page.Id, page.Title, null, null, page.Url, page.Type.Name(), page.Type.Label(), body, summary)));
            foreach (var section in rendered.Sections)
            {
                if (section.Heading is not { } heading) continue;
                var reference = NextRef();
                result.Add(Create(reference, heading.Text, null, section.Text,
                    new SearchEntry(reference, page.Id, page.Title, heading.Text, heading.Id, page.Url + "#" + heading.Id, page.Type.Name(), page.Type.Label(), section.Text, section.Lead)));
            }
        }
        return result;
    }

    /// <summary>A page's own text: its summary, then the text before its first heading, on one line; the summary is what a title-only hit shows.</summary>
    private static (string Body, TextRange? Summary) PageBody(string summary, PageSection? intro)
    {
        var lead = SectionText.OneLine(summary);
        if (intro is null || intro.Text.Length == 0) return (lead, lead.Length > 0 ? new TextRange(0, lead.Length) : null);
        if (lead.Length == 0) return (intro.Text, intro.Lead);
        return (lead + " " + intro.Text, new TextRange(0, lead.Length));
    }

    private static (SearchDocument, SearchEntry) Create(string reference, string title, string? tags, string body, SearchEntry entry) =>
        (new SearchDocument(reference, new Dictionary<string, FieldValue> { ["title"] = title, ["tags"] = tags, ["body"] = body }), entry);

    /// <summary>Words a reader may search by that are not in the text: tags, a symbol's other names, a term's expansion and synonyms.</summary>
    private static string TagsOf(Page page)
    {
        var words = new List<string>(page.Tags);
        if (page.Symbol is { } symbol) words.AddRange(symbol.OtherNames);
        if (page.Term is { } term)
        {
            if (!string.IsNullOrEmpty(term.Expansion)) words.Add(term.Expansion);
            words.AddRange(term.Synonyms);
        }
        return string.Join(' ', words);
    }
}
