using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Generator.Output;

namespace VbeKnowledge.Generator.Search;

/// <summary>Where the search data went and how large it is (raw and gzipped), for the build summary.</summary>
public sealed record SearchIndexFile(string Path, long Bytes, long GzipBytes);

/// <summary>
/// Writes the search data as a script (<c>window.VBE_SEARCH = {index, docs, synonyms}</c>) that the
/// browser loads only when a reader starts to search. A script rather than JSON, so search works
/// also when the site is opened from disk, where browsers refuse fetch().
/// </summary>
public static class SearchIndexWriter
{
    public static SearchIndexFile Write(SiteSearch search, OutputFolder output)
    {
        var bytes = Script(search);
        var path = AssetPipeline.WriteFingerprinted("search-index.js", bytes, output);
        return new SearchIndexFile(path, bytes.Length, GzipLength(bytes));
    }

    /// <summary>The script's bytes: <c>window.VBE_SEARCH={…};</c>.</summary>
    public static byte[] Script(SiteSearch search)
    {
        using var buffer = new MemoryStream();
        buffer.Write("window.VBE_SEARCH="u8);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            search.WriteJson(json);
        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }

    private static long GzipLength(byte[] bytes)
    {
        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true)) zip.Write(bytes);
        return gz.Length;
    }
}
