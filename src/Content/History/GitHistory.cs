using System.Diagnostics;
using System.Globalization;

namespace VbeKnowledge.Content.History;

/// <summary>When a content file last changed, and who made the change, according to git.</summary>
public sealed record FileChange(DateTimeOffset Date, string Author, string Subject);

/// <summary>
/// Reads the last change of every file under content/ with one <c>git log</c>. Outside a git
/// repository (a downloaded zip, a fixture folder) it returns an empty history and pages show
/// their review date only.
/// </summary>
public static class GitHistory
{
    public static IReadOnlyDictionary<string, FileChange> Read(string contentRoot)
    {
        var result = new Dictionary<string, FileChange>(StringComparer.Ordinal);
        string output;
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                WorkingDirectory = contentRoot,
            };
            foreach (var arg in new[] { "log", "--relative", "--name-only", "--no-renames", "--format=%x1e%aI%x1f%an%x1f%s", "--", "." })
                start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null) return result;
            var stdout = git.StandardOutput.ReadToEndAsync();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0) return result;
            output = stdout.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return result;   // git is not installed
        }

        foreach (var commit in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = commit.Split('\n');
            var header = lines[0].Split('\x1f');
            if (header.Length < 3 || !DateTimeOffset.TryParse(header[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            foreach (var line in lines.Skip(1))
            {
                var path = line.Trim();
                if (path.Length > 0 && !result.ContainsKey(path)) result[path] = new FileChange(date, header[1], header[2]);
            }
        }
        return result;
    }
}
