using System.Text;

namespace VbeKnowledge.Generator.Tests.BadInput;

/// <summary>A minimal valid content folder that every bad-input case is added to, so only the case can fail.</summary>
public static class SmallSite
{
    public const string FrontMatter = """
        ---
        title: Vid oro för en person
        type: routine
        summary: Vad du gör när du är orolig.
        owner: Central samordnare
        sources:
          - document: revisionsrapport-2019
            section: Avsnitt 3
        reviewed: 2026-11-01
        ---

        """;

    /// <summary>A page of the given type and title with front matter that validates; the body follows.</summary>
    public static string Page(string title, string body) =>
        FrontMatter.Replace("Vid oro för en person", title, StringComparison.Ordinal) + body;

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["_data/sources.yml"] = "revisionsrapport-2019:\n  title: Revisionsrapport\n  publisher: Revisionskontoret\n  year: \"2019\"\n",
        ["index.md"] = FrontMatter.Replace("Vid oro för en person", "Start", StringComparison.Ordinal).Replace("type: routine", "type: page", StringComparison.Ordinal)
            + "Välkommen. Läs [rutinen](rutiner/vid-oro.md).\n",
        ["rutiner/_index.md"] = FrontMatter.Replace("Vid oro för en person", "Rutiner", StringComparison.Ordinal).Replace("type: routine", "type: section", StringComparison.Ordinal)
            + "Stadens rutiner.\n",
        ["rutiner/vid-oro.md"] = FrontMatter + "## Vem kontaktar jag\n\nDin chef.\n",
    };

    public static void WriteTo(string contentDir)
    {
        foreach (var (path, text) in Files) Write(contentDir, path, Encoding.UTF8.GetBytes(text));
    }

    public static void Write(string contentDir, string path, byte[] bytes)
    {
        var full = Path.Combine(contentDir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
