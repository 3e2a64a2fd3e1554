using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Content.Validation;

/// <summary>One relevance test of content/_data/search-tests.yml: a query and the page that must come first, or within the first three.</summary>
/// <param name="At">Where the entry starts (its <c>query</c> key), where a failure is reported.</param>
public sealed record SearchTest(string Query, string PageId, bool MustBeFirst, SourcePosition At);
