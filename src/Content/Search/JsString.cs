using System.Globalization;
using System.Text;

namespace VbeKnowledge.Content.Search;

/// <summary>JavaScript string semantics that lunr relies on (lowercasing, \s, slice, parseInt, key order).</summary>
internal static class JsString
{
    /// <summary>JS <c>\s</c> (lunr-index.md §3); also the lunr separator together with '-'.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        >= '\u0009' and <= '\u000D' => true,
        '\u0020' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>lunr.tokenizer.separator <c>/[\s\-]+/</c> tested on one code unit (lunr-index.md §3).</summary>
    public static bool IsSeparator(char c) => c == '-' || IsWhiteSpace(c);

    /// <summary>
    /// <c>String.prototype.toLowerCase</c>: .NET invariant simple case mapping patched for the two
    /// differences that matter (lunr-index.md §8.2): İ becomes "i̇" and a final Σ becomes ς.
    /// </summary>
    public static string ToLowerCase(string s)
    {
        if (s.AsSpan().IndexOfAny('\u0130', '\u03A3') < 0) return s.ToLowerInvariant();
        var lower = s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length + 4);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\u0130') sb.Append("i\u0307");
            else if (c == '\u03A3') sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            else sb.Append(lower[i]);
        }
        return sb.ToString();
    }

    // Unicode Final_Sigma: preceded by a cased letter (skipping case-ignorables), not followed by one.
    private static bool IsFinalSigma(string s, int at)
    {
        var i = at;
        var before = false;
        while (i > 0)
        {
            var cp = CodePointBefore(s, i, out var width);
            i -= width;
            if (IsCaseIgnorable(cp)) continue;
            before = IsCased(cp);
            break;
        }
        if (!before) return false;
        i = at + 1;
        while (i < s.Length)
        {
            var cp = CodePointAt(s, i, out var width);
            i += width;
            if (IsCaseIgnorable(cp)) continue;
            return !IsCased(cp);
        }
        return true;
    }

    private static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }

    private static int CodePointBefore(string s, int i, out int width)
    {
        if (char.IsLowSurrogate(s[i - 1]) && i >= 2 && char.IsHighSurrogate(s[i - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i - 2], s[i - 1]);
        }
        width = 1;
        return s[i - 1];
    }

    private static bool IsCased(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter) return true;
        // Other_Lowercase / Other_Uppercase (PropList.txt)
        return cp is 0xAA or 0xBA or (>= 0x2B0 and <= 0x2B8) or 0x2C0 or 0x2C1 or (>= 0x2E0 and <= 0x2E4) or 0x345 or 0x37A
            or (>= 0x1D2C and <= 0x1D6A) or 0x1D78 or (>= 0x1D9B and <= 0x1DBF) or 0x2071 or 0x207F or (>= 0x2090 and <= 0x209C)
            or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9) or 0x2C7C or 0x2C7D or 0xA69C or 0xA69D or 0xA770
            or 0xA7F8 or 0xA7F9 or (>= 0xAB5C and <= 0xAB5F);
    }

    private static bool IsCaseIgnorable(int cp)
    {
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol) return true;
        // Word_Break MidLetter, MidNumLet, Single_Quote
        return cp is 0x27 or 0x2E or 0x3A or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
    }

    /// <summary><c>String.prototype.slice(start, end)</c> for non-negative arguments.</summary>
    public static string Slice(string s, int start, int end)
    {
        start = Math.Min(start, s.Length);
        end = Math.Min(end, s.Length);
        return end > start ? s.Substring(start, end - start) : "";
    }

    /// <summary><c>parseInt(s, 10)</c>; NaN when no digits.</summary>
    public static double ParseInt(string s)
    {
        var i = 0;
        while (i < s.Length && IsWhiteSpace(s[i])) i++;
        var sign = 1.0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            if (s[i] == '-') sign = -1;
            i++;
        }
        var start = i;
        while (i < s.Length && s[i] is >= '0' and <= '9') i++;
        if (i == start) return double.NaN;
        return sign * double.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// True for an array-index key ("0", "17", not "017", below 2^32−1), which JS objects enumerate
    /// first, ascending (lunr-index.md §2, doc order in a field object).
    /// </summary>
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10) return false;
        if (key[0] == '0') return key.Length == 1;
        ulong v = 0;
        foreach (var c in key)
        {
            if (c is < '0' or > '9') return false;
            v = v * 10 + (ulong)(c - '0');
        }
        if (v >= uint.MaxValue) return false;
        value = (uint)v;
        return true;
    }

    /// <summary>Orders items the way <c>Object.keys</c> orders their keys inserted in list order.</summary>
    public static T[] InKeyOrder<T>(IReadOnlyList<T> items, Func<T, string> key)
    {
        var result = new T[items.Count];
        List<(uint Value, T Item)>? indices = null;
        var n = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (IsArrayIndex(key(items[i]), out var v)) (indices ??= []).Add((v, items[i]));
        }
        if (indices is null)
        {
            for (var i = 0; i < items.Count; i++) result[i] = items[i];
            return result;
        }
        indices.Sort((a, b) => a.Value.CompareTo(b.Value));
        foreach (var (_, item) in indices) result[n++] = item;
        for (var i = 0; i < items.Count; i++)
        {
            if (!IsArrayIndex(key(items[i]), out _)) result[n++] = items[i];
        }
        return result;
    }
}
