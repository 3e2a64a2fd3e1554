namespace VbeKnowledge.Content.Json;

/// <summary>A page as the API and the static <c>api/v1/pages/&lt;id&gt;.json</c> files serve it.</summary>
/// <param name="Url">The page's absolute site URL.</param>
/// <param name="Html">Sanitised body HTML, every link and image absolute to the site: safe to embed.</param>
/// <param name="Related">The pages named in <c>related:</c>, in that order.</param>
/// <param name="LinksTo">The pages the body links to, in the order of their first link.</param>
public sealed record PageDto(
    string Id, string Type, string TypeLabel, string Title, string Summary, string Owner, string Section, string Url,
    IReadOnlyList<string> Tags, DateOnly Reviewed, DateOnly NextReview, IReadOnlyList<SourceDto> Sources,
    string Html, string PlainText, IReadOnlyList<HeadingDto> Headings,
    IReadOnlyList<PageLinkDto> Related, IReadOnlyList<PageLinkDto> LinksTo,
    SymbolDto? Symbol = null, PlanDto? Plan = null, ReportDto? Report = null, SupportUnitDto? SupportUnit = null,
    TrainingDto? Training = null, IntroductionDto? Introduction = null, TermDto? Term = null, RoutineDto? Routine = null);

/// <summary>A page in a list: what a consumer needs to show and link it, plus the details of its type where a typed list asks for them.</summary>
public sealed record PageSummaryDto(
    string Id, string Type, string TypeLabel, string Title, string Summary, string Section, string Url,
    IReadOnlyList<string> Tags, DateOnly Reviewed,
    SymbolDto? Symbol = null, PlanDto? Plan = null, ReportDto? Report = null, SupportUnitDto? SupportUnit = null,
    TrainingDto? Training = null, IntroductionDto? Introduction = null, TermDto? Term = null, RoutineDto? Routine = null);

/// <summary>A link to another page: enough to show its title and point at its site URL and its API id.</summary>
public sealed record PageLinkDto(string Id, string Type, string Title, string Url);

/// <summary>A heading of a page with its anchor and the absolute URL of that anchor.</summary>
public sealed record HeadingDto(int Level, string Text, string Id, string Url);

/// <summary>A source a page rests on: the document from <c>_data/sources.yml</c> and the part of it.</summary>
public sealed record SourceDto(string Document, string? Title, string? Publisher, string? Year, string Section);

/// <summary>One page of a paged list.</summary>
public sealed record PagedDto<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

/// <summary>A whole (small) list: every item, no paging.</summary>
public sealed record ListDto<T>(IReadOnlyList<T> Items, int Total);
