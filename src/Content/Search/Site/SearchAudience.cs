using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>Whom a search is for. Pages for editors (the section content/for-redaktorer/) stay out of a staff search.</summary>
public enum SearchAudience
{
    /// <summary>The default: pages for editors only when the query is about publishing (<see cref="Audiences.IsAboutPublishing"/>).</summary>
    Staff,
    /// <summary>Only the pages for editors: the reader filtered for them.</summary>
    Editors,
    /// <summary>Every page.</summary>
    All,
}

/// <summary>
/// Which pages are for editors, and which queries are about publishing. theme/assets/search-core.js
/// (EDITOR_WORDS, aboutPublishing) does the same.
/// </summary>
public static class Audiences
{
    /// <summary>The section folder whose pages are for editors.</summary>
    public const string EditorSection = "for-redaktorer";

    /// <summary>Word beginnings that make a query about publishing ("publicera", "redaktören", "markdown" …).</summary>
    public static readonly IReadOnlyList<string> EditorWords = ["publicer", "redaktör", "redaktor", "markdown", "frontmatter"];

    public static bool IsForEditors(Page page) => page.Section == EditorSection;

    /// <summary>True when a word of the query begins with one of <see cref="EditorWords"/>, or the query says "front matter".</summary>
    public static bool IsAboutPublishing(string? input)
    {
        var words = ResultGrouping.Words(input);
        if (words.Any(w => EditorWords.Any(e => w.StartsWith(e, StringComparison.Ordinal)))) return true;
        return (" " + string.Join(' ', words) + " ").Contains(" front matter ", StringComparison.Ordinal);
    }
}
