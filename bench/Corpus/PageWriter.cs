using System.Text;

namespace VbeKnowledge.Bench.Corpus;

/// <summary>Writes one page: front matter of its type (content/README.md, schema v1), then a body with headings, tables and links.</summary>
public sealed class PageWriter(IReadOnlyList<PageSpec> pages, ulong seed)
{
    private readonly PageSpec[] _targets = [.. pages.Where(p => p.IsLinkTarget)];

    public string Write(PageSpec page)
    {
        var rng = Rng.For(seed ^ 0x5EEDUL, page.Index);
        var b = new StringBuilder(4096);
        FrontMatter(b, page, rng);
        Body(b, page, rng);
        return b.ToString();
    }

    private void FrontMatter(StringBuilder b, PageSpec page, Rng rng)
    {
        var type = page.IsHome ? "page" : page.IsSectionIndex ? "section" : page.Section.Type;
        b.Append("---\n");
        b.Append("title: ").Append(Q(page.Title)).Append('\n');
        b.Append("type: ").Append(type).Append('\n');
        b.Append("summary: ").Append(Q(Text.Sentences(rng, 1, 2))).Append('\n');
        b.Append("owner: ").Append(Q("Syntetisk samordnare, " + rng.Pick(Words.Responsible).ToLowerInvariant())).Append('\n');
        if (type != "symbol")
        {
            b.Append("sources:\n");
            for (var i = rng.Between(1, 2); i > 0; i--)
                b.Append("  - document: ").Append(rng.Pick(Sections.SourceDocuments)).Append('\n')
                 .Append("    section: ").Append(Q("Avsnitt " + rng.Between(1, 9) + "." + rng.Between(1, 9))).Append('\n');
        }
        // A fixed date with a long interval: the corpus never turns overdue, whatever day the benchmark runs.
        b.Append("reviewed: 2026-01-15\nreviewInterval: 120\n");
        b.Append("tags: [").Append(string.Join(", ", Enumerable.Range(0, rng.Between(1, 4)).Select(_ => rng.Pick(Words.Nouns)).Distinct())).Append("]\n");
        b.Append("order: ").Append(page.IsSectionIndex ? Array.IndexOf(Sections.All, page.Section) * 10 + 10 : rng.Between(1, 100)).Append('\n');
        b.Append("related: [").Append(string.Join(", ", Enumerable.Range(0, rng.Between(0, 3)).Select(_ => rng.Pick(_targets).Id).Distinct())).Append("]\n");
        switch (type)
        {
            case "symbol": Symbol(b, rng); break;
            case "plan": Plan(b, rng); break;
            case "report": Report(b, rng); break;
            case "support-unit":
                b.Append("organisation: ").Append(Q("Syntetisk förvaltning " + rng.Between(1, 20))).Append('\n');
                b.Append("functions: [förebyggande, ").Append(rng.Pick(new[] { "upptäckande", "förhindrande", "åtgärdande" })).Append("]\n");
                b.Append("targetGroup: ").Append(Q(Text.Sentence(rng))).Append('\n');
                break;
            case "training":
                b.Append("format: ").Append(rng.Pick(new[] { "webbutbildning", "fördjupning", "föreläsning", "workshop", "läsning" })).Append('\n');
                b.Append("audience: ").Append(Q(Text.Sentence(rng))).Append('\n');
                b.Append("whereToFind: ").Append(Q("I stadens utbildningsportal")).Append('\n');
                break;
            case "introduction":
                b.Append("step: ").Append(page.Step).Append('\n');
                b.Append("minutes: ").Append(rng.Between(5, 30)).Append('\n');
                b.Append("links: [").Append(rng.Pick(_targets).Id).Append(", ").Append(rng.Pick(_targets).Id).Append("]\n");
                break;
            case "term":
                if (rng.Chance(40)) b.Append("expansion: ").Append(Q(Text.Phrase(rng, 3))).Append('\n');
                b.Append("definition: ").Append(Q(Text.Sentence(rng))).Append('\n');
                b.Append("synonyms: [").Append(rng.Pick(Words.Nouns)).Append("]\n");
                break;
        }
        b.Append("---\n");
    }

    private static void Symbol(StringBuilder b, Rng rng)
    {
        b.Append("otherNames: [").Append(Q(Text.Capitalize(Text.Phrase(rng, 2)))).Append(", ").Append(Q(Text.Capitalize(rng.Pick(Words.Nouns)))).Append("]\n");
        b.Append("environment: ").Append(rng.Pick(new[] { "vit-makt", "autonoma", "islamistiska", "allmanna-koder" })).Append('\n');
        b.Append("meaning: ").Append(Q(Text.Sentences(rng, 1, 2))).Append('\n');
        b.Append("seenIn: [graffiti, ").Append(rng.Pick(new[] { "klistermarken", "kladsel", "tatueringar", "natet", "flaggor", "musik", "smycken" })).Append("]\n");
        b.Append("harmless: ").Append(Q(Text.Sentence(rng))).Append('\n');
        b.Append("action: ").Append(Q(Text.Sentence(rng))).Append('\n');
        b.Append("publicSources:\n  - ").Append(Q("Syntetisk källa: " + Text.Phrase(rng, 3))).Append('\n');
    }

