namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vbe-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Copies the files under <paramref name="source"/> into <paramref name="relativeTarget"/>, overwriting files already there.</summary>
    /// <param name="skip">Paths relative to <paramref name="source"/> not to copy.</param>
    public string CopyTree(string source, string relativeTarget, params string[] skip)
    {
        var target = Combine(relativeTarget);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (skip.Contains(relative)) continue;
            var to = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }
        Directory.CreateDirectory(target);
        return target;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
