namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>Small valid pages for fixture content trees: the required front matter plus what a test adds.</summary>
public static class Fixture
{
    public static string Page(string title, string extraFrontMatter = "", string body = "Text.", string type = "page",
        string owner = "Redaktör", string reviewed = "2026-11-01") => $"""
        ---
        title: {title}
        type: {type}
        summary: Om {title}.
        owner: {owner}
        sources:
          - document: rapport
            section: Avsnitt 1
        reviewed: {reviewed}
        {extraFrontMatter}
        ---

        {body}

        """;

    /// <summary>A content tree with a home page and one section, enough for a full site build.</summary>
    public static TempDir Site(params (string Path, string Text)[] pages)
    {
        var dir = new TempDir();
        dir.Write("content/index.md", Page("Start", body: "Välkommen."));
        dir.Write("content/rutiner/_index.md", Page("Rutiner", type: "section", body: "Alla rutiner."));
        foreach (var (path, text) in pages) dir.Write("content/" + path, text);
        return dir;
    }
}
