using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Reading;

/// <summary>The front-matter keys and allowed values of each page type (documented for editors in content/README.md).</summary>
public static class Schema
{
    public static readonly string[] CommonKeys =
        ["title", "type", "summary", "owner", "sources", "reviewed", "reviewInterval", "tags", "order", "related", "draft", "publish", "aliases"];

    private static readonly Dictionary<PageType, string[]> TypeKeys = new()
    {
        [PageType.Routine] = ["flow", "now", "contacts"],
        [PageType.Symbol] = ["otherNames", "environment", "meaning", "seenIn", "harmless", "action", "publicSources", "image", "imageAlt"],
        [PageType.Plan] = ["board", "period", "revised", "revision", "followUp", "columns", "activities"],
        [PageType.Report] = ["publisher", "reportNumber", "date", "figures"],
        [PageType.SupportUnit] = ["organisation", "functions", "targetGroup"],
        [PageType.Training] = ["format", "audience", "whereToFind"],
        [PageType.Introduction] = ["step", "minutes", "links"],
        [PageType.Term] = ["expansion", "definition", "synonyms"],
    };

    /// <summary>At most this many "Gör så här nu" steps (<c>now:</c>), each at most <see cref="NowStepLength"/> characters: the block must fit a phone's first screen.</summary>
    public const int NowSteps = 4;
    public const int NowStepLength = 160;

    public static readonly string[] ActivityKeys = ["area", "activity", "responsible", "schedule", "followUp", "otherActors", "start"];
    public static readonly string[] ColumnKeys = ["field", "label"];

    /// <summary>
    /// The activity fields a plan's table can show, with the headings of the district plans' tables (the
    /// default when a plan's front matter has no <c>columns</c>), in the order the theme shows them then.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ActivityColumns = new Dictionary<string, string>
    {
        ["activity"] = "Aktivitet",
        ["responsible"] = "Ansvarig",
        ["schedule"] = "Tidplan",
        ["followUp"] = "Uppföljning",
        ["otherActors"] = "Övriga aktörer",
        ["start"] = "Start",
    };

    public static readonly string[] SourceKeys = ["document", "section"];
    public static readonly string[] FigureKeys = ["title", "asOf", "rows"];
    public static readonly string[] FigureRowKeys = ["label", "value", "total", "totalIsApproximate"];

    /// <summary>Symbol environments, with the label readers see.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environments = new Dictionary<string, string>
    {
        ["vit-makt"] = "Vit makt-miljön",
        ["autonoma"] = "Den autonoma miljön",
        ["islamistiska"] = "Den våldsbejakande islamistiska miljön",
        ["allmanna-koder"] = "Allmänna koder och siffror",
    };

    public static readonly string[] SeenIn = ["graffiti", "klistermarken", "kladsel", "tatueringar", "natet", "flaggor", "musik", "smycken"];

    /// <summary>The areas of an action plan's activities, in the order the plans present them.</summary>
    public static readonly IReadOnlyDictionary<string, string> ActivityAreas = new Dictionary<string, string>
    {
        ["förebyggande"] = "Förebyggande aktiviteter",
        ["förhindrande"] = "Förhindrande aktiviteter",
        ["kompetenshöjande"] = "Kompetenshöjande aktiviteter",
        ["föreningsbidrag-och-lokaler"] = "Föreningsbidrag och lokaler",
    };

    /// <summary>The heading of the activities of a plan whose source gives them no area.</summary>
    public const string NoAreaLabel = "Aktiviteter (källan delar inte in dem i områden)";

    public static readonly string[] UnitFunctions = ["förebyggande", "upptäckande", "förhindrande", "åtgärdande"];
    public static readonly string[] TrainingFormats = ["webbutbildning", "fördjupning", "föreläsning", "workshop", "läsning"];

    /// <summary>Every key of every type: what an unknown key is matched against when the type itself is broken.</summary>
    public static IReadOnlyList<string> AllKeys => [.. CommonKeys.Concat(TypeKeys.Values.SelectMany(k => k)).Distinct()];

    public static IReadOnlyList<string> KeysFor(PageType type) =>
        TypeKeys.TryGetValue(type, out var extra) ? [.. CommonKeys, .. extra] : CommonKeys;
}
