using System.Text;

namespace VbeKnowledge.Generator.Output;

/// <summary>
/// A site being written into a temporary folder beside the real output. Only <see cref="SwapIn"/>
/// touches the real output, so a failed build leaves the previous site untouched.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Marks a folder as ours, so a build never replaces a folder it did not write.</summary>
    public const string MarkerFile = ".vbe-site";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private bool _isSwapped;

    private OutputFolder(string target, string temp)
    {
        Target = target;
        Temp = temp;
    }

    public string Target { get; }
    public string Temp { get; }

    public static OutputFolder Create(string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var temp = $"{full}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temp);
        File.WriteAllText(Path.Combine(temp, MarkerFile), "Built by VbeKnowledge. This folder is replaced by every build.\n");
        return new OutputFolder(full, temp);
    }

    /// <summary>True when the target is missing, empty, or a site an earlier build wrote.</summary>
    public static bool IsReplaceable(string target) =>
        !Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any() || File.Exists(Path.Combine(target, MarkerFile));

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathFor(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void CopyFile(string source, string relativePath)
    {
        var path = PathFor(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }

    /// <summary>Resolves a site path inside the temp folder, refusing any path that would leave it.</summary>
    private string PathFor(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Temp, relativePath));
        if (!path.StartsWith(Temp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Refusing to write '{relativePath}' outside the output folder.");
        return path;
    }

    /// <summary>Replaces the output folder with the finished site: old site aside, new in place, old deleted.</summary>
    public void SwapIn()
    {
        var old = Temp + ".old";
        if (Directory.Exists(Target)) Directory.Move(Target, old);
        Directory.Move(Temp, Target);
        _isSwapped = true;
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_isSwapped && Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true);
    }
}
