namespace VbeKnowledge.Content.Search.Compounds;

/// <summary>
/// The part of a Hunspell dictionary (.aff + .dic, as npm's dictionary-sv ships them) that compound
/// splitting needs: the root words with their flags, the suffix rules, and the flags that say which
/// words may begin (COMPOUNDBEGIN), sit in the middle of (COMPOUNDMIDDLE) or end (COMPOUNDEND) a
/// compound, occur only inside one (ONLYINCOMPOUND), are forbidden (FORBIDDENWORD) or need an affix
/// (NEEDAFFIX). Prefix rules, COMPOUNDRULE (Swedish uses it only for numbers) and the spell-checking
/// settings are not read.
/// </summary>
public sealed class HunspellDictionary
{
    private readonly Dictionary<string, string> _roots;
    private readonly Dictionary<string, SuffixRule[]> _suffixesByAdd;

    private HunspellDictionary(Dictionary<string, string> roots, Dictionary<string, SuffixRule[]> suffixesByAdd, int longestAdd, Flags flags)
    {
        _roots = roots;
        _suffixesByAdd = suffixesByAdd;
        LongestSuffix = longestAdd;
        CompoundFlags = flags;
    }

    /// <summary>The compound flags the affix file declares ('\0' for one it does not).</summary>
    public Flags CompoundFlags { get; }

    /// <summary>How many root words the .dic holds (homonyms merged).</summary>
    public int RootCount => _roots.Count;

    internal int LongestSuffix { get; }

    /// <summary>Reads an affix file and its word list.</summary>
    /// <exception cref="InvalidDataException">The affix file is not UTF-8 or uses long or numeric flags.</exception>
    public static HunspellDictionary Load(string affPath, string dicPath)
    {
        var rules = new List<SuffixRule>();
        var crossProducts = new Dictionary<char, bool>();
        char begin = '\0', middle = '\0', end = '\0', onlyIn = '\0', forbidden = '\0', needAffix = '\0', permit = '\0';
        foreach (var raw in File.ReadLines(affPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            switch (f[0])
            {
                case "SET" when f.Length > 1 && !f[1].Equals("UTF-8", StringComparison.OrdinalIgnoreCase):
                    throw new InvalidDataException($"{affPath}: only UTF-8 dictionaries are supported, not {f[1]}.");
                case "FLAG" when f.Length > 1:
                    throw new InvalidDataException($"{affPath}: only single-character flags are supported, not FLAG {f[1]}.");
                case "COMPOUNDBEGIN": begin = FlagOf(f); break;
                case "COMPOUNDMIDDLE": middle = FlagOf(f); break;
                case "COMPOUNDEND": end = FlagOf(f); break;
                case "ONLYINCOMPOUND": onlyIn = FlagOf(f); break;
                case "FORBIDDENWORD": forbidden = FlagOf(f); break;
                case "NEEDAFFIX": needAffix = FlagOf(f); break;
                case "COMPOUNDPERMITFLAG": permit = FlagOf(f); break;
                case "SFX" when f.Length == 4 && f[1].Length == 1 && (f[2] == "Y" || f[2] == "N"):
                    crossProducts[f[1][0]] = f[2] == "Y";    // a rule group's header
                    break;
                case "SFX" when f.Length >= 5 && f[1].Length == 1:
                    var slash = f[3].IndexOf('/');
                    var add = slash < 0 ? f[3] : f[3][..slash];
                    var continuation = slash < 0 ? "" : f[3][(slash + 1)..];
                    rules.Add(new SuffixRule(f[1][0], f[2] == "0" ? "" : f[2], add == "0" ? "" : add, continuation, Condition.Parse(f[4])));
                    break;
            }
        }
        var byAdd = rules.GroupBy(r => r.Add, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var longest = rules.Count == 0 ? 0 : rules.Max(r => r.Add.Length);

        var roots = new Dictionary<string, string>(200_000, StringComparer.Ordinal);
        using (var reader = new StreamReader(dicPath, System.Text.Encoding.UTF8))
        {
            reader.ReadLine();   // the approximate word count
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.Contains(' ') || line.Contains('\t')) continue;   // multi-word entries never sit in one token
                var slash = line.IndexOf('/');
                var word = (slash < 0 ? line : line[..slash]).ToLowerInvariant();
                var wordFlags = slash < 0 ? "" : line[(slash + 1)..];
                // Homonyms (skola/AjmNP, skola/AEGPY) merge their flags.
                roots[word] = roots.TryGetValue(word, out var existing) ? existing + wordFlags : wordFlags;
            }
        }
        return new HunspellDictionary(roots, byAdd, longest, new Flags(begin, middle, end, onlyIn, forbidden, needAffix, permit));
    }

    private static char FlagOf(string[] fields) => fields.Length > 1 && fields[1].Length == 1 ? fields[1][0]
        : throw new InvalidDataException($"'{string.Join(' ', fields)}': only single-character flags are supported.");

    /// <summary>The flags of a root word, or null when the .dic does not list it.</summary>
    public string? RootFlags(string word) => _roots.GetValueOrDefault(word);

    /// <summary>
    /// Every way <paramref name="form"/> is a root word or a root with one suffix rule applied:
    /// (root, the root's flags, the rule's continuation flags; null for the bare root).
    /// </summary>
    public IEnumerable<(string Root, string RootFlags, string? Continuation)> Analyses(string form)
    {
        if (_roots.TryGetValue(form, out var flags)) yield return (form, flags, null);
        for (var length = 0; length <= Math.Min(LongestSuffix, form.Length - 1); length++)
        {
            if (!_suffixesByAdd.TryGetValue(form[^length..], out var rules)) continue;
            var stem = form[..^length];
            foreach (var rule in rules)
            {
                var root = stem + rule.Strip;
                if (!_roots.TryGetValue(root, out var rootFlags) || !rootFlags.Contains(rule.Flag) || !rule.Condition.Matches(root)) continue;
                yield return (root, rootFlags, rule.Continuation);
            }
        }
    }

    /// <summary>The compound flags of an affix file; '\0' where it declares none.</summary>
    public readonly record struct Flags(char Begin, char Middle, char End, char OnlyInCompound, char Forbidden, char NeedAffix, char Permit);

    private sealed record SuffixRule(char Flag, string Strip, string Add, string Continuation, Condition Condition);

    /// <summary>A rule's condition: a Hunspell pattern ("[^ae]", "[^m]el", ".") matched against the end of the root.</summary>
    private sealed class Condition
    {
        private readonly (string Chars, bool Negated)[] _positions;

        private Condition((string, bool)[] positions) => _positions = positions;

        public static Condition Parse(string pattern)
        {
            var positions = new List<(string, bool)>();
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '.') positions.Add(("", true));
                else if (pattern[i] == '[')
                {
                    var close = pattern.IndexOf(']', i);
                    if (close < 0) throw new InvalidDataException($"Unclosed '[' in the affix condition '{pattern}'.");
                    var negated = pattern[i + 1] == '^';
                    positions.Add((pattern[(i + (negated ? 2 : 1))..close], negated));
                    i = close;
                }
                else positions.Add((pattern[i].ToString(), false));
            }
            return new Condition(positions.ToArray());
        }

        public bool Matches(string root)
        {
            if (root.Length < _positions.Length) return false;
            var offset = root.Length - _positions.Length;
            for (var i = 0; i < _positions.Length; i++)
            {
                var (chars, negated) = _positions[i];
                if (chars.Contains(root[offset + i]) == negated) return false;
            }
            return true;
        }
    }
}
