namespace VbeKnowledge.Content.Markdown;

/// <summary>Escapes text for HTML content and quoted attributes, leaving å, ä, ö and other letters as they are.</summary>
public static class HtmlText
{
    public static string Escape(string text) => text
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
