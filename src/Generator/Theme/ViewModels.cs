namespace VbeKnowledge.Generator.Theme;

// The view models the Liquid templates see. Templates use snake_case names: IsCurrent → is_current.

/// <summary>What every page of the site shares: name, navigation, asset URLs.</summary>
public sealed record SiteView(string Title, string Css, string Js, string SearchCoreJs, string LunrJs, string SearchIndexJs, IReadOnlyList<LinkView> Nav, string? BaseUrl, string? EditUrl, string? ReportUrl, bool ShowAuthors = false);

/// <summary>A link with a title, optionally marked as the current place.</summary>
public sealed record LinkView(string Title, string Url, bool IsCurrent = false, string? Summary = null, string? TypeLabel = null);

/// <summary>A source a page rests on, resolved to the document's full title.</summary>
public sealed record SourceView(string Document, string Section);

/// <summary>One entry of a page's table of contents.</summary>
public sealed record TocEntry(int Level, string Text, string Id);

/// <summary>Everything a page template needs; the type-specific parts are null for other types.</summary>
public sealed record PageView
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string TypeLabel { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Url { get; init; }
    public required string Html { get; init; }
    public required string Owner { get; init; }
    public required string Reviewed { get; init; }
    public required string ReviewedIso { get; init; }
    public required string NextReview { get; init; }
    public required bool IsOverdue { get; init; }

    /// <summary>For an action plan past its yearly revision: the date it was due (Swedish), else null.</summary>
    public string? PlanRevisionOverdue { get; init; }
    public string? LastChanged { get; init; }
    public string? LastChangedIso { get; init; }
    public string? LastChangedBy { get; init; }
    public required IReadOnlyList<SourceView> Sources { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<TocEntry> Toc { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required IReadOnlyList<LinkView> Related { get; init; }
    public IReadOnlyList<CardView> Children { get; init; } = [];
    /// <summary>Routines: the "Gör så här nu" block shown before the table of contents.</summary>
    public ActionView? Action { get; init; }
    public SymbolView? Symbol { get; init; }
    public PlanView? Plan { get; init; }
    public ReportView? Report { get; init; }
    public UnitView? Unit { get; init; }
    public TrainingView? Training { get; init; }
    public StepView? Step { get; init; }
    public TermView? Term { get; init; }
    /// <summary>"Redigera sidan" and "Rapportera ett fel" for this page; null until content/_data/site.yml sets them.</summary>
    public string? EditUrl { get; init; }
    public string? ReportUrl { get; init; }
}

/// <summary>A page in a list: section pages, the symbol grid, the directory.</summary>
public sealed record CardView(string Id, string Title, string Initial, string Summary, string Url, string TypeLabel, string? Filter, string? FilterLabel, string? Image, string? ImageAlt, IReadOnlyList<string> Badges);

/// <summary>A routine's "Gör så här nu": its steps from <c>now:</c> and the contacts it names, in that order.</summary>
public sealed record ActionView(IReadOnlyList<string> Steps, IReadOnlyList<ContactView> Contacts);

/// <summary>A contact from content/_data/contacts.yml; <c>Tel</c> is the number for a <c>tel:</c> link, null with no number.</summary>
public sealed record ContactView(string Id, string Role, string Unit, string? Hours, string? Phone, string? Tel, string? WhereToFind, string Source);

public sealed record SymbolView(IReadOnlyList<string> OtherNames, string Environment, string EnvironmentLabel, string Meaning, IReadOnlyList<string> SeenIn, string Harmless, string Action, IReadOnlyList<string> PublicSources, string? Image, string? ImageAlt);

public sealed record PlanView(string Board, string Period, string? Revised, string Revision, string FollowUp, int ActivityCount, IReadOnlyList<ActivityGroupView> Areas);

/// <summary>One area's table; <c>Columns</c> are the plan's own (the source's names and order) or the usual ones that have data.</summary>
public sealed record ActivityGroupView(string Area, string Label, IReadOnlyList<ActivityView> Activities, IReadOnlyList<ColumnView> Columns);

public sealed record ColumnView(string Field, string Label);

public sealed record CellView(string Field, string? Text);

public sealed record ActivityView(int Number, string Activity, string? Responsible, string? Schedule, string? FollowUp, string? OtherActors, string? Start, IReadOnlyList<CellView> Cells);

public sealed record ReportView(string Publisher, string? ReportNumber, string? Date, FiguresView? Figures);

public sealed record FiguresView(string Title, string? AsOf, IReadOnlyList<FigureRowView> Rows, string ChartSvg);

public sealed record FigureRowView(string Label, string Value, string? Total, string? Percent);

public sealed record UnitView(string Organisation, IReadOnlyList<string> Functions, string TargetGroup);

public sealed record TrainingView(string Format, string Audience, string WhereToFind);

/// <summary>One step of the introduction as the start page links it.</summary>
public sealed record StepLinkView(string Id, int Number, string Url);

public sealed record StepView(int Number, int Total, int Minutes, IReadOnlyList<LinkView> Links, LinkView? Previous, LinkView? Next, IReadOnlyList<string> StepIds);

public sealed record TermView(string? Expansion, string Definition, IReadOnlyList<string> Synonyms);

/// <summary>A group of filter buttons (symbol environments, unit functions) with counts.</summary>
public sealed record FilterView(string Key, string Label, int Count);
