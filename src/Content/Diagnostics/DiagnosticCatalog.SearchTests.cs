namespace VbeKnowledge.Content.Diagnostics;

/// <summary>
/// The diagnostics of the editors' relevance tests (content/_data/search-tests.yml), which <c>check</c> and
/// <c>build</c> run against the site search: VBE028 for an entry that cannot be read, VBE029 for a query whose
/// page did not come where the test says. In Swedish, since editors own the file.
/// </summary>
public static partial class DiagnosticCatalog
{
    private const string SearchTestFormat = "skriv varje test som '- query: sökord' följt av 'first: sid-id' eller 'top3: sid-id' (se content/README.md).";

    public static Diagnostic SearchTestFileShape(SourcePosition at) => Error(at, "VBE028",
        "filen med söktester är inte en lista med tester.",
        SearchTestFormat);

    public static Diagnostic SearchTestEntryShape(SourcePosition at) => Error(at, "VBE028",
        "söktestet är inte en rad med nycklar (query, first eller top3).",
        SearchTestFormat);

    public static Diagnostic SearchTestUnknownKey(SourcePosition at, string key, string? suggestion) => Error(at, "VBE028",
        $"okänd nyckel '{key}' i söktestet.",
        suggestion is null ? "använd bara nycklarna query, first och top3." : $"menade du '{suggestion}'?");

    public static Diagnostic SearchTestValueShape(SourcePosition at, string key) => Error(at, "VBE028",
        $"'{key}' ska vara en enda text, inte en lista.",
        $"skriv '{key}: …' med texten på samma rad.");

    public static Diagnostic SearchTestEmptyQuery(SourcePosition at) => Error(at, "VBE028",
        "söktestet har ingen sökfråga.",
        "skriv det en läsare söker på efter 'query:', till exempel 'query: orosanmälan'.");

    public static Diagnostic SearchTestMissingExpectation(SourcePosition at, string query) => Error(at, "VBE028",
        $"söktestet '{query}' säger inte vilken sida sökningen ska ge.",
        "lägg till 'first: sid-id' (sidan ska komma först) eller 'top3: sid-id' (bland de tre första).");

    public static Diagnostic SearchTestBothExpectations(SourcePosition at, string query) => Error(at, "VBE028",
        $"söktestet '{query}' har både 'first' och 'top3'.",
        "behåll en av dem: 'first' om sidan ska komma först, annars 'top3'.");

    public static Diagnostic SearchTestUnknownPage(SourcePosition at, string key, string id, string? suggestion) => Error(at, "VBE028",
        $"'{key}' anger en sida '{id}' som inte finns.",
        suggestion is null ? "skriv sidans id: filnamnet utan .md (en mapps _index.md har mappens namn)." : $"menade du '{suggestion}'?");

    public static Diagnostic SearchTestNoHits(SourcePosition at, string query, string page) => Error(at, "VBE029",
        $"sökningen '{query}' ger inga träffar alls, men ska ge sidan '{page}'.",
        $"lägg till ordet som tagg (tags:) på sidan '{page}', eller lägg till en synonymgrupp med ordet och ett ord som finns på sidan i content/_data/synonyms.yml.");

    public static Diagnostic SearchTestNotFirst(SourcePosition at, string query, string page, string firstPage, string firstTitle, int rank) => Error(at, "VBE029",
        $"sökningen '{query}' ska ge sidan '{page}' först, men först kom '{firstPage}' ({firstTitle}); '{page}' {RankText(rank)}.",
        RelevanceFix(page));

    public static Diagnostic SearchTestNotInTopThree(SourcePosition at, string query, string page, IEnumerable<string> topThree, int rank) => Error(at, "VBE029",
        $"sökningen '{query}' ska ge sidan '{page}' bland de tre första, men de tre första var {string.Join(", ", topThree)}; '{page}' {RankText(rank)}.",
        RelevanceFix(page));

    private static string RankText(int rank) => rank > 0 ? $"kom på plats {rank}" : "fanns inte bland träffarna";

    private static string RelevanceFix(string page) =>
        $"lägg till sökordet som tagg (tags:) på sidan '{page}', lägg till en synonymgrupp i content/_data/synonyms.yml eller ge sidan en tydligare titel; " +
        "ska en annan sida komma först, ändra testet i stället.";
}
