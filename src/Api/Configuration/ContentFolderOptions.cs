namespace VbeKnowledge.Api.Configuration;

/// <summary>Where the content folder is and how the API follows its changes (<c>Content</c> section).</summary>
public sealed class ContentFolderOptions
{
    public const string Section = "Content";

    /// <summary>The content folder, relative to the current directory unless rooted.</summary>
    public string Path { get; set; } = "content";

    /// <summary>How long the folder must be quiet after a change before it is loaded again (an editor saves several files at once).</summary>
    public int ReloadDelayMilliseconds { get; set; } = 300;

    /// <summary>Serve drafts and pages whose publish date lies ahead: for previews only.</summary>
    public bool IncludeDrafts { get; set; }
}
