namespace VbeKnowledge.Content.Search;

/// <summary>One suffix of a Snowball among-table (lunr.stemmer.support.js <c>Among</c>).</summary>
internal sealed class Among(string s, int substringI, int result)
{
    public readonly string S = s;
    public readonly int SubstringI = substringI;
    public readonly int Result = result;
}

/// <summary>
/// Port of lunr.stemmer.support.js <c>SnowballProgram</c> ("Snowball JavaScript Library v0.3"): the
/// cursor state and the grouping/among primitives the Swedish stemmer uses (lunr-index.md §4).
/// </summary>
internal sealed class SnowballProgram
{
    private char[] _current = new char[32];
    private int _length;
    public int Bra, Ket, Limit, Cursor, LimitBackward;

    public void SetCurrent(string word)
    {
        if (_current.Length < word.Length + 8) _current = new char[word.Length + 8];
        word.CopyTo(0, _current, 0, word.Length);
        _length = word.Length;
        Cursor = 0;
        Limit = word.Length;
        LimitBackward = 0;
        Bra = Cursor;
        Ket = Limit;
    }

    public string GetCurrent() => new(_current, 0, _length);

    public bool InGrouping(byte[] s, int min, int max)
    {
        if (Cursor >= Limit) return false;
        int ch = _current[Cursor];
        if (ch > max || ch < min) return false;
        ch -= min;
        if (!InSet(s, ch)) return false;
        Cursor++;
        return true;
    }

    public bool InGroupingB(byte[] s, int min, int max)
    {
        if (Cursor <= LimitBackward) return false;
        int ch = _current[Cursor - 1];
        if (ch > max || ch < min) return false;
        ch -= min;
        if (!InSet(s, ch)) return false;
        Cursor--;
        return true;
    }

    public bool OutGrouping(byte[] s, int min, int max)
    {
        if (Cursor >= Limit) return false;
        int ch = _current[Cursor];
        if (ch > max || ch < min || !InSet(s, ch - min))
        {
            Cursor++;
            return true;
        }
        return false;
    }

    // JS: s[ch >> 3] & (1 << (ch & 7)); an index past the array reads undefined, which is falsy.
    private static bool InSet(byte[] s, int ch) => (ch >> 3) < s.Length && (s[ch >> 3] & (1 << (ch & 7))) != 0;

    public int FindAmongB(Among[] v)
    {
        int i = 0, j = v.Length, c = Cursor, lb = LimitBackward, commonI = 0, commonJ = 0;
        var firstKeyInspected = false;
        while (true)
        {
            var k = i + ((j - i) >> 1);
            var diff = 0;
            var common = commonI < commonJ ? commonI : commonJ;
            var w = v[k];
            for (var i2 = w.S.Length - 1 - common; i2 >= 0; i2--)
            {
                if (c - common == lb)
                {
                    diff = -1;
                    break;
                }
                diff = _current[c - 1 - common] - w.S[i2];
                if (diff != 0) break;
                common++;
            }
            if (diff < 0)
            {
                j = k;
                commonJ = common;
            }
            else
            {
                i = k;
                commonI = common;
            }
            if (j - i <= 1)
            {
                if (i > 0 || j == i || firstKeyInspected) break;
                firstKeyInspected = true;
            }
        }
        while (true)
        {
            var w = v[i];
            if (commonI >= w.S.Length)
            {
                Cursor = c - w.S.Length;
                return w.Result;
            }
            i = w.SubstringI;
            if (i < 0) return 0;
        }
    }

    private void ReplaceS(int cBra, int cKet, string s)
    {
        var adjustment = s.Length - (cKet - cBra);
        var newLength = _length + adjustment;
        if (_current.Length < newLength) Array.Resize(ref _current, newLength + 8);
        Array.Copy(_current, cKet, _current, cKet + adjustment, _length - cKet);
        s.CopyTo(0, _current, cBra, s.Length);
        _length = newLength;
        Limit += adjustment;
        if (Cursor >= cKet) Cursor += adjustment;
        else if (Cursor > cBra) Cursor = cBra;
    }

    public void SliceFrom(string s)
    {
        if (Bra < 0 || Bra > Ket || Ket > Limit || Limit > _length) throw new InvalidOperationException("faulty slice operation");
        ReplaceS(Bra, Ket, s);
    }

    public void SliceDel() => SliceFrom("");
}
