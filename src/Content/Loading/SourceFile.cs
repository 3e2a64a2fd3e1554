namespace VbeKnowledge.Content.Loading;

/// <summary>A Markdown file read from the content folder, line endings normalised to '\n'.</summary>
/// <param name="RelativePath">Path relative to the content folder, '/' separated (<c>rutiner/vid-oro.md</c>).</param>
/// <param name="DisplayPath">The path an editor sees in messages (<c>content/rutiner/vid-oro.md</c>).</param>
public sealed record SourceFile(string RelativePath, string DisplayPath, string FullPath, string Text);
