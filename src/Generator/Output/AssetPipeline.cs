using System.Security.Cryptography;
using System.Text;

namespace VbeKnowledge.Generator.Output;

/// <summary>Copies the theme's assets and the browser libraries under fingerprinted names, so they can be cached forever.</summary>
public static class AssetPipeline
{
    /// <summary>lunr and its Swedish support, installed from npm by the build (never committed).</summary>
    public static readonly string[] LunrFiles =
        ["lunr/lunr.min.js", "lunr-languages/min/lunr.stemmer.support.min.js", "lunr-languages/min/lunr.sv.min.js"];

    /// <summary>Writes every file of theme/assets; returns logical name (<c>site.css</c>) → site path (<c>assets/site.1a2b3c4d5e.css</c>).</summary>
    public static Dictionary<string, string> Write(string assetsDir, string? nodeModules, OutputFolder output)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var logical = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
            map[logical] = WriteFingerprinted(logical, File.ReadAllBytes(file), output);
        }
        if (nodeModules is not null)
        {
            var bundle = new StringBuilder();
            foreach (var file in LunrFiles) bundle.Append(File.ReadAllText(Path.Combine(nodeModules, file))).Append('\n');
            map["lunr-sv.js"] = WriteFingerprinted("lunr-sv.js", Encoding.UTF8.GetBytes(bundle.ToString()), output);
        }
        return map;
    }

    public static string WriteFingerprinted(string logical, byte[] bytes, OutputFolder output)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(logical);
        var path = "assets/" + logical[..^extension.Length] + "." + hash + extension;
        output.WriteBytes(path, bytes);
        return path;
    }

    /// <summary>Finds node_modules with lunr installed, looking up from the given folder; null when missing.</summary>
    public static string? FindNodeModules(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules");
            if (LunrFiles.All(f => File.Exists(Path.Combine(candidate, f)))) return candidate;
        }
        return null;
    }
}
