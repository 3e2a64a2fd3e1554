namespace VbeKnowledge.Content.Model;

/// <summary>A page as read from its file: typed front matter, the Markdown body and where it came from.</summary>
public sealed record Page
{
    /// <summary>The file name without <c>.md</c>; unique across the site, stable for the API.</summary>
    public required string Id { get; init; }
    public required PageType Type { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>The role that answers for the page, never a person.</summary>
    public required string Owner { get; init; }
    public required IReadOnlyList<SourceReference> Sources { get; init; }
    public required DateOnly Reviewed { get; init; }
    public int ReviewIntervalMonths { get; init; } = 12;
    public DateOnly NextReview => Reviewed.AddMonths(ReviewIntervalMonths);
    public IReadOnlyList<string> Tags { get; init; } = [];
    public int Order { get; init; } = 1000;
    public IReadOnlyList<string> Related { get; init; } = [];
    public bool IsDraft { get; init; }
    public DateOnly? Publish { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Routines: anchors of the headings whose numbered list is also drawn as a flow diagram.</summary>
    public IReadOnlyList<string> Flow { get; init; } = [];

    /// <summary>The section folder (<c>rutiner</c>); empty for pages at the top of content/.</summary>
    public required string Section { get; init; }
    /// <summary>Path relative to content/ (<c>rutiner/vid-oro.md</c>).</summary>
    public required string SourcePath { get; init; }
    /// <summary>Path as shown in messages (<c>content/rutiner/vid-oro.md</c>).</summary>
    public required string DisplayPath { get; init; }
    /// <summary>Site path relative to the site root (<c>rutiner/vid-oro.html</c>).</summary>
    public required string Url { get; init; }
    public required string Body { get; init; }
    /// <summary>The one-based file line on which the body starts.</summary>
    public required int BodyLine { get; init; }

    /// <summary>The last commit that changed the file, when the content is in a git repository.</summary>
    public History.FileChange? LastChange { get; init; }

    public RoutineDetails? Routine { get; init; }
    public SymbolDetails? Symbol { get; init; }
    public PlanDetails? Plan { get; init; }
    public ReportDetails? Report { get; init; }
    public SupportUnitDetails? SupportUnit { get; init; }
    public TrainingDetails? Training { get; init; }
    public IntroductionDetails? Introduction { get; init; }
    public TermDetails? Term { get; init; }

    /// <summary>Where front-matter keys whose values refer to other files are written, for link checks.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourcePosition> Positions { get; init; } = new Dictionary<string, Diagnostics.SourcePosition>();

    /// <summary>True when the file has errors: the page is kept only so links to it resolve.</summary>
    public bool IsBroken { get; init; }

    public bool IsSectionIndex => Type == PageType.Section;
    public bool IsHome => Url == "index.html";
}

/// <summary>Which source document, and which part of it, a page rests on.</summary>
public sealed record SourceReference(string Document, string Section);
