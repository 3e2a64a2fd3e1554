namespace VbeKnowledge.Content.Search.Compounds;

/// <summary>
/// Splits a Swedish compound into its parts with the compound flags of a Hunspell dictionary
/// (npm's dictionary-sv): the first part must be a word that may begin a compound (COMPOUNDBEGIN),
/// any further inner part one that may sit in the middle (COMPOUNDMIDDLE), and the last one a word,
/// in any inflected form, that may end one (COMPOUNDEND). The linking -s- and -e- (and -a-, -o-,
/// -u-) are the dictionary's own: its affix rules give the forms a word takes before another
/// (handling → handlings-, tjänst → tjänste-, skola → skol-), and such a form stands for its root
/// word. A word the list allows with a trailing hyphen (oros-, as in "oros- och ångestkänslor") may
/// begin a compound too. Every part has at least <see cref="MinPart"/> letters, and at least
/// <see cref="MinPartOfListedWord"/> when the list has the whole word on its own (which keeps kontakten,
/// samverkan and förslag whole, not kon + takten); the first part is the longest that gives a split; a
/// first part that is itself a compound is split again.
/// </summary>
public sealed class CompoundSplitter
{
    /// <summary>The fewest letters of a part (the affix file's own COMPOUNDMIN is 1, which splits far too much).</summary>
    public const int MinPart = 3;
    /// <summary>The fewest letters of a part of a word the list has on its own.</summary>
    public const int MinPartOfListedWord = 4;
    /// <summary>The most parts one split gives (the affix file leaves COMPOUNDWORDMAX unset).</summary>
    public const int MaxParts = 3;

    private readonly HunspellDictionary _dictionary;
    private readonly HunspellDictionary.Flags _flags;
    private readonly HashSet<char> _hyphenFlags;

    public CompoundSplitter(HunspellDictionary dictionary, IEnumerable<char> hyphenFlags)
    {
        _dictionary = dictionary;
        _flags = dictionary.CompoundFlags;
        _hyphenFlags = [.. hyphenFlags];
    }

    /// <summary>A splitter for dictionary-sv (index.aff, index.dic in <paramref name="folder"/>).</summary>
    public static CompoundSplitter Load(string folder)
    {
        var aff = Path.Combine(folder, "index.aff");
        return new CompoundSplitter(HunspellDictionary.Load(aff, Path.Combine(folder, "index.dic")), HyphenFlags(aff));
    }

    // Flags of the rules that only add a hyphen ("SFX b 0 - ."): the word written before another one.
    private static IEnumerable<char> HyphenFlags(string aff) => File.ReadLines(aff)
        .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Where(f => f.Length >= 5 && f[0] == "SFX" && f[1].Length == 1 && f[2] == "0" && (f[3] == "-" || f[3].StartsWith("-/", StringComparison.Ordinal)))
        .Select(f => f[1][0]);

    /// <summary>
    /// The parts of a lowercased word, each as the word it stands for (a linking form as its root:
    /// "handlingsplan" → handling, plan; "socialtjänsten" → social, tjänsten), with the parts of a
    /// first part that is a compound itself; empty when the word is no compound.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < 2 * MinPart || !word.All(char.IsLetter)) return [];
        var parts = new List<string>();
        Collect(word, parts, 0);
        return parts;
    }

    private void Collect(string word, List<string> into, int depth)
    {
        if (depth > 2 || Best(word, _dictionary.Analyses(word).Any() ? MinPartOfListedWord : MinPart) is not { } parts) return;
        foreach (var part in parts)
        {
            if (!into.Contains(part)) into.Add(part);
        }
        Collect(parts[0], into, depth + 1);
    }

    private List<string>? Best(string word, int min)
    {
        for (var i = word.Length - min; i >= min; i--)
        {
            if (BeginBase(word[..i]) is not { } begin) continue;
            if (Tail(word[i..], begin, 1, min) is { } tail) return [begin, .. tail];
        }
        return null;
    }

    private List<string>? Tail(string rest, string previous, int count, int min)
    {
        if (EndBase(rest) is { } end && end != previous) return [end];   // CHECKCOMPOUNDDUP: no bil+bil
        if (count + 1 >= MaxParts) return null;
        for (var j = rest.Length - min; j >= min; j--)
        {
            if (MiddleBase(rest[..j]) is not { } middle || middle == previous) continue;
            if (Tail(rest[j..], middle, count + 1, min) is { } tail) return [middle, .. tail];
        }
        return null;
    }

    private string? BeginBase(string form)
    {
        foreach (var (root, flags, continuation) in _dictionary.Analyses(form))
        {
            if (Has(flags, _flags.Forbidden)) continue;
            if (continuation is null)
            {
                if (Has(flags, _flags.NeedAffix)) continue;
                if (Has(flags, _flags.Begin) || flags.Any(_hyphenFlags.Contains)) return root;
            }
            else if (Has(continuation, _flags.Begin)) return root;
        }
        return null;
    }

    private string? MiddleBase(string form)
    {
        foreach (var (root, flags, continuation) in _dictionary.Analyses(form))
        {
            if (Has(flags, _flags.Forbidden)) continue;
            if (continuation is null ? Has(flags, _flags.Middle) && !Has(flags, _flags.NeedAffix) : Has(continuation, _flags.Middle)) return root;
        }
        return null;
    }

    private string? EndBase(string form)
    {
        foreach (var (_, flags, continuation) in _dictionary.Analyses(form))
        {
            if (Has(flags, _flags.Forbidden) || !Has(flags, _flags.End)) continue;
            if (continuation is null ? !Has(flags, _flags.NeedAffix) : !Has(continuation, _flags.OnlyInCompound)) return form;
        }
        return null;
    }

    private static bool Has(string flags, char flag) => flag != '\0' && flags.Contains(flag);
}