    private static void Plan(StringBuilder b, Rng rng)
    {
        b.Append("board: ").Append(Q("Syntetisk stadsdelsnämnd " + rng.Between(1, 30))).Append('\n');
        b.Append("period: \"").Append(rng.Between(2016, 2026)).Append("\"\n");
        b.Append("revision: ").Append(Q("Revideras årligen.")).Append('\n');
        b.Append("followUp: ").Append(Q(Text.Sentence(rng))).Append('\n');
        b.Append("activities:\n");
        var areas = new[] { "förebyggande", "förhindrande", "kompetenshöjande", "föreningsbidrag-och-lokaler" };
        for (var i = rng.Between(3, 15); i > 0; i--)
        {
            b.Append("  - area: ").Append(rng.Pick(areas)).Append('\n');
            b.Append("    activity: ").Append(Q(Text.Sentences(rng, 1, 2))).Append('\n');
            b.Append("    responsible: ").Append(Q(rng.Pick(Words.Responsible))).Append('\n');
            b.Append("    schedule: ").Append(Q(rng.Pick(Words.Schedules))).Append('\n');
            if (rng.Chance(70)) b.Append("    followUp: ").Append(Q("Årligen inom ramen för verksamhetsberättelsen")).Append('\n');
        }
    }

    private static void Report(StringBuilder b, Rng rng)
    {
        b.Append("publisher: ").Append(Q("Syntetiskt revisionskontor")).Append('\n');
        b.Append("reportNumber: \"").Append(rng.Between(1, 9)).Append('/').Append(rng.Between(2015, 2025)).Append("\"\n");
        if (!rng.Chance(50)) return;
        b.Append("figures:\n  title: ").Append(Q("Medarbetare som " + Text.Phrase(rng, 2))).Append('\n');
        b.Append("  asOf: 2025-09-01\n  rows:\n");
        for (var i = rng.Between(2, 6); i > 0; i--)
        {
            var value = rng.Between(10, 900);
            b.Append("    - label: ").Append(Q("Stadsdel " + rng.Between(1, 14))).Append('\n')
             .Append("      value: ").Append(value).Append('\n')
             .Append("      total: ").Append(value + rng.Between(0, 2000)).Append('\n');
        }
    }

    private void Body(StringBuilder b, PageSpec page, Rng rng)
    {
        b.Append(Paragraph(page, rng)).Append("\n\n");
        foreach (var heading in page.Headings)
        {
            b.Append("## ").Append(heading).Append("\n\n");
            for (var i = rng.Between(1, 3); i > 0; i--) b.Append(Paragraph(page, rng)).Append("\n\n");
            if (rng.Chance(25)) Table(b, rng);
            if (rng.Chance(30))
            {
                for (var i = rng.Between(2, 5); i > 0; i--) b.Append("- ").Append(Text.Sentence(rng)).Append('\n');
                b.Append('\n');
            }
            if (rng.Chance(20)) b.Append("### ").Append(Text.Capitalize(Text.Phrase(rng, 2))).Append(' ').Append(rng.Between(1, 99)).Append("\n\n").Append(Paragraph(page, rng)).Append("\n\n");
        }
    }

    /// <summary>Sentences with an internal link in about every other paragraph, a third of them to a heading.</summary>
    private string Paragraph(PageSpec page, Rng rng)
    {
        var text = Text.Sentences(rng, 2, 6);
        if (!rng.Chance(50)) return text;
        var target = rng.Pick(_targets);
        var href = (page.IsHome ? "" : "../") + target.Section.Folder + "/" + target.Id + ".md";
        if (rng.Chance(33)) href += "#" + Text.Slug(rng.Pick(target.Headings));
        return text + " Läs mer om [" + target.Title.ToLowerInvariant() + "](" + href + ").";
    }

    private static void Table(StringBuilder b, Rng rng)
    {
        b.Append("| Vem | Vad | När |\n|---|---|---|\n");
        for (var i = rng.Between(2, 6); i > 0; i--)
            b.Append("| ").Append(rng.Pick(Words.Responsible)).Append(" | ").Append(Text.Capitalize(Text.Phrase(rng, 3))).Append(" | ").Append(rng.Pick(Words.Schedules)).Append(" |\n");
        b.Append('\n');
    }

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
