using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;
using Index = VbeKnowledge.Content.Search.Index;

// vbe-bench index CONTENT DOCS INDEX RUNS
//   writes the search documents (the oracle's DOCS.json) and our index JSON, then times Builder
//   (add every document, Build) RUNS times in this process; prints "run SECONDS CPU_SECONDS" lines
//   (CPU: user + system of the process, GC threads included) and sizes.
var culture = CultureInfo.InvariantCulture;
if (args is ["index", var root, var docsPath, var indexPath, var runs]) return IndexBuild(root, docsPath, indexPath, int.Parse(runs, culture));
Console.Error.WriteLine("usage: vbe-bench index CONTENT DOCS.json INDEX.json RUNS");
return 2;

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
