using System.Globalization;
using System.Text;

namespace VbeKnowledge.Content.Markdown.Diagrams;

/// <summary>
/// A vertical flow chart in SVG: one numbered box per step, an arrow between boxes. Drawn with
/// currentColor so it follows the text colour (dark mode, print); sized by a viewBox so it scales.
/// The figure has role="img", a title and a description; the numbered list after it is the text.
/// </summary>
public static class FlowChart
{
    private const int Width = 560, BoxX = 20, BoxWidth = 520, LineHeight = 20, Padding = 12, Arrow = 30, FontSize = 15;
    private const int CharsPerLine = 54;   // about 8 px per character at 15 px in the theme's sans-serif

    public static string Figure(string id, string title, IReadOnlyList<string> steps)
    {
        var svgId = "flode-" + id;
        var boxes = steps.Select((s, i) => Wrap($"{i + 1}. {s}")).ToList();
        var height = boxes.Sum(b => b.Count * LineHeight + 2 * Padding) + Arrow * (boxes.Count - 1) + 4;
        var svg = new StringBuilder();
        svg.Append("<figure class=\"flow-diagram\" data-flow=\"").Append(HtmlText.Escape(id)).Append("\">");
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-labelledby=\"{svgId}-title {svgId}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"").Append(svgId).Append("-title\">Flödesschema: ").Append(HtmlText.Escape(title)).Append("</title>");
        svg.Append("<desc id=\"").Append(svgId).Append("-desc\">").Append(steps.Count)
            .Append(" steg i ordning, från ").Append(HtmlText.Escape(Shorten(steps[0]))).Append(" till ").Append(HtmlText.Escape(Shorten(steps[^1])))
            .Append(". Samma steg står som numrerad lista under schemat.</desc>");
        var y = 2;
        for (var i = 0; i < boxes.Count; i++)
        {
            var lines = boxes[i];
            var boxHeight = lines.Count * LineHeight + 2 * Padding;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{BoxX}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{boxHeight}\" rx=\"8\" fill=\"currentColor\" fill-opacity=\"0.06\" stroke=\"currentColor\" stroke-width=\"1.5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{BoxX + 16}\" y=\"{y + Padding + FontSize}\" fill=\"currentColor\" font-size=\"{FontSize}\">");
            for (var l = 0; l < lines.Count; l++)
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{BoxX + 16}\" dy=\"{(l == 0 ? 0 : LineHeight)}\">{HtmlText.Escape(lines[l])}</tspan>");
            svg.Append("</text>");
            y += boxHeight;
            if (i < boxes.Count - 1)
            {
                var x = Width / 2;
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x} {y + 2} V{y + Arrow - 8}\" stroke=\"currentColor\" stroke-width=\"2\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{x - 6} {y + Arrow - 10} L{x} {y + Arrow - 2} L{x + 6} {y + Arrow - 10} Z\" fill=\"currentColor\"/>");
                y += Arrow;
            }
        }
        svg.Append("</svg>");
        svg.Append("<figcaption>Flödesschema. Stegen står också i listan nedan.</figcaption></figure>");
        return svg.ToString();
    }

    /// <summary>Breaks a label into lines of at most <see cref="CharsPerLine"/> characters, at spaces.</summary>
    public static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharsPerLine)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static string Shorten(string step) => step.Length <= 60 ? step.TrimEnd('.') : step[..57].TrimEnd() + " …";
}
