using System.Globalization;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;
using static VbeKnowledge.Content.Markdown.SiteUrls;

namespace VbeKnowledge.Generator.Theme;

/// <summary>Builds the view model of each page from the content snapshot: breadcrumbs, children, type-specific parts.</summary>
public sealed class PageViewFactory(ContentSnapshot snapshot, DateOnly today)
{
    private readonly Dictionary<string, RenderedPage> _sectionIndex = snapshot.Pages
        .Where(p => p.Page.IsSectionIndex).GroupBy(p => p.Page.Section).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly List<RenderedPage> _steps = snapshot.Pages
        .Where(p => p.Page.Introduction is not null).OrderBy(p => p.Page.Introduction!.Step).ToList();

    public IEnumerable<RenderedPage> ChildrenOf(RenderedPage section) => snapshot.Pages
        .Where(p => !p.Page.IsSectionIndex && !p.Page.IsHome && p.Page.Section == section.Page.Section && section.Page.Section.Length > 0);

    public PageView Create(RenderedPage rendered)
    {
        var page = rendered.Page;
        var from = page.Url;
        string Rel(Page target) => Relative(from, target.Url);
        var change = page.LastChange;
        return new PageView
        {
            Id = page.Id,
            Type = page.Type.Name(),
            TypeLabel = page.Type.Label(),
            Title = page.Title,
            Summary = page.Summary,
            Url = page.Url,
            Html = rendered.Html,
            Owner = page.Owner,
            Reviewed = SwedishDates.Long(page.Reviewed),
            ReviewedIso = SwedishDates.Iso(page.Reviewed),
            NextReview = SwedishDates.Long(page.NextReview),
            IsOverdue = page.NextReview < today,
            PlanRevisionOverdue = page.Plan is { } revised && Review.ReviewSchedule.PlanRevisionDue(revised) is { } due && due < today ? SwedishDates.Long(due) : null,
            LastChanged = change is null ? null : SwedishDates.Long(DateOnly.FromDateTime(change.Date.UtcDateTime)),
            LastChangedIso = change?.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LastChangedBy = change?.Author,
            Sources = page.Sources.Select(s => new SourceView(
                snapshot.Data.Sources.TryGetValue(s.Document, out var doc) ? doc.Title : s.Document, s.Section)).ToList(),
            Tags = page.Tags,
            Toc = rendered.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry(h.Level, h.Text, h.Id)).ToList(),
            Breadcrumbs = Breadcrumbs(page, Rel),
            Related = page.Related.Where(snapshot.ById.ContainsKey).Select(id => snapshot.ById[id].Page)
                .Select(p => new LinkView(p.Title, Rel(p), Summary: p.Summary, TypeLabel: p.Type.Label())).ToList(),
            Children = page.IsSectionIndex ? ChildrenOf(rendered).Select(c => Card(c.Page, from)).ToList() : [],
            Action = page.Routine is { } routine ? Action(routine) : null,
            Symbol = page.Symbol is { } s ? new SymbolView(s.OtherNames, s.Environment, Schema.Environments[s.Environment], s.Meaning,
                s.SeenIn.Select(SeenInLabel).ToList(), s.Harmless, s.Action, s.PublicSources, s.Image, s.ImageAlt) : null,
            Plan = page.Plan is { } plan ? Plan(plan) : null,
            Report = page.Report is { } r ? new ReportView(r.Publisher, r.ReportNumber, r.Date is { } d ? SwedishDates.Long(d) : null,
                r.Figures is { } f ? Figures(f) : null) : null,
            Unit = page.SupportUnit is { } u ? new UnitView(u.Organisation, u.Functions, u.TargetGroup) : null,
            Training = page.Training is { } t ? new TrainingView(t.Format, t.Audience, t.WhereToFind) : null,
            Step = page.Introduction is { } i ? Step(page, i, Rel) : null,
            Term = page.Term is { } term ? new TermView(term.Expansion, term.Definition, term.Synonyms) : null,
        };
    }

    private ActionView Action(RoutineDetails routine) => new(routine.Now, routine.Contacts
        .Select(id => snapshot.Data.Contacts[id])
        .Select(c => new ContactView(c.Id, c.Role, c.Unit, c.Hours, c.Phone, c.TelNumber, c.WhereToFind, SourceTitle(c.Source)))
        .ToList());

    private string SourceTitle(SourceReference source) =>
        (snapshot.Data.Sources.TryGetValue(source.Document, out var doc) ? doc.Title : source.Document) + ", " + source.Section;

    public CardView Card(Page page, string from)
    {
        var (filter, filterLabel) = page switch
        {
            { Symbol: { } s } => (s.Environment, Schema.Environments[s.Environment]),
            { SupportUnit: { } u } => (string.Join(' ', u.Functions), string.Join(", ", u.Functions)),
            { Training: { } t } => (t.Format, t.Format),
            _ => ((string?)null, (string?)null),
        };
        var folder = page.SourcePath.Contains('/') ? page.SourcePath[..page.SourcePath.LastIndexOf('/')] : "";
        string? image = page.Symbol?.Image is { } img ? Relative(from, Combine(folder, img) ?? img) : null;
        IReadOnlyList<string> badges = page switch
        {
            { Symbol: { } s } => s.OtherNames.Take(3).ToList(),
            { Introduction: { } i } => [$"{i.Minutes} min"],
            { Plan: { } p } => [p.Period, $"{p.Activities.Count} aktiviteter"],
            _ => [],
        };
        var initial = page.Title.FirstOrDefault(char.IsLetterOrDigit).ToString();
        return new CardView(page.Id, page.Title, initial, page.Summary, Relative(from, page.Url), page.Type.Label(), filter, filterLabel, image, page.Symbol?.ImageAlt, badges);
    }

    private List<LinkView> Breadcrumbs(Page page, Func<Page, string> rel)
    {
        var crumbs = new List<LinkView>();
        if (page.IsHome) return crumbs;
        if (snapshot.ById.TryGetValue("start", out var home)) crumbs.Add(new LinkView("Start", rel(home.Page)));
        if (!page.IsSectionIndex && _sectionIndex.TryGetValue(page.Section, out var section))
            crumbs.Add(new LinkView(section.Page.Title, rel(section.Page)));
        crumbs.Add(new LinkView(page.Title, "", IsCurrent: true));
        return crumbs;
    }

    private static PlanView Plan(PlanDetails plan)
    {
        var number = 0;
        var groups = Schema.ActivityAreas.Append(new KeyValuePair<string, string>("", Schema.NoAreaLabel))
            .Select(area => (area, activities: plan.Activities.Where(a => (a.Area ?? "") == area.Key).ToList()))
            .Where(g => g.activities.Count > 0)
            .Select(g =>
            {
                var columns = PlanColumns.For(plan, g.activities).Select(c => new ColumnView(c.Field, c.Label)).ToList();
                return new ActivityGroupView(g.area.Key.Length == 0 ? "utan-omrade" : g.area.Key, g.area.Value,
                    g.activities.Select(a => new ActivityView(++number, a.Activity, a.Responsible, a.Schedule, a.FollowUp, a.OtherActors, a.Start,
                        columns.Select(c => new CellView(c.Field, PlanColumns.Text(a, c.Field))).ToList())).ToList(),
                    columns);
            })
            .ToList();
        return new PlanView(plan.Board, plan.Period, plan.Revised, plan.Revision, plan.FollowUp, plan.Activities.Count, groups);
    }

    private static FiguresView Figures(ReportFigures figures) => new(
        figures.Title, figures.AsOf is { } d ? SwedishDates.Long(d) : null,
        figures.Rows.Select(r => new FigureRowView(r.Label, Number(r.Value),
            r.Total is { } t ? (r.TotalIsApproximate ? "cirka " : "") + Number(t) : null, FigureChart.Percent(r))).ToList(),
        FigureChart.Svg(figures));

    /// <summary>The introduction's steps in order, linked from <paramref name="fromUrl"/>: the start page's door resumes at the first one not done.</summary>
    public IReadOnlyList<StepLinkView> IntroductionSteps(string fromUrl) =>
        _steps.Select(s => new StepLinkView(s.Page.Id, s.Page.Introduction!.Step, Relative(fromUrl, s.Page.Url))).ToList();

    private StepView Step(Page page, IntroductionDetails step, Func<Page, string> rel)
    {
        var index = _steps.FindIndex(p => p.Page.Id == page.Id);
        LinkView? Link(int i) => i >= 0 && i < _steps.Count ? new LinkView(_steps[i].Page.Title, rel(_steps[i].Page)) : null;
        var links = step.Links.Where(snapshot.ById.ContainsKey).Select(id => snapshot.ById[id].Page)
            .Select(p => new LinkView(p.Title, rel(p), Summary: p.Summary, TypeLabel: p.Type.Label())).ToList();
        return new StepView(step.Step, _steps.Count, step.Minutes, links, Link(index - 1), Link(index + 1), _steps.Select(s => s.Page.Id).ToList());
    }

    /// <summary>Swedish number format with a space as thousands separator: 2 679.</summary>
    private static string Number(double value) =>
        value.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(",", "\u00a0").Replace('.', ',');

    private static string SeenInLabel(string key) => key switch
    {
        "graffiti" => "Graffiti", "klistermarken" => "Klistermärken", "kladsel" => "Kläder",
        "tatueringar" => "Tatueringar", "natet" => "På nätet", "flaggor" => "Flaggor",
        "musik" => "Musik", "smycken" => "Smycken", _ => key,
    };
}
