namespace VbeKnowledge.Bench.Corpus;

/// <summary>What is known of every page before any is written, so links can point at real pages and headings.</summary>
public sealed record PageSpec(int Index, Section Section, string Id, string Title, string[] Headings, bool IsSectionIndex, int Step)
{
    public bool IsHome => Id == "start";

    /// <summary>The path under content/.</summary>
    public string Path => IsHome ? "index.md" : Section.Folder + "/" + (IsSectionIndex ? "_index.md" : Id + ".md");

    public bool IsLinkTarget => !IsHome && !IsSectionIndex;
}

public static class PagePlan
{
    /// <summary>N pages: the start page, one _index.md per section, the introduction steps, the rest by weight.</summary>
    public static List<PageSpec> Create(int count, ulong seed)
    {
        var sections = Sections.All;
        var fixedPages = 1 + sections.Length + Sections.IntroductionSteps;
        if (count < fixedPages + sections.Length) throw new ArgumentException($"--pages must be at least {fixedPages + sections.Length}.");
        var rest = count - fixedPages;
        var totalWeight = sections.Sum(s => s.Weight);
        var perSection = sections.Select(s => rest * s.Weight / totalWeight).ToArray();
        for (var i = 0; perSection.Sum() < rest; i = (i + 1) % sections.Length) if (sections[i].Weight > 0) perSection[i]++;
        perSection[Array.FindIndex(sections, s => s.Type == "introduction")] = Sections.IntroductionSteps;

        var pages = new List<PageSpec>(count);
        PageSpec Add(Section section, string id, string title, bool isIndex, int step)
        {
            var rng = Rng.For(seed, pages.Count);
            var headings = new List<string>();
            var slugs = new HashSet<string>();
            var wanted = isIndex ? rng.Between(1, 3) : rng.Between(3, 7);
            while (headings.Count < wanted)
            {
                var heading = Text.Heading(rng);
                if (slugs.Add(Text.Slug(heading))) headings.Add(heading);
            }
            var spec = new PageSpec(pages.Count, section, id, title, [.. headings], isIndex, step);
            pages.Add(spec);
            return spec;
        }

        Add(sections[0], "start", "Kunskapsbanken om våldsbejakande extremism", false, 0);
        for (var s = 0; s < sections.Length; s++)
        {
            var section = sections[s];
            Add(section, section.Folder, section.Title, true, 0);
            for (var n = 1; n <= perSection[s]; n++)
            {
                var titleRng = Rng.For(seed ^ 0xA5A5UL, pages.Count);
                var title = section.Type == "introduction"
                    ? $"Steg {n}: {Text.Capitalize(Text.Phrase(titleRng, 2))}"
                    : $"{section.Label} om {Text.Phrase(titleRng, titleRng.Between(1, 3))} {n}";
                Add(section, $"{section.IdPrefix}-{n:D5}", title, false, section.Type == "introduction" ? n : 0);
            }
        }
        return pages;
    }
}
