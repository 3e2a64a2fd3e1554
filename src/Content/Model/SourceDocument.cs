namespace VbeKnowledge.Content.Model;

/// <summary>A source document pages can cite, from content/_data/sources.yml.</summary>
public sealed record SourceDocument(string Key, string Title, string Publisher, string Year);
