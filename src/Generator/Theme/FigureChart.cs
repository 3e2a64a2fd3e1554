using System.Globalization;
using VbeKnowledge.Content.Markdown;
using System.Text;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Theme;

/// <summary>
/// Draws a report's figures as a horizontal bar chart in SVG at build time: readable without
/// JavaScript, coloured with currentColor for dark mode, with the numbers in a table beside it.
/// </summary>
public static class FigureChart
{
    public static string Svg(ReportFigures figures)
    {
        const int barHeight = 28, gap = 14, labelWidth = 190, chartWidth = 300, right = 70;
        var height = figures.Rows.Count * (barHeight + gap) + gap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"figure-chart\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {labelWidth + chartWidth + right} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-title\">").Append(HtmlText.Escape(figures.Title)).Append(" (andel i procent, beräknad ur rapportens siffror; siffrorna finns i tabellen)</title>");
        var y = gap;
        foreach (var row in figures.Rows)
        {
            var share = row.Total is > 0 ? row.Value / row.Total.Value : 0;
            var width = Math.Max(1, (int)Math.Round(share * chartWidth));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + barHeight / 2 + 5}\" text-anchor=\"end\" fill=\"currentColor\" font-size=\"14\">{HtmlText.Escape(row.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{chartWidth}\" height=\"{barHeight}\" fill=\"currentColor\" fill-opacity=\"0.12\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{barHeight}\" fill=\"currentColor\" fill-opacity=\"0.75\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + chartWidth + 8}\" y=\"{y + barHeight / 2 + 5}\" fill=\"currentColor\" font-size=\"14\">{Percent(row) ?? ""}</text>");
            y += barHeight + gap;
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>"ca 8 %" when the total is approximate, "8 %" otherwise; null without a total.</summary>
    public static string? Percent(FigureRow row)
    {
        if (row.Total is not > 0) return null;
        var percent = Math.Round(row.Value / row.Total.Value * 100, 1, MidpointRounding.AwayFromZero);
        return (row.TotalIsApproximate ? "ca " : "") + percent.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " %";
    }
}
