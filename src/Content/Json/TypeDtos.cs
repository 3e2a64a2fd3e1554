namespace VbeKnowledge.Content.Json;

/// <summary>A routine's "Gör så här nu": its short steps and the contacts it names, in the page's order.</summary>
public sealed record RoutineDto(IReadOnlyList<string> Now, IReadOnlyList<ContactDto> Contacts);

/// <summary>A contact from <c>_data/contacts.yml</c>. <c>Phone</c> is null when no source gives a number; <c>WhereToFind</c> then says where staff find it.</summary>
public sealed record ContactDto(string Id, string Role, string Unit, string? Phone, string? Hours, string? WhereToFind, SourceDto Source);

/// <summary>A symbol's catalogue entry; <c>ImageUrl</c> is absolute to the site.</summary>
public sealed record SymbolDto(
    IReadOnlyList<string> OtherNames, string Environment, string EnvironmentLabel, string Meaning, IReadOnlyList<string> SeenIn,
    string Harmless, string Action, IReadOnlyList<string> PublicSources, string? ImageUrl, string? ImageAlt);

/// <summary>An action plan; <c>Activities</c> is left out of lists, where <c>ActivityCount</c> tells how many there are.</summary>
public sealed record PlanDto(
    string Board, string Period, string? Revised, string Revision, string FollowUp, int ActivityCount, IReadOnlyList<ActivityDto>? Activities,
    IReadOnlyList<PlanColumnDto> Columns);

/// <summary>A column of the plan's activity table, in the source's order: the activity field it shows and the source's heading.</summary>
public sealed record PlanColumnDto(string Field, string Label);

/// <summary>One activity of an action plan, with its plan, so a list across plans needs nothing else.</summary>
/// <param name="Id">Stable as long as the plan's rows keep their order: <c>&lt;planId&gt;-&lt;number&gt;</c>.</param>
/// <param name="Number">One-based position in the plan's front matter.</param>
public sealed record ActivityDto(
    string Id, int Number, string PlanId, string PlanTitle, string Board, string Period,
    string? Area, string AreaLabel, string Activity, string? Responsible, string? Schedule, string? FollowUp, string? OtherActors, string? Start);

/// <summary>A report such as the 2019 audit, with its figures as data.</summary>
public sealed record ReportDto(string Publisher, string? ReportNumber, DateOnly? Date, FiguresDto? Figures);

/// <summary>A table of figures and the date they refer to.</summary>
public sealed record FiguresDto(string Title, DateOnly? AsOf, IReadOnlyList<FigureRowDto> Rows);

/// <summary>One row of figures.</summary>
public sealed record FigureRowDto(string Label, double Value, double? Total, bool TotalIsApproximate);

/// <summary>A support unit of the directory.</summary>
public sealed record SupportUnitDto(string Organisation, IReadOnlyList<string> Functions, string TargetGroup);

/// <summary>A training offer.</summary>
public sealed record TrainingDto(string Format, string Audience, string WhereToFind);

/// <summary>A step of the introduction path, with the pages to read in it.</summary>
public sealed record IntroductionDto(int Step, int Minutes, IReadOnlyList<PageLinkDto> Links);

/// <summary>A glossary term.</summary>
public sealed record TermDto(string? Expansion, string Definition, IReadOnlyList<string> Synonyms);
