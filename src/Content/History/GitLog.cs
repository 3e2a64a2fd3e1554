using System.Diagnostics;
using System.Globalization;

namespace VbeKnowledge.Content.History;

/// <summary>How a commit touched a file: added, modified or deleted (git's A, M, D).</summary>
public enum FileStatus { Added, Modified, Deleted }

/// <summary>One commit that changed the content folder, with the content files it changed (paths relative to content/).</summary>
/// <remarks>
/// <see cref="ReaderNote"/> is what the editor wrote for readers in a <c>Nyhet:</c> trailer of the commit message
/// (<c>git commit -m "Fix typo" -m "Nyhet: Rutinen har fått ett nytt steg."</c>); commit subjects are for the
/// editors and are not shown to readers.
/// </remarks>
public sealed record ContentCommit(string Hash, DateTimeOffset Date, string Author, string Subject, IReadOnlyList<(FileStatus Status, string Path)> Files)
{
    public string? ReaderNote { get; init; }
}

/// <summary>
/// The latest commits that touched content/, newest first, read with one <c>git log</c>: what changed
/// and when, for the "what is new" page and feed. Empty outside a git repository, like GitHistory.
/// </summary>
public static class GitLog
{
    public static IReadOnlyList<ContentCommit> Read(string contentRoot, int max)
    {
        var output = Run(contentRoot, "log", $"-n{max}", "--relative", "--name-status", "--no-renames",
            "--format=%x1e%H%x1f%aI%x1f%an%x1f%s%x1f%(trailers:key=" + ReaderNoteTrailer + ",valueonly,separator=%x20)", "--", ".");
        var commits = new List<ContentCommit>();
        if (output is null) return commits;
        foreach (var record in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n');
            var header = lines[0].Split('\x1f');
            if (header.Length < 4 || !DateTimeOffset.TryParse(header[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            var files = new List<(FileStatus, string)>();
            foreach (var line in lines.Skip(1))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2 || parts[0].Length == 0) continue;
                var status = parts[0][0] switch { 'A' => FileStatus.Added, 'D' => FileStatus.Deleted, _ => FileStatus.Modified };
                files.Add((status, parts[1].Trim()));
            }
            var note = header.Length > 4 ? header[4].Trim() : "";
            commits.Add(new ContentCommit(header[0], date, header[2], header[3], files) { ReaderNote = note.Length > 0 ? note : null });
        }
        return commits;
    }

    /// <summary>The commit-message trailer with which an editor writes a line for readers of "Nytt i kunskapsbanken".</summary>
    public const string ReaderNoteTrailer = "Nyhet";

    /// <summary>The title a page had just before <paramref name="hash"/> deleted it, from its front matter; null when unreadable.</summary>
    public static string? TitleBefore(string contentRoot, string hash, string path)
    {
        var text = Run(contentRoot, "show", $"{hash}^:./{path}");
        if (text is null) return null;
        foreach (var line in text.Split('\n').Skip(1).TakeWhile(l => l.TrimEnd() != "---"))
            if (line.StartsWith("title:", StringComparison.Ordinal))
                return line["title:".Length..].Trim().Trim('"', '\'') is { Length: > 0 } title ? title : null;
        return null;
    }

    private static string? Run(string workingDirectory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null) return null;
            var stdout = git.StandardOutput.ReadToEndAsync();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? stdout.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;   // git is not installed
        }
    }
}
