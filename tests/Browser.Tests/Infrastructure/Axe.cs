using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>axe-core from npm, injected into the page, run at WCAG 2.1 A and AA.</summary>
public static class Axe
{
    private const string Run = """
        async (alsoRules) => JSON.stringify((await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          rules: Object.fromEntries(alsoRules.map(id => [id, { enabled: true }])),
          resultTypes: ['violations']
        })).violations)
        """;

    /// <summary>Runs axe at WCAG 2.1 A and AA, and also the rules named in <paramref name="alsoRules"/> (such as the best-practice <c>landmark-unique</c>).</summary>
    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page, params string[] alsoRules)
    {
        if (!File.Exists(RepoPaths.AxeScript)) Assert.Fail($"axe-core is missing at {RepoPaths.AxeScript}: run `npm ci` at the repository root.");
        await page.AddScriptTagAsync(new() { Path = RepoPaths.AxeScript });
        return JsonSerializer.Deserialize<List<Violation>>(await page.EvaluateAsync<string>(Run, alsoRules)) ?? [];
    }

    /// <summary>Each violation as "rule (impact): help → target: what to fix", so a failing test says what to change.</summary>
    public static string Describe(IEnumerable<Violation> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.AppendLine($"{v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]");
            foreach (var node in v.Nodes.Take(8))
                text.AppendLine($"  {string.Join(" ", node.Target)}: {node.FailureSummary.ReplaceLineEndings(" ")}");
            if (v.Nodes.Count > 8) text.AppendLine($"  … and {v.Nodes.Count - 8} more");
        }
        return text.ToString();
    }

    public sealed record Violation(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("impact")] string? Impact,
        [property: JsonPropertyName("help")] string Help,
        [property: JsonPropertyName("helpUrl")] string HelpUrl,
        [property: JsonPropertyName("nodes")] List<Node> Nodes);

    public sealed record Node(
        [property: JsonPropertyName("target")] List<JsonElement> Target,
        [property: JsonPropertyName("failureSummary")] string FailureSummary);
}
