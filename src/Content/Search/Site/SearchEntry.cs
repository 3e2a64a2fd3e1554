using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// What a search hit shows: the page, the heading it hit (for section documents) and the indexed
/// body text, in which a snippet finds and highlights the words that matched (<see cref="Snippet"/>).
/// </summary>
/// <param name="Ref">The index ref: short and opaque (<c>d1f</c>); <paramref name="PageId"/> and <paramref name="Anchor"/> say what it is.</param>
/// <param name="Anchor">The heading's anchor for a section document; null for the page itself.</param>
/// <param name="Url">Site path relative to the site root, with the anchor for a section.</param>
/// <param name="Summary">
/// Where in <paramref name="Body"/> the hit's summary is, shown when no word of the body matched: the page's
/// summary, or a section's first paragraph of prose; null for a section without prose, which shows its page's.
/// </param>
public sealed record SearchEntry(string Ref, string PageId, string Title, string? Section, string? Anchor, string Url, string Type, string TypeLabel, string Body, TextRange? Summary);
