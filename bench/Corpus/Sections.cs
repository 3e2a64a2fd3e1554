namespace VbeKnowledge.Bench.Corpus;

/// <summary>A section folder of content/README.md's schema, its page type and its share of the corpus.</summary>
public sealed record Section(string Folder, string Type, string Title, string IdPrefix, string Label, int Weight);

public static class Sections
{
    /// <summary>
    /// The 13 folders of the schema. Weights lean on what grows in a real knowledge base: routines,
    /// symbols, plans and glossary terms. Introduction steps are fixed (they are numbered 1..N without gaps).
    /// </summary>
    public static readonly Section[] All =
    [
        new("om-vbe", "page", "Om våldsbejakande extremism", "om", "Om", 6),
        new("riktlinjer", "guideline", "Stadens riktlinjer", "riktlinje", "Riktlinje", 8),
        new("ansvar-och-samverkan", "page", "Ansvar och samverkan", "ansvar", "Ansvar", 6),
        new("rutiner", "routine", "Rutiner", "rutin", "Rutin", 16),
        new("juridik", "legal", "Juridik och sekretess", "juridik", "Juridik", 7),
        new("symboler", "symbol", "Symboler", "symbol", "Symbol", 15),
        new("handlingsplaner", "plan", "Handlingsplaner", "plan", "Handlingsplan", 10),
        new("granskning", "report", "Granskning och uppföljning", "rapport", "Rapport", 5),
        new("stodenheter", "support-unit", "Stödenheter", "enhet", "Stödenhet", 5),
        new("utbildning", "training", "Utbildning", "utbildning", "Utbildning", 6),
        new("introduktion", "introduction", "Introduktion för nya medarbetare", "steg", "Steg", 0),
        new("ordlista", "term", "Ordlista", "term", "Term", 12),
        new("for-redaktorer", "page", "För redaktörer", "redaktor", "Redaktörer", 4),
    ];

    public const int IntroductionSteps = 8;

    public static readonly string[] SourceDocuments =
    [
        "handlingsplan-norra-innerstaden-2023", "revisionsrapport-2019",
        "handlingsplan-hagersten-liljeholmen-2020", "handlingsplan-socialforvaltningen-2017-2018",
    ];

    /// <summary>content/_data/sources.yml of the corpus: the same keys as the real content, invented titles.</summary>
    public const string SourcesYaml = """
        handlingsplan-norra-innerstaden-2023:
          title: Syntetisk handlingsplan A
          publisher: Syntetisk förvaltning A
          year: "2023"
        revisionsrapport-2019:
          title: Syntetisk revisionsrapport
          publisher: Syntetiskt revisionskontor
          year: "2019"
        handlingsplan-hagersten-liljeholmen-2020:
          title: Syntetisk handlingsplan B
          publisher: Syntetisk förvaltning B
          year: "2020"
        handlingsplan-socialforvaltningen-2017-2018:
          title: Syntetisk handlingsplan C
          publisher: Syntetisk förvaltning C
          year: "2017–2018"

        """;

    public const string SynonymsYaml = """
        - [vbe, våldsbejakande extremism]
        - [blankett, formulär]

        """;
}
