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

/// <summary>The plain text under one heading (or before the first, with a null heading): the unit search indexes.</summary>
public sealed record PageSection(Heading? Heading, string Text);
