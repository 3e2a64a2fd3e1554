using System.Text;
using VbeKnowledge.Content.Diagnostics;

using VbeKnowledge.Content.Markdown;

namespace VbeKnowledge.Generator.Preview;

/// <summary>
/// What the preview adds to every HTML page it serves, and only there (the built site never has it):
/// a script that listens for rebuilds on Server-Sent Events, and the error overlay.
/// </summary>
public static class LiveReload
{
    public const string ScriptPath = "/__vbe/live.js";
    public const string EventsPath = "/__vbe/events";
    public const string StatusPath = "/__vbe/status";

    /// <summary>Reloads when the open page (or, after a full build, any page) was rebuilt; shows or clears the overlay.</summary>
    public const string Script = """
        (function () {
          "use strict";
          var here = decodeURIComponent(location.pathname).replace(/^\//, "");
          if (here === "" || /\/$/.test(here)) here += "index.html";
          var source = new EventSource("/__vbe/events");
          source.addEventListener("reload", function (e) {
            var data = JSON.parse(e.data);
            if (!data.pages || data.pages.indexOf(here) >= 0 || document.getElementById("vbe-preview-overlay")) location.reload();
          });
          source.addEventListener("problems", function (e) {
            var data = JSON.parse(e.data);
            var old = document.getElementById("vbe-preview-overlay");
            if (old) old.remove();
            var box = document.createElement("div");
            box.innerHTML = data.html;
            document.body.appendChild(box.firstElementChild);
          });
        })();
        """;

    public static string Inject(string html, PreviewState state)
    {
        var addition = new StringBuilder();
        if (!state.IsOk) addition.Append(Overlay(state));
        addition.Append("<script src=\"").Append(ScriptPath).Append("\"></script>\n");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + addition : html.Insert(end, addition.ToString());
    }

    /// <summary>The overlay listing each problem as file:line:col, message and fix; styled inline so a broken theme cannot hide it.</summary>
    public static string Overlay(PreviewState state)
    {
        const int shown = 25;
        var errors = state.Errors.ToList();
        var html = new StringBuilder();
        html.Append("<div id=\"vbe-preview-overlay\" role=\"alert\" data-preview-problems=\"").Append(errors.Count).Append("\" style=\"")
            .Append("position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;")
            .Append("font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem\">");
        html.Append("<h2 style=\"color:#ff8a80;margin:0 0 1rem;font-size:1.3rem\">Förhandsvisningen kan inte byggas: ")
            .Append(errors.Count).Append(" fel").Append("</h2>");
        html.Append("<p style=\"margin:0 0 1rem\">Rätta filen och spara – sidan laddas om av sig själv. Du ser den senaste fungerande versionen bakom rutan.</p><ol style=\"padding-left:1.5rem\">");
        foreach (var d in errors.Take(shown))
            html.Append("<li data-problem=\"").Append(d.Code).Append("\" style=\"margin-bottom:1rem\"><strong style=\"color:#ffd180\">")
                .Append(Encode($"{d.File}:{d.Line}:{d.Column}")).Append("</strong> ").Append(Encode(d.Code)).Append("<br>")
                .Append(Encode(d.Message)).Append("<br><span style=\"color:#b9f6ca\">Åtgärd: ").Append(Encode(d.Fix)).Append("</span></li>");
        html.Append("</ol>");
        if (errors.Count > shown) html.Append("<p>… och ").Append(errors.Count - shown).Append(" fel till. Alla står i terminalen där du startade serve.</p>");
        return html.Append("</div>\n").ToString();
    }

    /// <summary>A page for when no build has ever succeeded: only the overlay, and the script that waits for a fix.</summary>
    public static string EmptyPage(PreviewState state) =>
        Inject("<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Förhandsvisning</title></head><body><p>Väntar på ett bygge som lyckas …</p></body></html>", state);

    public static object Status(PreviewState state) => new
    {
        build = state.Build,
        ok = state.IsOk,
        pages = state.Pages,
        elapsedMs = (int)state.Elapsed.TotalMilliseconds,
        problems = state.Problems.Select(Problem),
    };

    private static object Problem(Diagnostic d) => new
    {
        severity = d.IsError ? "error" : "warning", file = d.File, line = d.Line, column = d.Column, code = d.Code, message = d.Message, fix = d.Fix,
        text = d.ToString(),
    };

    private static string Encode(string text) => HtmlText.Escape(text);
}
