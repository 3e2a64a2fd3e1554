using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;
using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Content.Validation;
using Index = VbeKnowledge.Content.Search.Index;

// vbe-bench stages CONTENT            time each content stage once (cold process), as "name seconds" lines
// vbe-bench index CONTENT DOCS INDEX RUNS
//   writes the search documents (the oracle's DOCS.json) and our index JSON, then times Builder
//   (add every document, Build) RUNS times in this process; prints "run SECONDS CPU_SECONDS" lines
//   (CPU: user + system of the process, GC threads included) and sizes.
var culture = CultureInfo.InvariantCulture;
if (args is ["stages", var content]) return Stages(content);
if (args is ["index", var root, var docsPath, var indexPath, var runs]) return IndexBuild(root, docsPath, indexPath, int.Parse(runs, culture));
Console.Error.WriteLine("usage: vbe-bench stages CONTENT | vbe-bench index CONTENT DOCS.json INDEX.json RUNS");
return 2;

int Stages(string content)
{
    var folder = ContentFolder.Open(content);
    var diagnostics = new DiagnosticBag();
    var clock = Stopwatch.StartNew();
    void Lap(string name) { Console.WriteLine(string.Create(culture, $"{name} {clock.Elapsed.TotalSeconds:0.000}")); clock.Restart(); }
    var data = SiteDataLoader.Load(folder, diagnostics); Lap("data");
    var sources = ContentLoader.Load(folder, diagnostics); Lap("load");
    var history = VbeKnowledge.Content.History.GitHistory.Read(folder.Root); Lap("git-history");
    var pages = PageReader.Read(sources, data, diagnostics); Lap("read");
    Validator.Check(pages, folder.Root, new DateOnly(2026, 11, 25), diagnostics); Lap("check");
    var rendered = PageRenderer.Render(pages, folder.Root, diagnostics); Lap("render");
    var result = ContentPipeline.Load(folder, new ContentOptions(new DateOnly(2026, 11, 25))); Lap("pipeline-again");
    var search = SiteSearch.Build(result.Snapshot!); Lap("search-build");
    using var sink = new MemoryStream();
    using (var json = new Utf8JsonWriter(sink)) search.Index.WriteJson(json);
    Lap("search-json");
    Console.WriteLine($"pages {rendered.Count} errors {diagnostics.ErrorCount} history {history.Count}");
    return diagnostics.HasErrors ? 1 : 0;
}

int IndexBuild(string content, string docsPath, string indexPath, int runs)
{
    var result = ContentPipeline.Load(ContentFolder.Open(content), new ContentOptions(new DateOnly(2026, 11, 25)));
    if (result.Snapshot is null) { Console.Error.WriteLine($"content has {result.Diagnostics.ErrorCount} errors"); return 1; }
    var documents = SearchCorpus.Create(result.Snapshot).Select(d => d.Document).ToList();
    DocsJson.Write(docsPath, documents);
    Index? index = null;
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var builder = Builder.CreateDefault();
        foreach (var doc in documents) builder.Add(doc);
        index = builder.Build();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(culture, $"run {clock.Elapsed.TotalSeconds:0.0000} {used.TotalSeconds:0.0000}"));
    }
    using (var stream = File.Create(indexPath))
    using (var json = new Utf8JsonWriter(stream)) index!.WriteJson(json);
    var bytes = File.ReadAllBytes(indexPath);
    using var gz = new MemoryStream();
    using (var zip = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(bytes);
    Console.WriteLine($"documents {documents.Count} bytes {bytes.Length} gzip {gz.Length}");
    return 0;
}
