namespace VbeKnowledge.Content.Model;

/// <summary>A page after Markdown rendering: its HTML, its headings and its text by section.</summary>
public sealed record RenderedPage(
    Page Page, string Html, IReadOnlyList<Heading> Headings, IReadOnlyList<PageSection> Sections,
    IReadOnlyList<string> LinkedPageIds)
{
    public string PlainText => string.Join("\n", Sections.Select(s => s.Text));

    /// <summary>What rendering this page reported (broken links, raw HTML …): kept so a page rendered again alone replaces just its own.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; init; } = [];
}

/// <summary>A heading of a page body with its anchor id.</summary>
public sealed record Heading(int Level, string Text, string Id);

/// <summary>
/// The plain text under one heading (or before the first, with a null heading), on one line: the unit
/// search indexes. <paramref name="Lead"/> is where its first paragraph of prose (not a list or table) is, if any.
/// </summary>
public sealed record PageSection(Heading? Heading, string Text, TextRange? Lead);

/// <summary>A stretch of a text, from <paramref name="Start"/> up to (not including) <paramref name="End"/>.</summary>
public readonly record struct TextRange(int Start, int End);
