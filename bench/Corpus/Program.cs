using System.Globalization;
using System.Text;
using VbeKnowledge.Bench.Corpus;

// vbe-corpus --pages N [--seed S] --out DIR [--hugo DIR]
// Writes a content folder of N pages (and, with --hugo, the same pages as a Hugo site).
// The same N and seed give byte-identical files: every page draws from its own seeded generator.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
if (!options.TryGetValue("pages", out var pagesArg) || !options.TryGetValue("out", out var outDir))
{
    Console.Error.WriteLine("usage: vbe-corpus --pages N [--seed S] --out DIR [--hugo DIR]");
    return 2;
}
var count = int.Parse(pagesArg, CultureInfo.InvariantCulture);
var seed = ulong.Parse(options.GetValueOrDefault("seed", "8"), CultureInfo.InvariantCulture);
var hugoDir = options.GetValueOrDefault("hugo");
foreach (var dir in new[] { outDir, hugoDir }.OfType<string>())
    if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
    {
        Console.Error.WriteLine($"vbe-corpus: '{dir}' is not empty; remove it first.");
        return 2;
    }

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
void Write(string root, string relative, string text)
{
    var path = Path.Combine(root, relative);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, text, utf8);
}

var pages = PagePlan.Create(count, seed);
var writer = new PageWriter(pages, seed);
Write(outDir, "_data/sources.yml", Sections.SourcesYaml);
Write(outDir, "_data/synonyms.yml", Sections.SynonymsYaml);
if (hugoDir is not null)
    foreach (var (relative, text) in HugoSite.Files) Write(hugoDir, relative, text);
foreach (var page in pages)
{
    var text = writer.Write(page);
    Write(outDir, page.Path, text);
    if (hugoDir is not null) Write(hugoDir, "content/" + HugoSite.ContentPath(page), text);
}
Console.WriteLine($"{pages.Count} pages (seed {seed}) → {outDir}{(hugoDir is null ? "" : " and " + hugoDir)}");
return 0;
