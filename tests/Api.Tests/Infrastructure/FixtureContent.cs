namespace VbeKnowledge.Api.Tests.Infrastructure;

/// <summary>A real content folder in a temp directory, copied from Fixtures/content, that a test may edit.</summary>
public sealed class FixtureContent : IDisposable
{
    public static string Source => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    public FixtureContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "vbe-api-tests", Guid.NewGuid().ToString("n"), "content");
        Copy(Source, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Writes through a temp file and a rename, as editors and git do, so the watcher never sees half a file.</summary>
    public void Write(string relative, string text)
    {
        var target = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = Path.Combine(Path.GetDirectoryName(Root)!, Guid.NewGuid().ToString("n") + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, target, overwrite: true);
    }

    public void Edit(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true); }
        catch (IOException) { }
    }
}
