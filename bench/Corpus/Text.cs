using System.Text;

namespace VbeKnowledge.Bench.Corpus;

/// <summary>Sentences, headings and slugs made of <see cref="Words"/>.</summary>
public static class Text
{
    public static string Sentence(Rng rng)
    {
        var b = new StringBuilder();
        b.Append(rng.Pick(Words.Subjects)).Append(' ').Append(rng.Pick(Words.Verbs));
        var phrases = rng.Between(1, 3);
        for (var i = 0; i < phrases; i++)
        {
            b.Append(' ').Append(rng.Pick(Words.Glue));
            if (rng.Chance(50)) b.Append(' ').Append(rng.Pick(Words.Adjectives));
            b.Append(' ').Append(rng.Pick(Words.Nouns));
        }
        if (rng.Chance(30)) b.Append(", ").Append(rng.Pick(Words.Glue)).Append(' ').Append(rng.Pick(Words.Nouns));
        return b.Append('.').ToString();
    }

    public static string Sentences(Rng rng, int min, int max)
    {
        var count = rng.Between(min, max);
        var parts = new string[count];
        for (var i = 0; i < count; i++) parts[i] = Sentence(rng);
        return string.Join(' ', parts);
    }

    public static string Phrase(Rng rng, int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++) parts[i] = i % 2 == 0 ? rng.Pick(Words.Nouns) : rng.Pick(Words.Adjectives);
        return string.Join(' ', parts);
    }

    public static string Heading(Rng rng) => rng.Pick(Words.HeadingHeads) + " " + Phrase(rng, rng.Between(1, 3));

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>The anchor our generator gives a heading made only of letters and spaces (content/README.md: å/ä → a, ö → o).</summary>
    public static string Slug(string heading)
    {
        var b = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
            b.Append(c switch { 'å' or 'ä' => 'a', 'ö' => 'o', ' ' => '-', _ => c });
        return b.ToString();
    }
}
