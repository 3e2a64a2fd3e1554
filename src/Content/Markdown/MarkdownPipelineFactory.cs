using Markdig;

namespace VbeKnowledge.Content.Markdown;

/// <summary>The one Markdig pipeline of the knowledge base, built once and shared (it is thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()          // link columns for diagnostics
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAlertBlocks(CalloutTitles.Render)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()                      // raw HTML is shown as text, never rendered (bad-input rule)
        .Build();
}
