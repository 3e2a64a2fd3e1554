using System.Text;
using System.Text.Json;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// A deterministic corpus aimed at lunr's edges: Swedish inflections, hyphens, en dashes, every JS
/// whitespace kind, U+0085 (not a separator), punctuation-only tokens, numbers, İ and final Σ,
/// surrogate pairs, empty and missing fields, list-valued tags and integer-like or '/' refs.
/// </summary>
internal static class GeneratedDocs
{
    private static readonly string[] Words =
    [
        "samordnare", "samordnaren", "samordnarna", "polis", "polisen", "poliser", "handlingsplan", "handlingsplanen",
        "symboler", "symbolerna", "skola", "skolan", "skolor", "samverkan", "samverkar", "samverkade", "kontoret",
        "huset", "orosanmälan", "orosanmälningar", "socialtjänsten", "socialtjänst", "avhoppare", "avhopparen",
        "sekretess", "sekretessen", "bestämmelse", "extremism", "extremismen", "våldsbejakande", "islamistisk",
        "autonoma", "miljön", "vit", "makt", "radikalisering", "utbildning", "webbutbildning", "medarbetare",
        "introduktion", "nyanställd", "lägesbild", "Säkerhetspolisen", "föreningsbidrag", "lokaler", "unga", "ungdomar",
        "riktlinjer", "uppföljning", "ansvar", "åtgärd", "åtgärder", "ärende", "ärendet", "överenskommelse", "ökning",
        "Hägersten", "Liljeholmen", "Rinkeby", "Göteborg", "Malmö", "stadsdel", "förvaltning", "nämnd", "beslut",
        "vänligast", "lyckligt", "löst", "fullt", "redd", "bygd", "sann", "glatt", "nyheterna", "möjligheten",
        "och", "att", "i", "på", "med", "för", "till", "av", "som", "en", "ett", "det", "är", "över", "vid",
        "ÅTGÄRD", "ÖVERENSKOMMELSE", "Ärende", "Élan", "café", "naïve", "İstanbul", "ΟΔΟΣ", "ΣΑΣ", "Σ", "ΑΣ.Β",
        "t.ex.", "bl.a.", "m.m.", "1:a", "2023", "2023.", "3,5", "12", "0", "100%", "§", "–", "•", "…", "«citat»",
        "(parentes)", "\"citat\"", "'apostrof'", "e-post", "_understreck_", "a/b", "www.stockholm.se", "µg", "🙂",
        "smile🙂", "x²", "ﬁnans", "Ｆｕｌｌ", "ŉ", "ǅ", "ß", "Straße", "ǰ",
        "x@D800@y", "z@DC00@", "a\u0001b", "c\u001Fd", "e\"f", "g\\h", "i\bj", "aΣ1b", "aΣb", "aΣ.b", "polisΣ.x", "ΟΔΟΣ2023", "xΣ'y", "aİb", "İİ", "Σa",
    ];

    private static readonly string[] Separators =
        [" ", " ", " ", " ", " ", "  ", "-", " - ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u202F", "\u3000", "\uFEFF", "\u2028", "\u1680"];

    // Joined into words without splitting them: en dash, U+0085, '/', '_' (lunr-index.md §8.3).
    private static readonly string[] Joiners = ["\u2013", "\u0085", "/", "_", ".", "'"];

    private static readonly string[] Refs = ["17", "0", "5", "100", "007", "4294967294", "4294967295", "-1", "1e3", "a/b", "Ärende 1", " ", "01"];

    public static string Json(int seed, int count)
    {
        var random = new Random(seed);
        var docs = new List<Dictionary<string, object?>>();
        for (var n = 0; n < count; n++)
        {
            var doc = new Dictionary<string, object?>
            {
                ["id"] = n < Refs.Length ? Refs[n] : (n % 23 == 0 ? (1000 - n).ToString() : "g-" + n.ToString("D3")),
            };
            switch (random.Next(12))
            {
                case 0: break;
                case 1: doc["title"] = ""; break;
                case 2: doc["title"] = null; break;
                default: doc["title"] = Text(random, 1 + random.Next(7)); break;
            }
            switch (random.Next(6))
            {
                case 0: break;
                case 1: doc["tags"] = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Text(random, 1 + random.Next(2))).ToArray(); break;
                case 2: doc["tags"] = ""; break;
                default: doc["tags"] = Text(random, 1 + random.Next(4)); break;
            }
            if (random.Next(15) != 0) doc["body"] = Text(random, random.Next(60));
            docs.Add(doc);
        }
        // System.Text.Json will not write lone surrogates, JSON.parse reads them: splice them in as escapes.
        return JsonSerializer.Serialize(docs).Replace("@D800@", "\\ud800").Replace("@DC00@", "\\udc00");
    }

    private static string Text(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(Separators[random.Next(Separators.Length)]);
            sb.Append(Word(random));
            if (random.Next(8) == 0) sb.Append(Joiners[random.Next(Joiners.Length)]).Append(Word(random));
            if (random.Next(6) == 0) sb.Append(".,;:!?)"[random.Next(7)]);
        }
        if (random.Next(10) == 0) sb.Insert(0, Separators[random.Next(Separators.Length)]);
        return sb.ToString();
    }

    private static string Word(Random random)
    {
        if (random.Next(5) != 0) return Words[random.Next(Words.Length)];
        // Swedish-ish nonsense from syllables, so the corpus has many distinct terms.
        string[] syllables = ["sam", "ord", "na", "re", "pol", "is", "en", "ar", "er", "na", "heter", "ande", "lig", "els", "öst", "å", "ä", "kt", "dd", "tt", "ning", "het", "skap", "st"];
        var sb = new StringBuilder();
        var n = 2 + random.Next(3);
        for (var i = 0; i < n; i++) sb.Append(syllables[random.Next(syllables.Length)]);
        return random.Next(4) == 0 ? char.ToUpperInvariant(sb[0]) + sb.ToString(1, sb.Length - 1) : sb.ToString();
    }
}
