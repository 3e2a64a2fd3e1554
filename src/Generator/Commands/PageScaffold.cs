using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Commands;

/// <summary>The front matter a new page of each type starts with, with Swedish comments on every field.</summary>
public static class PageScaffold
{
    public static string DefaultSection(PageType type) => type switch
    {
        PageType.Routine => "rutiner",
        PageType.Symbol => "symboler",
        PageType.Plan => "handlingsplaner",
        PageType.Training => "utbildning",
        PageType.Introduction => "introduktion",
        PageType.Term => "ordlista",
        PageType.SupportUnit => "stodenheter",
        PageType.Report => "granskning",
        PageType.Guideline => "riktlinjer",
        PageType.Legal => "juridik",
        _ => "om-vbe",
    };

    public static string For(PageType type, string title, DateOnly today)
    {
        var common = $$"""
            ---
            title: "{{title.Replace("\"", "\\\"")}}"   # Sidans rubrik (visas som h1; skriv inte '# ' i texten)
            type: {{type.Name()}}
            summary: "FYLL I: en eller två meningar om vad sidan hjälper läsaren med."   # Visas i listor och sökträffar
            owner: "FYLL I: en roll, inte ett namn, t.ex. Lokal samordnare mot våldsbejakande extremism"
            sources:                        # Vilket dokument och vilket avsnitt sidan bygger på
              - document: revisionsrapport-2019   # En nyckel från content/_data/sources.yml
                section: "FYLL I: avsnittets rubrik eller sida"
            reviewed: {{today:yyyy-MM-dd}}              # Datum då sidan senast granskades mot källorna
            tags: []                        # Sökord med små bokstäver, t.ex. [oro, rutin]
            """;
        var extra = type switch
        {
            PageType.Symbol => """
                otherNames: []                  # Andra namn och stavningar (blir sökbara)
                environment: vit-makt           # vit-makt | autonoma | islamistiska | allmanna-koder
                meaning: "FYLL I: vad symbolen står för."
                seenIn: [graffiti]              # graffiti, klistermarken, kladsel, tatueringar, natet, flaggor, musik, smycken
                harmless: "FYLL I: när symbolen är harmlös eller betyder något annat."
                action: "FYLL I: vad du gör när du ser den."
                publicSources: ["FYLL I: organisation och material, t.ex. Expo"]
                """,
            PageType.Plan => """
                board: "FYLL I: nämndens namn"
                period: "FYLL I: t.ex. 2024"
                revision: Revideras årligen
                followUp: "FYLL I: hur planen följs upp"
                activities:                     # En rad per aktivitet, ordagrant från källan
                  - area: förebyggande          # förebyggande | förhindrande | kompetenshöjande | föreningsbidrag-och-lokaler (utelämna om källan inte anger område)
                    activity: "FYLL I: aktiviteten"
                    responsible: "FYLL I: ansvarig"
                    schedule: "FYLL I: tidplan"
                    followUp: "FYLL I: uppföljning"
                """,
            PageType.Report => """
                publisher: "FYLL I: t.ex. Revisionskontoret"
                """,
            PageType.SupportUnit => """
                organisation: Socialförvaltningen
                functions: [förebyggande]       # förebyggande, upptäckande, förhindrande, åtgärdande
                targetGroup: "FYLL I: vilka enheten vänder sig till"
                """,
            PageType.Training => """
                format: webbutbildning          # webbutbildning | fördjupning | föreläsning | workshop | läsning
                audience: "FYLL I: vilka utbildningen är för"
                whereToFind: "FYLL I: var personalen hittar den (hitta inte på adresser)"
                """,
            PageType.Introduction => """
                step: 99                        # Stegets nummer: 1, 2, 3 … utan luckor
                minutes: 15                     # Ungefärlig tid i minuter
                links: [vad-ar-vbe]             # Id:n (filnamn utan .md) för sidor att läsa i steget
                """,
            PageType.Term => """
                expansion: ""                   # Hela formen om termen är en förkortning
                definition: "FYLL I: kort definition i klartext."
                """,
            _ => "",
        };
        return common + "\n" + (extra.Length > 0 ? extra + "\n" : "") + "---\n\nFYLL I: skriv sidans text här. Använd ## för mellanrubriker.\n";
    }
}
