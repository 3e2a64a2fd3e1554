namespace VbeKnowledge.Generator.Theme;

/// <summary>Dates as Swedish readers write them ("24 november 2026"); the build runs with invariant culture.</summary>
public static class SwedishDates
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    public static string Long(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
