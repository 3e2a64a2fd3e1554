using System.Text;
using System.Text.Json;
using VbeKnowledge.Content.Search;

namespace VbeKnowledge.Content.Tests.Search;

public sealed class SwedishStemmerTests
{
    [Theory]
    [InlineData("samordnare", "samordn")]
    [InlineData("samordnaren", "samordn")]
    [InlineData("polisen", "polis")]
    [InlineData("handlingsplanen", "handlingsplan")]
    [InlineData("symboler", "symbol")]
    [InlineData("skolan", "skolan")]
    [InlineData("samverkan", "samverkan")]
    [InlineData("samverkar", "samverk")]
    [InlineData("kontoret", "kontoret")]
    [InlineData("huset", "huset")]
    [InlineData("socialtjänsten", "socialtjänst")]
    [InlineData("används", "använd")]
    public void Spec_examples_stem_as_lunr_sv_does(string word, string stem) =>
        Assert.Equal(stem, SwedishStemmer.Stem(word));

    [Fact]
    public void Snowballs_published_swedish_sample_vocabulary_stems_as_published()
    {
        var pairs = File.ReadAllLines(Path.Combine(NodeTools.RepoRoot, "tests", "Content.Tests", "Search", "snowball-swedish-sample.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .ToList();
        Assert.Equal(80, pairs.Count);
        var mismatches = pairs.Where(p => SwedishStemmer.Stem(p[0]) != p[1]).Select(p => $"{p[0]}: Snowball {p[1]}, ours {SwedishStemmer.Stem(p[0])}");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Stop_word_list_is_lunr_sv_with_its_114_words() =>
        Assert.Equal(114, StopWordFilter.StopWords.Distinct().Count());

    [Fact]
    public void Stems_of_several_hundred_swedish_words_equal_lunr_sv()
    {
        var words = WordList();
        Assert.True(words.Count >= 300, $"only {words.Count} words");
        var run = NodeTools.Node(NodeTools.OracleJs, ["terms"], string.Join('\n', words) + "\n");
        Assert.True(run.ExitCode == 0, run.Stderr);

        // Each output line is "term"\t[start,length]; map it back to the input word by its start.
        var starts = new Dictionary<int, string>();
        var offset = 0;
        foreach (var word in words)
        {
            starts[offset] = word;
            offset += word.Length + 1;
        }
        var compared = 0;
        var mismatches = new List<string>();
        foreach (var line in run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            var expected = JsonSerializer.Deserialize<string>(line[..tab])!;
            var start = JsonSerializer.Deserialize<int[]>(line[(tab + 1)..])![0];
            var word = starts[start];
            var ours = SwedishStemmer.Stem(Trimmer.Trim(Tokenizer.ToLowerCase(word)));
            if (ours != expected) mismatches.Add($"{word}: lunr {expected}, ours {ours}");
            compared++;
        }
        Assert.Empty(mismatches);
        // Stop words are dropped by lunr and so not compared; everything else must be.
        Assert.Equal(words.Count(w => !StopWordFilter.IsStopWord(Trimmer.Trim(Tokenizer.ToLowerCase(w)))), compared);
    }

    // Real Swedish: spec examples, inflection paradigms aimed at every suffix rule, and seed-text words.
    private static List<string> WordList()
    {
        var words = new List<string>
        {
            "samordnare", "samordnaren", "samordnarna", "samordnarnas", "polis", "polisen", "poliser", "poliserna",
            "polisens", "handlingsplan", "handlingsplanen", "handlingsplaner", "handlingsplanerna", "symbol", "symboler",
            "symbolerna", "symbolernas", "skola", "skolan", "skolor", "skolorna", "skolornas", "samverkan", "samverkar",
            "samverkade", "samverkande", "samverkat", "kontor", "kontoret", "kontorets", "hus", "huset", "husen", "husens",
            "flicka", "flickan", "flickor", "flickorna", "flickornas", "bil", "bilen", "bilar", "bilarna", "bilarnas",
            "gata", "gatan", "gator", "gatorna", "nyhet", "nyheten", "nyheter", "nyheterna", "nyhetens", "säkerhet",
            "säkerheten", "säkerhetens", "möjlighet", "möjligheter", "möjligheterna", "arbete", "arbetet", "arbetena",
            "arbetande", "arbetandet", "arbetade", "arbetades", "arbetas", "landet", "länder", "länderna", "ändring",
            "ändringar", "ändringarna", "ledning", "ledningen", "ledningens", "vänlig", "vänliga", "vänligt", "vänligast",
            "lycklig", "lyckligt", "lyckligast", "roligaste", "viktig", "viktiga", "viktigaste", "löst", "lösts", "upplöst",
            "fullt", "fullständigt", "hemskt", "stilla", "stillhet", "redd", "bredd", "bygd", "ögon", "sann", "sannolikt",
            "brått", "bredden", "glatt", "stort", "svartvitt", "tekniskt", "praktiskt", "betydligt", "hänsyn", "hänsynen",
            "åtgärd", "åtgärder", "åtgärderna", "åtgärdernas", "överenskommelse", "överenskommelsen", "överenskommelser",
            "ärende", "ärendet", "ärenden", "ärendena", "öppen", "öppna", "öppnar", "öppnade", "öppnas", "ökning",
            "ökningen", "ålder", "åldern", "åldrar", "äldre", "äldst", "återfall", "återfallet", "återkoppling", "övning",
            "övningar", "övningarna", "våldsbejakande", "extremism", "extremismen", "extremister", "extremisterna",
            "radikalisering", "radikaliseringen", "avhoppare", "avhopparen", "avhopparna", "orosanmälan", "orosanmälningar",
            "sekretess", "sekretessen", "bestämmelse", "bestämmelsen", "bestämmelser", "bestämmelserna", "utbildning",
            "utbildningen", "utbildningar", "medarbetare", "medarbetaren", "medarbetarna", "nyanställd", "nyanställda",
            "introduktion", "introduktionen", "socialtjänst", "socialtjänsten", "socialtjänstens", "säkerhetspolisen",
            "lägesbild", "lägesbilden", "lägesbilder", "föreningsbidrag", "föreningsbidraget", "lokaler", "lokalerna",
            "ungdomar", "ungdomarna", "ungdomarnas", "kommun", "kommunen", "kommuner", "kommunerna", "kommunernas",
            "stadsdelsförvaltning", "stadsdelsförvaltningen", "riktlinjer", "riktlinjerna", "uppföljning", "uppföljningen",
            "ansvar", "ansvaret", "ansvarig", "ansvariga", "ansvarigas", "anden", "andens", "aren", "arens", "ades",
            "andes", "heterna", "hetens", "ernas", "ornas", "arnas", "s", "as", "es", "ens", "erns", "xs", "abs", "ts",
            "teknisks", "barns", "husens", "kvinnornas", "männens", "kyrkas", "trädgårds", "nattens", "allt", "mellan",
            "t.ex.", "2023.", "1:a", "§", "–", "«citat»", "(parentes)", "\"ord\"", "Åtgärd", "ÖVERENSKOMMELSE",
            "Hägersten", "Liljeholmen", "Rinkeby", "Kista", "Skärholmen", "Göteborg", "Malmö", "Järfälla", "Södertälje",
        };
        var seen = new HashSet<string>(words, StringComparer.Ordinal);
        var seedWords = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(NodeTools.SourcesDir, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var raw in File.ReadAllText(file, Encoding.UTF8).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim('.', ',', ';', ':', '!', '?', '(', ')', '"', '*', '#', '»', '«').ToLowerInvariant();
                if (word.Length >= 3 && word.All(c => c is (>= 'a' and <= 'z') or 'å' or 'ä' or 'ö' or 'é')) seedWords.Add(word);
            }
        }
        var step = Math.Max(1, seedWords.Count / 400);
        var i = 0;
        foreach (var word in seedWords)
        {
            if (i++ % step == 0 && seen.Add(word)) words.Add(word);
        }
        return words;
    }
}
