namespace VbeKnowledge.Content.Search;

/// <summary>
/// stemmer-sv: the original (tartarus.org) Snowball Swedish stemmer, ported function by function from
/// lunr.sv.js's <c>SwedishStemmer</c> (lunr-index.md §4). Not Snowball 3.x: "kontoret" stays "kontoret".
/// </summary>
public static class SwedishStemmer
{
    /// <summary>Pipeline label, as serialised in the index.</summary>
    public const string Label = "stemmer-sv";

    private static readonly Among[] A0 =
    [
        new("a", -1, 1), new("arna", 0, 1), new("erna", 0, 1), new("heterna", 2, 1), new("orna", 0, 1),
        new("ad", -1, 1), new("e", -1, 1), new("ade", 6, 1), new("ande", 6, 1), new("arne", 6, 1),
        new("are", 6, 1), new("aste", 6, 1), new("en", -1, 1), new("anden", 12, 1), new("aren", 12, 1),
        new("heten", 12, 1), new("ern", -1, 1), new("ar", -1, 1), new("er", -1, 1), new("heter", 18, 1),
        new("or", -1, 1), new("s", -1, 2), new("as", 21, 1), new("arnas", 22, 1), new("ernas", 22, 1),
        new("ornas", 22, 1), new("es", 21, 1), new("ades", 26, 1), new("andes", 26, 1), new("ens", 21, 1),
        new("arens", 29, 1), new("hetens", 29, 1), new("erns", 21, 1), new("at", -1, 1), new("andet", -1, 1),
        new("het", -1, 1), new("ast", -1, 1),
    ];

    private static readonly Among[] A1 =
    [
        new("dd", -1, -1), new("gd", -1, -1), new("nn", -1, -1), new("dt", -1, -1), new("gt", -1, -1),
        new("kt", -1, -1), new("tt", -1, -1),
    ];

    private static readonly Among[] A2 =
    [
        new("ig", -1, 1), new("lig", 0, 1), new("els", -1, 1), new("fullt", -1, 3), new("l\u00F6st", -1, 2),
    ];

    private static readonly byte[] GV = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32];
    private static readonly byte[] GSEnding = [119, 127, 149];

    [ThreadStatic] private static SnowballProgram? t_program;

    /// <summary>The stem of a (lowercased, trimmed) word.</summary>
    public static string Stem(string word)
    {
        var sbp = t_program ??= new SnowballProgram();
        sbp.SetCurrent(word);
        var v1 = sbp.Cursor;
        var p1 = MarkRegions(sbp);
        sbp.LimitBackward = v1;
        sbp.Cursor = sbp.Limit;
        MainSuffix(sbp, p1);
        sbp.Cursor = sbp.Limit;
        ConsonantPair(sbp, p1);
        sbp.Cursor = sbp.Limit;
        OtherSuffix(sbp, p1);
        return sbp.GetCurrent();
    }

    // r_mark_regions: R1 starts after the first non-vowel that follows a vowel, not before position 3.
    private static int MarkRegions(SnowballProgram sbp)
    {
        var c = sbp.Cursor + 3;
        var p1 = sbp.Limit;
        var x = c;
        while (true)
        {
            var v1 = sbp.Cursor;
            if (sbp.InGrouping(GV, 97, 246))
            {
                sbp.Cursor = v1;
                break;
            }
            sbp.Cursor = v1;
            if (sbp.Cursor >= sbp.Limit) return p1;
            sbp.Cursor++;
        }
        while (!sbp.OutGrouping(GV, 97, 246))
        {
            if (sbp.Cursor >= sbp.Limit) return p1;
            sbp.Cursor++;
        }
        p1 = sbp.Cursor;
        return p1 < x ? x : p1;
    }

    private static void MainSuffix(SnowballProgram sbp, int p1)
    {
        var v2 = sbp.LimitBackward;
        if (sbp.Cursor < p1) return;
        sbp.LimitBackward = p1;
        sbp.Cursor = sbp.Limit;
        sbp.Ket = sbp.Cursor;
        var amongVar = sbp.FindAmongB(A0);
        sbp.LimitBackward = v2;
        if (amongVar == 0) return;
        sbp.Bra = sbp.Cursor;
        switch (amongVar)
        {
            case 1:
                sbp.SliceDel();
                break;
            case 2:
                if (sbp.InGroupingB(GSEnding, 98, 121)) sbp.SliceDel();
                break;
        }
    }

    private static void ConsonantPair(SnowballProgram sbp, int p1)
    {
        var v1 = sbp.LimitBackward;
        if (sbp.Cursor < p1) return;
        sbp.LimitBackward = p1;
        sbp.Cursor = sbp.Limit;
        if (sbp.FindAmongB(A1) != 0)
        {
            sbp.Cursor = sbp.Limit;
            sbp.Ket = sbp.Cursor;
            if (sbp.Cursor > sbp.LimitBackward)
            {
                sbp.Bra = --sbp.Cursor;
                sbp.SliceDel();
            }
        }
        sbp.LimitBackward = v1;
    }

    private static void OtherSuffix(SnowballProgram sbp, int p1)
    {
        if (sbp.Cursor < p1) return;
        var v2 = sbp.LimitBackward;
        sbp.LimitBackward = p1;
        sbp.Cursor = sbp.Limit;
        sbp.Ket = sbp.Cursor;
        var amongVar = sbp.FindAmongB(A2);
        if (amongVar != 0)
        {
            sbp.Bra = sbp.Cursor;
            switch (amongVar)
            {
                case 1:
                    sbp.SliceDel();
                    break;
                case 2:
                    sbp.SliceFrom("l\u00F6s");
                    break;
                case 3:
                    sbp.SliceFrom("full");
                    break;
            }
        }
        sbp.LimitBackward = v2;
    }
}
