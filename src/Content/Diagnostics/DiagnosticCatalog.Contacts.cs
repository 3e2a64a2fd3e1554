namespace VbeKnowledge.Content.Diagnostics;

/// <summary>
/// The diagnostics of the routines' action block: the contacts of content/_data/contacts.yml (VBE030–VBE033) and
/// the "Gör så här nu" steps of a routine's <c>now:</c> (VBE034). In Swedish, since editors own these files.
/// </summary>
public static partial class DiagnosticCatalog
{
    private const string ContactFormat =
        "skriv varje kontakt som ett id följt av role, unit, hours, source (document och section) och phone eller whereToFind (se content/README.md).";

    public static Diagnostic UnknownContact(SourcePosition at, string id, IEnumerable<string> known, string? suggestion) => Error(at, "VBE030",
        $"'contacts' anger en kontakt '{id}' som inte finns i content/_data/contacts.yml.",
        suggestion is not null ? $"menade du '{suggestion}'?"
        : known.Any() ? $"använd id för en kontakt i content/_data/contacts.yml: {string.Join(", ", known)}."
        : "lägg till kontakten i content/_data/contacts.yml, eller ta bort id:t.");

    public static Diagnostic ContactsKeyShape(SourcePosition at) => Error(at, "VBE030",
        "'contacts' ska vara en lista med id för kontakter i content/_data/contacts.yml.",
        "skriv till exempel 'contacts: [socialjouren, samordnare]'.");

    public static Diagnostic BadPhone(SourcePosition at, string contact, string phone) => Error(at, "VBE031",
        $"telefonnumret '{phone}' för kontakten '{contact}' går inte att ringa: det får bara ha siffror, mellanslag och bindestreck (ett '+' först) och 3–15 siffror.",
        "skriv numret som källan anger det, med riktnummer först; ta bort bokstäver, parenteser och anknytningar. Anger ingen källa numret: ta bort 'phone:' och skriv var numret finns i 'whereToFind:'.");

    public static Diagnostic ContactWithoutNumber(SourcePosition at, string contact) => Error(at, "VBE032",
        $"kontakten '{contact}' har varken telefonnummer (phone) eller text om var personalen hittar numret (whereToFind).",
        "anger en källa numret: lägg till 'phone:'. Annars: lägg till 'whereToFind:' som säger var numret finns (till exempel på intranätet) – hitta aldrig på ett nummer.");

    public static Diagnostic ContactsFileShape(SourcePosition at) => Error(at, "VBE033",
        "kontaktfilen är inte en lista med kontakter (id följt av kontaktens nycklar).",
        ContactFormat);

    public static Diagnostic ContactEntryShape(SourcePosition at, string contact) => Error(at, "VBE033",
        $"kontakten '{contact}' är inte en rad med nycklar.",
        ContactFormat);

    public static Diagnostic ContactBadId(SourcePosition at, string contact, string suggestion) => Error(at, "VBE033",
        $"'{contact}' duger inte som id för en kontakt.",
        $"använd små bokstäver a–z, siffror och '-', till exempel '{suggestion}'.");

    public static Diagnostic ContactUnknownKey(SourcePosition at, string contact, string key, string? suggestion) => Error(at, "VBE033",
        $"okänd nyckel '{key}' i kontakten '{contact}'.",
        suggestion is null ? "använd bara nycklarna role, unit, phone, hours, source och whereToFind." : $"menade du '{suggestion}'?");

    public static Diagnostic ContactMissingKey(SourcePosition at, string contact, string key) => Error(at, "VBE033",
        $"kontakten '{contact}' saknar '{key}'.",
        key == "source"
            ? "ange vilken källa som säger det som står om kontakten: 'source:' med 'document:' (ett id ur content/_data/sources.yml) och 'section:' på raderna under."
            : $"lägg till '{key}: …' med en text på samma rad.");

    public static Diagnostic ContactUnknownSource(SourcePosition at, string contact, string document, IEnumerable<string> known, string? suggestion) => Error(at, "VBE033",
        $"kontakten '{contact}' hänvisar till ett källdokument '{document}' som inte finns.",
        (suggestion is null ? "" : $"menade du '{suggestion}'? ") + $"Källdokumenten finns i content/_data/sources.yml: {string.Join(", ", known)}.");

    public static Diagnostic NowShape(SourcePosition at) => Error(at, "VBE034",
        "'now' ska vara en lista med korta steg i text.",
        "skriv stegen som en lista, ett steg per rad: '  - Rapportera till din lokala samordnare.'");

    public static Diagnostic NowTooLong(SourcePosition at, int count, int most) => Error(at, "VBE034",
        $"'now' har {count} steg; rutan Gör så här nu får ha högst {most}, så att den syns direkt på en mobil.",
        "behåll de viktigaste stegen i 'now' och låt resten stå i sidans text.");

    public static Diagnostic NowStepTooLong(SourcePosition at, int length, int most) => Error(at, "VBE034",
        $"steget i 'now' är {length} tecken långt; ett steg får vara högst {most} tecken.",
        "korta steget till en mening och förklara resten i sidans text.");
}
