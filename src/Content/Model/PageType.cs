namespace VbeKnowledge.Content.Model;

/// <summary>The kinds of page the knowledge base has; each has its own front-matter schema.</summary>
public enum PageType { Page, Section, Guideline, Routine, Symbol, Legal, Plan, Training, Introduction, Term, SupportUnit, Report }

/// <summary>The names editors write in <c>type:</c> and the Swedish labels readers see.</summary>
public static class PageTypes
{
    private static readonly (PageType Type, string Name, string Label, string Plural)[] Table =
    [
        (PageType.Page, "page", "Sida", "Sidor"),
        (PageType.Section, "section", "Avsnitt", "Avsnitt"),
        (PageType.Guideline, "guideline", "Riktlinje", "Riktlinjer"),
        (PageType.Routine, "routine", "Rutin", "Rutiner"),
        (PageType.Symbol, "symbol", "Symbol", "Symboler"),
        (PageType.Legal, "legal", "Juridik", "Juridik"),
        (PageType.Plan, "plan", "Handlingsplan", "Handlingsplaner"),
        (PageType.Training, "training", "Utbildning", "Utbildningar"),
        (PageType.Introduction, "introduction", "Introduktionssteg", "Introduktionssteg"),
        (PageType.Term, "term", "Ordlista", "Ordlista"),
        (PageType.SupportUnit, "support-unit", "Stödenhet", "Stödenheter"),
        (PageType.Report, "report", "Rapport", "Rapporter"),
    ];

    public static IEnumerable<string> Names => Table.Select(t => t.Name);

    public static string Name(this PageType type) => Table.First(t => t.Type == type).Name;

    /// <summary>The Swedish label shown on result lists and badges ("Rutin", "Symbol").</summary>
    public static string Label(this PageType type) => Table.First(t => t.Type == type).Label;

    public static string PluralLabel(this PageType type) => Table.First(t => t.Type == type).Plural;

    public static bool TryParse(string name, out PageType type)
    {
        foreach (var row in Table)
            if (row.Name == name) { type = row.Type; return true; }
        type = default;
        return false;
    }
}
