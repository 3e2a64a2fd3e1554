using System.Text.RegularExpressions;

namespace VbeKnowledge.Api.Queries;

/// <summary>Reads the years a plan's <c>period</c> spans: "2023", "2017–2018".</summary>
public static partial class PlanPeriod
{
    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    public static bool Covers(string period, int year)
    {
        var years = Year().Matches(period).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return years.Count > 0 && years.Min() <= year && year <= years.Max();
    }
}
