using System.IO.Compression;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Search;

/// <summary>
/// Issue 5: the search data the browser loads for the real content stays under 300 KB gzipped.
/// A size guard, not a timing: the bytes are deterministic, so a change that grows them past the
/// target fails here rather than in the benchmark.
/// </summary>
public sealed class SearchDataSizeTests(RealSite real)
{
    private const int MaxGzipBytes = 300_000;

    [Fact]
    public void Search_data_of_the_real_content_is_under_300_KB_gzipped()
    {
        var file = Assert.Single(real.Site.Files, f => Path.GetFileName(f).StartsWith("search-index.", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(Path.Combine(real.Site.Output, file));
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(bytes);
        Assert.True(gz.Length < MaxGzipBytes, $"{file}: {gz.Length:N0} bytes gzipped, the target is under {MaxGzipBytes:N0}");
    }
}
