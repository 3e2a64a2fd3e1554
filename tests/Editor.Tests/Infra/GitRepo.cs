using System.Diagnostics;

namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>A real git repository in a temp folder, with commits by named authors on given dates.</summary>
public sealed class GitRepo(TempDir dir)
{
    public static GitRepo Init(TempDir dir)
    {
        var repo = new GitRepo(dir);
        repo.Git("init", "-q", "-b", "main");
        return repo;
    }

    public void Commit(string author, string date, string message)
    {
        Git("add", "-A");
        Git("-c", $"user.name={author}", "-c", $"user.email={author.Replace(' ', '.').ToLowerInvariant()}@example.test",
            "commit", "-q", "--no-verify", "-m", message, "--date", date);
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir.Path, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args.Where(a => a.Length > 0)) start.ArgumentList.Add(arg);
        // The committer date is the author date too, so history order is fixed whatever the clock says.
        var date = args.SkipWhile(a => a != "--date").Skip(1).FirstOrDefault();
        if (date is not null) start.Environment["GIT_COMMITTER_DATE"] = date;
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
    }
}
