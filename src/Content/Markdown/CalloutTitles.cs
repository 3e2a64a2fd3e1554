using Markdig.Helpers;
using Markdig.Renderers;

namespace VbeKnowledge.Content.Markdown;

/// <summary>Swedish titles for GitHub-style callouts (<c>&gt; [!WARNING]</c> → "Varning").</summary>
public static class CalloutTitles
{
    public static string For(string kind) => kind.ToUpperInvariant() switch
    {
        "NOTE" => "Observera",
        "TIP" => "Tips",
        "IMPORTANT" => "Viktigt",
        "WARNING" => "Varning",
        "CAUTION" => "Var försiktig",
        _ => kind,
    };

    public static void Render(HtmlRenderer renderer, StringSlice kind)
    {
        renderer.WriteEscape(For(kind.ToString()));
        if (!renderer.EnableHtmlForBlock) renderer.Write(": ");   // plain text (search, API): "Viktigt: Kontakta …"
    }
}
