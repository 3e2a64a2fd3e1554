namespace VbeKnowledge.Content.Diagnostics;

/// <summary>
/// Every diagnostic the content pipeline can report: its code, its text and its fix, in one place, in Swedish:
/// editors read them. Codes are stable (editors and CI annotations refer to them); never reuse a retired code.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static Diagnostic Error(SourcePosition at, string code, string message, string fix) =>
        new(Severity.Error, code, at.File, at.Line, at.Column, message, fix);

    private static Diagnostic Warning(SourcePosition at, string code, string message, string fix) =>
        new(Severity.Warning, code, at.File, at.Line, at.Column, message, fix);

    public static Diagnostic YamlSyntax(SourcePosition at, string problem) => Error(at, "VBE001",
        $"front matter är inte giltig YAML: {problem}.",
        "kontrollera indraget och sätt citattecken runt värden som innehåller ': ' eller börjar med ett specialtecken.");

    public static Diagnostic DataFileYamlSyntax(SourcePosition at, string problem) => Error(at, "VBE001",
        $"datafilen är inte giltig YAML: {problem}.",
        "kontrollera indraget och sätt citattecken runt värden som innehåller ': ' eller börjar med ett specialtecken.");

    public static Diagnostic MissingFrontMatter(SourcePosition at) => Error(at, "VBE002",
        "filen har ingen front matter.",
        "börja filen med en rad '---', sidans nycklar (title, type, summary, owner, sources, reviewed) och en avslutande rad '---'.");

    public static Diagnostic UnclosedFrontMatter(SourcePosition at) => Error(at, "VBE002",
        "front matter avslutas aldrig.",
        "lägg till en rad med bara '---' efter den sista nyckeln.");

    public static Diagnostic UnknownKey(SourcePosition at, string key, string? suggestion, string type) => Error(at, "VBE003",
        $"okänd nyckel '{key}' i front matter för typen '{type}'.",
        suggestion is null ? "ta bort den, eller se content/README.md för typens nycklar." : $"menade du '{suggestion}'?");

    public static Diagnostic MissingKey(SourcePosition at, string key, string type) => Error(at, "VBE004",
        $"nyckeln '{key}' saknas i front matter; typen '{type}' kräver den.",
        $"lägg till '{key}:' i front matter (se content/README.md).");

    public static Diagnostic WrongShape(SourcePosition at, string key, string expected) => Error(at, "VBE005",
        $"'{key}' ska vara {expected}.",
        $"skriv '{key}' som {expected}.");

    public static Diagnostic BadDate(SourcePosition at, string key, string value) => Error(at, "VBE006",
        $"'{key}' är inte ett giltigt datum: '{value}'.",
        "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.");

    public static Diagnostic BadEnum(SourcePosition at, string key, string value, IEnumerable<string> allowed, string? suggestion) => Error(at, "VBE007",
        $"'{value}' är inte ett tillåtet värde för '{key}'.",
        (suggestion is null ? "" : $"menade du '{suggestion}'? ") + $"Tillåtna värden: {string.Join(", ", allowed)}.");

    public static Diagnostic DuplicateId(SourcePosition at, string id, string otherFile) => Error(at, "VBE008",
        $"sid-id:t '{id}' används också av {otherFile}.",
        "byt namn på en av filerna: filnamnet är sidans id och måste vara unikt i content/.");

    public static Diagnostic BrokenLink(SourcePosition at, string target, string? suggestion = null) => Error(at, "VBE009",
        $"länken '{target}' går till en sida som inte finns.",
        suggestion is not null ? $"menade du '{suggestion}'?" : "rätta sökvägen (länkar utgår från den här filen och slutar på .md) eller skapa sidan.");

    public static Diagnostic LinkToUnpublishedPage(SourcePosition at, string target, string why) => Error(at, "VBE026",
        $"länken '{target}' går till en sida som inte är publicerad: {why}. Läsarna skulle få en död länk.",
        "publicera den sidan först, eller ta bort länken tills den är publicerad (ett bygge med --drafts godtar länken).");

    public static Diagnostic BrokenAnchor(SourcePosition at, string target, string anchor, IEnumerable<string> known, string? suggestion) => Error(at, "VBE010",
        $"länken '{target}' går till en rubrik '#{anchor}' som sidan inte har.",
        suggestion is not null ? $"menade du '#{suggestion}'?" :
        known.Any() ? $"använd en av: {string.Join(", ", known.Take(8).Select(k => "#" + k))}." : "sidan har inga rubriker; länka till sidan utan '#'.");

    public static Diagnostic BrokenImage(SourcePosition at, string target) => Error(at, "VBE011",
        $"bilden '{target}' finns inte.",
        "rätta sökvägen (den utgår från den här filen) eller lägg till bildfilen.");

    public static Diagnostic UnknownSourceDocument(SourcePosition at, string key, IEnumerable<string> known, string? suggestion) => Error(at, "VBE012",
        $"okänt källdokument '{key}'.",
        (suggestion is null ? "" : $"menade du '{suggestion}'? ") + $"Källdokumenten står i content/_data/sources.yml: {string.Join(", ", known)}.");

    public static Diagnostic UnknownPageId(SourcePosition at, string key, string id, string? suggestion) => Error(at, "VBE013",
        $"'{key}' anger en sida '{id}' som inte finns.",
        suggestion is null ? "använd filnamnet (utan .md) för en sida som finns." : $"menade du '{suggestion}'?");

    public static Diagnostic IntroductionStepOrder(SourcePosition at, int step, string problem) => Error(at, "VBE014",
        $"introduktionens steg {step} {problem}.",
        "numrera introduktionens steg 1, 2, 3 … utan luckor eller upprepningar.");

    public static Diagnostic NotText(SourcePosition at, string problem) => Error(at, "VBE015",
        $"filen är ingen textfil: {problem}.",
        "spara sidan som UTF-8-text, eller ta bort filen om den inte är en sida.");

    public static Diagnostic EmptyFile(SourcePosition at) => Error(at, "VBE016",
        "filen är tom.",
        "lägg till front matter och text, eller ta bort filen.");

    public static Diagnostic LinkOutsideContent(SourcePosition at, string target) => Error(at, "VBE017",
        $"länken '{target}' går utanför content/.",
        "länka bara till sidor och bilder i content/.");

    public static Diagnostic UnsafeLink(SourcePosition at, string target) => Error(at, "VBE018",
        $"länken '{target}' använder ett protokoll som inte är tillåtet.",
        "använd https:, http:, mailto: eller en relativ länk till en .md-sida.");

    public static Diagnostic FileTooLarge(SourcePosition at, long bytes, long limit) => Error(at, "VBE019",
        $"filen är {bytes / 1024} KiB; en sida får vara högst {limit / 1024} KiB.",
        "dela upp sidan i flera sidor.");

    public static Diagnostic MissingImageAlt(SourcePosition at) => Error(at, "VBE020",
        "bilden saknar alternativtext.",
        "beskriv bilden: ![vad bilden visar](sökväg) eller ange 'imageAlt:' i front matter.");

    public static Diagnostic BadFileName(SourcePosition at, string name, string suggestion) => Error(at, "VBE021",
        $"filnamnet '{name}' är inget giltigt sid-id.",
        $"byt namn på filen till '{suggestion}' (små bokstäver a–z, 0–9 och '-').");

    public static Diagnostic UnsafeAlias(SourcePosition at, string alias) => Error(at, "VBE022",
        $"aliaset '{alias}' är ingen säker adress på webbplatsen.",
        "skriv den gamla adressen från webbplatsens rot med a–z, 0–9, '-', '_' och '/', till exempel 'rutiner/gammal-sida.html' (inget '..', inget 'https://', inget '?' eller '#').");

    public static Diagnostic AliasClash(SourcePosition at, string alias, string owner) => Error(at, "VBE023",
        $"aliaset '{alias}' är adressen till {owner}.",
        "ta bort aliaset: en omdirigering får inte ersätta en adress som webbplatsen redan använder.");

    public static Diagnostic DuplicateAlias(SourcePosition at, string alias, string otherFile) => Error(at, "VBE024",
        $"aliaset '{alias}' används också av {otherFile}.",
        "behåll aliaset på en sida: en gammal adress kan bara leda till en sida.");

    public static Diagnostic FlowHeadingMissing(SourcePosition at, string anchor, IEnumerable<string> known, string? suggestion) => Error(at, "VBE025",
        $"'flow' anger en rubrik '#{anchor}' som sidan inte har.",
        suggestion is not null ? $"menade du '{suggestion}'?" :
        known.Any() ? $"använd ankaret för en rubrik på sidan: {string.Join(", ", known.Take(8))}." : "lägg till en '## '-rubrik med en numrerad lista under.");

    public static Diagnostic FlowWithoutList(SourcePosition at, string anchor) => Error(at, "VBE025",
        $"rubriken '#{anchor}' som 'flow' anger har ingen numrerad lista direkt under sig.",
        "skriv stegen som en numrerad lista (1. 2. 3.) direkt efter rubriken, eller ta bort ankaret från 'flow'.");

    public static Diagnostic Placeholder(SourcePosition at, string placeholder) => Error(at, "VBE027",
        $"sidan har kvar text som redaktören ska byta ut: '{placeholder}'.",
        "skriv sidans egen text i stället (eller ta bort raden om nyckeln är frivillig); sidan publiceras först utan den.");

    public static Diagnostic ThemeLayoutMissing(SourcePosition at, string name) => Error(at, "VBE201",
        $"temat har ingen layout '{name}'.",
        $"lägg till {at.File}, eller återställ filen från git.");

    public static Diagnostic ThemeTemplateError(SourcePosition at, string problem) => Error(at, "VBE202",
        $"mallen går inte att tolka: {OneLine(problem)}.",
        "rätta Liquid-syntaxen på den här raden och kolumnen.");

    /// <summary>A message from a library (Fluid quotes the source on lines of its own) as one line of a diagnostic.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');

    public static Diagnostic TitleHeadingInBody(SourcePosition at) => Warning(at, "VBE101",
        "texten har en '# '-rubrik; sidans titel är redan sidans enda huvudrubrik (h1).",
        "ta bort rubriken, eller gör den till '## '.");

    public static Diagnostic ReviewOverdue(SourcePosition at, DateOnly due) => Warning(at, "VBE102",
        $"sidan skulle ha granskats senast {due:yyyy-MM-dd}.",
        "kontrollera sidan mot dess källor och sätt 'reviewed:' till dagens datum.");

    public static Diagnostic RawHtml(SourcePosition at) => Warning(at, "VBE103",
        "HTML återges inte; den visas som text.",
        "använd Markdown i stället för HTML.");

    public static Diagnostic EmptyHeading(SourcePosition at) => Warning(at, "VBE104",
        "rubriken har inga bokstäver eller siffror och får därför ett allmänt ankare.",
        "ge rubriken några ord text.");
}
