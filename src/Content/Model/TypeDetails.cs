namespace VbeKnowledge.Content.Model;

/// <summary>Front matter of a symbol entry in the catalogue.</summary>
public sealed record SymbolDetails(
    IReadOnlyList<string> OtherNames, string Environment, string Meaning, IReadOnlyList<string> SeenIn,
    string Harmless, string Action, IReadOnlyList<string> PublicSources, string? Image, string? ImageAlt);

/// <summary>Front matter of a nämnd's action plan, with its activities as data.</summary>
public sealed record PlanDetails(
    string Board, string Period, string? Revised, string Revision, string FollowUp, IReadOnlyList<PlanActivity> Activities)
{
    /// <summary>
    /// The columns of the plan's tables, with the source's names and in the source's order; empty when the
    /// front matter gives none, and the theme then shows the district plans' usual columns that have data.
    /// </summary>
    public IReadOnlyList<PlanColumn> Columns { get; init; } = [];
}

/// <summary>One column of a plan's activity tables: which activity field it shows, under the source's heading.</summary>
public sealed record PlanColumn(string Field, string Label);

/// <summary>One row of an action plan's activity tables, transcribed exactly from the source.</summary>
public sealed record PlanActivity(
    string? Area, string Activity, string? Responsible, string? Schedule, string? FollowUp, string? OtherActors, string? Start);

/// <summary>Front matter of a report such as the 2019 audit, with its figures as data.</summary>
public sealed record ReportDetails(string Publisher, string? ReportNumber, DateOnly? Date, ReportFigures? Figures);

/// <summary>A table of figures from a report and the date the figures refer to.</summary>
public sealed record ReportFigures(string Title, DateOnly? AsOf, IReadOnlyList<FigureRow> Rows);

/// <summary>One row of report figures: a value, optionally out of a total.</summary>
public sealed record FigureRow(string Label, double Value, double? Total, bool TotalIsApproximate);

/// <summary>Front matter of a support unit in the directory.</summary>
public sealed record SupportUnitDetails(string Organisation, IReadOnlyList<string> Functions, string TargetGroup);

/// <summary>Front matter of a training offer.</summary>
public sealed record TrainingDetails(string Format, string Audience, string WhereToFind);

/// <summary>Front matter of a step of the introduction path.</summary>
public sealed record IntroductionDetails(int Step, int Minutes, IReadOnlyList<string> Links);

/// <summary>Front matter of a glossary term.</summary>
public sealed record TermDetails(string? Expansion, string Definition, IReadOnlyList<string> Synonyms);
