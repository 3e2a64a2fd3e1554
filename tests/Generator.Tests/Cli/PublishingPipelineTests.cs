using System.Diagnostics;
using VbeKnowledge.Content.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Generator.Tests.Cli;

/// <summary>
/// The CI workflows editors copy (.github/workflows/site.yml, .gitlab-ci.yml): valid for their format, and running
/// the commands the README documents: check with annotations, build with an absolute base URL, the site kept.
/// </summary>
public sealed class PublishingPipelineTests
{
    private static string GitHubWorkflow => Path.Combine(RepoRoot.Path, ".github", "workflows", "site.yml");
    private static string GitLabPipeline => Path.Combine(RepoRoot.Path, ".gitlab-ci.yml");

    [Fact]
    public async Task The_github_workflow_passes_the_workflow_schema_validator()
    {
        var validator = Path.Combine(RepoRoot.Path, "node_modules", ".bin", "action-validator");
        Assert.True(File.Exists(validator), $"{validator} is missing: run `npm ci` at the repository root.");
        var start = new ProcessStartInfo(validator) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(GitHubWorkflow);
        using var process = Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(token);
        var errors = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token).WaitAsync(TimeSpan.FromMinutes(1), token);

        Assert.True(process.ExitCode == 0, await output + await errors);
    }

    [Fact]
    public void The_github_workflow_checks_with_annotations_builds_for_an_absolute_address_keeps_the_site_and_deploys_from_main()
    {
        var jobs = (YamlMappingNode)Load(GitHubWorkflow)["jobs"];
        var build = Runs((YamlMappingNode)jobs["build"]);
        var deploy = (YamlMappingNode)jobs["deploy"];

        Assert.Contains(build, r => r.Contains("-- check --format github"));
        Assert.Contains(build, r => r.Contains("-- build --base-url \"${{ vars.SITE_URL || 'https://"));
        Assert.Contains(((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Children.OfType<YamlMappingNode>(),
            s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) && uses.ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Contains("refs/heads/main", deploy["if"].ToString());
        Assert.Equal("build", deploy["needs"].ToString());
    }

    [Fact]
    public void The_gitlab_pipeline_is_valid_yaml_whose_jobs_name_declared_stages_and_run_the_same_commands()
    {
        var root = Load(GitLabPipeline);
        var stages = ((YamlSequenceNode)root["stages"]).Children.Select(s => s.ToString()).ToList();
        string[] keywords = ["stages", "default", "variables"];
        var jobs = root.Children.Where(c => !keywords.Contains(c.Key.ToString())).ToDictionary(c => c.Key.ToString(), c => (YamlMappingNode)c.Value);

        Assert.Equal(["check", "build", "deploy"], stages);
        Assert.All(jobs, j => Assert.Contains(j.Value["stage"].ToString(), stages));
        Assert.All(jobs, j => Assert.NotEmpty((YamlSequenceNode)j.Value["script"]));
        Assert.Contains("-- check --format gitlab > gl-code-quality-report.json", Script(jobs["check"]));
        Assert.Equal("gl-code-quality-report.json", ((YamlMappingNode)((YamlMappingNode)jobs["check"]["artifacts"])["reports"])["codequality"].ToString());
        Assert.Contains("-- build --base-url \"${SITE_URL:-https://", Script(jobs["build"]));
        Assert.Contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", ((YamlSequenceNode)jobs["deploy"]["rules"]).Children.Cast<YamlMappingNode>().Single()["if"].ToString());
    }

    private static YamlMappingNode Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static List<string> Runs(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.OfType<YamlMappingNode>()
        .Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => s["run"].ToString()).ToList();

    private static string Script(YamlMappingNode job) => string.Join("\n", ((YamlSequenceNode)job["script"]).Children.Select(c => c.ToString()));
}
