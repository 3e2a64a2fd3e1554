namespace VbeKnowledge.Api.Queries;

/// <summary>Case-insensitive "contains" for free-text filters (Swedish letters fold like any other).</summary>
public static class TextMatch
{
    public static bool Contains(string? haystack, string? needle) =>
        needle is null || (haystack is not null && haystack.Contains(needle, StringComparison.OrdinalIgnoreCase));
}
