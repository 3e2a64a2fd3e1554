using VbeKnowledge.Api.Tests.Infrastructure;
using VbeKnowledge.Generator.Building;

namespace VbeKnowledge.Api.Tests;

/// <summary>The generator's static JSON beside the site and the API's answers are the same bytes.</summary>
public sealed class StaticJsonTests(SharedApi api)
{
    [Fact]
    public async Task Every_page_json_the_generator_writes_equals_the_api_body()
    {
        var output = Path.Combine(Path.GetTempPath(), "vbe-static-json-" + Guid.NewGuid().ToString("N"));
        try
        {
            var repo = RepoRoot();
            var result = SiteBuilder.Build(new BuildRequest(api.Content.Root, output, Path.Combine(repo, "theme"), ApiFactory.SiteBaseUrl, DateOnly.FromDateTime(DateTime.Today)));
            Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));

            var files = Directory.GetFiles(Path.Combine(output, "api", "v1", "pages"), "*.json");
            Assert.True(files.Length >= 10, $"only {files.Length} JSON files");
            foreach (var file in files)
            {
                var id = Path.GetFileNameWithoutExtension(file);
                var body = await api.Client.GetByteArrayAsync("/api/v1/pages/" + id, TestContext.Current.CancellationToken);
                var written = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
                Assert.True(body.SequenceEqual(written), $"{id}.json differs from the API's body");
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Without_an_absolute_base_url_no_json_is_written()
    {
        var output = Path.Combine(Path.GetTempPath(), "vbe-static-json-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildRequest(api.Content.Root, output, Path.Combine(RepoRoot(), "theme"), "/vbe/", DateOnly.FromDateTime(DateTime.Today)));
            Assert.True(result.IsSuccess);
            Assert.False(Directory.Exists(Path.Combine(output, "api")));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        throw new InvalidOperationException("VbeKnowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
