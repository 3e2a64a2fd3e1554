namespace VbeKnowledge.Content.Json;

/// <summary>The answer to a search: the query as understood, how many hits, and the hits best first.</summary>
public sealed record SearchResultsDto(string Query, string LunrQuery, int Total, IReadOnlyList<SearchHitDto> Results);

/// <summary>One hit: the page, the heading it hit (null for the page itself), and a snippet with &lt;mark&gt;ed words.</summary>
public sealed record SearchHitDto(string Id, string Title, string? Section, string Type, string TypeLabel, string Url, double Score, string Snippet);
