using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Commands;

/// <summary>
/// Diagnostics as a GitLab Code Quality report (the JSON array GitLab reads from
/// <c>artifacts:reports:codequality</c>), so each problem shows on its line of a merge request.
/// </summary>
public static class GitLabCodeQuality
{
    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        var issues = diagnostics.Select(d => new
        {
            description = $"{d.Code}: {d.Text}",
            check_name = d.Code,
            // GitLab matches issues between the base and the head branch by fingerprint; the line is
            // left out so an unchanged problem that moved down a few lines is not reported as new.
            fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{d.File}\n{d.Code}\n{d.Message}")))[..32],
            severity = d.IsError ? "major" : "minor",
            location = new { path = d.File, lines = new { begin = d.Line } },
        });
        return JsonSerializer.Serialize(issues, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
