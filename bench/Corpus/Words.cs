namespace VbeKnowledge.Bench.Corpus;

/// <summary>
/// Swedish-like vocabulary of the knowledge base's domain, with inflected forms so the Swedish
/// stemmer and the index see realistic variety. Invented sentences, never real facts.
/// </summary>
public static class Words
{
    public static readonly string[] Nouns =
    [
        "rutin", "rutinen", "rutiner", "rutinerna", "oro", "oron", "samordnare", "samordnaren", "samordnarna",
        "skola", "skolan", "skolor", "skolorna", "förvaltning", "förvaltningen", "förvaltningar", "nämnd", "nämnden",
        "nämnder", "medarbetare", "medarbetaren", "medarbetarna", "chef", "chefen", "chefer", "polis", "polisen",
        "socialtjänst", "socialtjänsten", "ungdom", "ungdomen", "ungdomar", "ungdomarna", "förälder", "föräldern",
        "föräldrar", "anhöriga", "samverkan", "lägesbild", "lägesbilden", "handlingsplan", "handlingsplanen",
        "aktivitet", "aktiviteten", "aktiviteter", "aktiviteterna", "uppföljning", "uppföljningen", "sekretess",
        "sekretessen", "samtycke", "samtycket", "orosanmälan", "anmälan", "symbol", "symbolen", "symboler",
        "symbolerna", "klotter", "klottret", "klistermärke", "klistermärken", "miljö", "miljön", "miljöer",
        "extremism", "extremismen", "radikalisering", "radikaliseringen", "avhoppare", "avhopparen", "stöd", "stödet",
        "utbildning", "utbildningen", "utbildningar", "kunskap", "kunskapen", "kompetens", "kompetensen",
        "verksamhet", "verksamheten", "verksamheter", "stadsdel", "stadsdelen", "stadsdelar", "fritidsgård",
        "fritidsgården", "förening", "föreningen", "föreningar", "lokal", "lokalen", "lokaler", "bidrag", "bidraget",
        "riktlinje", "riktlinjen", "riktlinjer", "riktlinjerna", "ansvar", "ansvaret", "ansvarig", "ansvariga",
        "information", "informationen", "kontakt", "kontakten", "kontakter", "händelse", "händelsen", "händelser",
        "risk", "risken", "risker", "skydd", "skyddet", "trygghet", "tryggheten", "demokrati", "demokratin",
        "dialog", "dialogen", "nätverk", "nätverket", "individ", "individen", "individer", "familj", "familjen",
        "familjer", "insats", "insatsen", "insatser", "insatserna", "bedömning", "bedömningen", "beslut", "beslutet",
        "blankett", "blanketten", "formulär", "formuläret", "granskning", "granskningen", "rapport", "rapporten",
    ];

    public static readonly string[] Verbs =
    [
        "kontaktar", "kontakta", "kontaktade", "dokumenterar", "dokumentera", "dokumenterade", "rapporterar",
        "rapportera", "rapporterade", "samverkar", "samverka", "samverkade", "följer", "följa", "följde", "bedömer",
        "bedöma", "bedömde", "stödjer", "stödja", "stödde", "informerar", "informera", "informerade", "upptäcker",
        "upptäcka", "upptäckte", "förebygger", "förebygga", "förebyggde", "motverkar", "motverka", "motverkade",
        "samlar", "samla", "samlade", "ansvarar", "ansvara", "ansvarade", "genomför", "genomföra", "genomförde",
        "beskriver", "beskriva", "beskrev", "granskar", "granska", "granskade", "utbildar", "utbilda", "utbildade",
        "lyssnar", "lyssna", "lyssnade", "frågar", "fråga", "frågade", "hänvisar", "hänvisa", "hänvisade",
    ];

    public static readonly string[] Adjectives =
    [
        "lokal", "lokala", "lokalt", "tydlig", "tydliga", "tydligt", "gemensam", "gemensamma", "gemensamt",
        "förebyggande", "förhindrande", "kompetenshöjande", "våldsbejakande", "orolig", "oroliga", "oroligt",
        "ansvarig", "ansvariga", "snabb", "snabba", "snabbt", "viktig", "viktiga", "viktigt", "aktuell", "aktuella",
        "aktuellt", "regelbunden", "regelbundna", "regelbundet", "särskild", "särskilda", "särskilt", "ny", "nya",
        "nytt", "berörd", "berörda", "berört", "stadsövergripande", "årlig", "årliga", "årligt", "trygg", "trygga",
    ];

    public static readonly string[] Glue =
    [
        "och", "eller", "men", "för", "med", "om", "i", "på", "till", "från", "när", "som", "att", "inom", "enligt",
        "efter", "innan", "utan", "mellan", "hos", "vid", "under", "över",
    ];

    public static readonly string[] Subjects =
    [
        "Du", "Samordnaren", "Chefen", "Medarbetaren", "Nämnden", "Förvaltningen", "Socialtjänsten", "Skolan",
        "Verksamheten", "Den lokala samordnaren", "Enhetschefen", "Fältassistenten",
    ];

    public static readonly string[] HeadingHeads =
    [
        "Så", "Vem", "När", "Vad", "Varför", "Hur", "Steg", "Ansvar för", "Stöd vid", "Kontakt med", "Frågor om",
        "Bakgrund till", "Uppföljning av", "Samverkan kring", "Dokumentation av", "Sekretess vid",
    ];

    public static readonly string[] Responsible =
    [
        "Samordnare", "Enhetschef", "Avdelningschef", "Fältassistenter", "Social omsorg", "Förvaltningsledning",
        "Kommunikationsenheten", "Fritidsgårdarna", "Skolledningen", "HR-avdelningen",
    ];

    public static readonly string[] Schedules = ["Pågående", "Årligen", "Varje termin", "Under våren", "Under hösten", "Vid behov", "Kvartalsvis"];
}
