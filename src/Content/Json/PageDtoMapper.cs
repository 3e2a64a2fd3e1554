using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Json;

/// <summary>Maps rendered pages of a snapshot to the DTOs the API and the static JSON files share.</summary>
public sealed class PageDtoMapper(ContentSnapshot snapshot, SiteLinks links)
{
    public ContentSnapshot Snapshot => snapshot;
    public SiteLinks Links => links;

    public PageDto Page(RenderedPage rendered)
    {
        var page = rendered.Page;
        var url = links.PageUrl(page);
        return new PageDto(
            page.Id, page.Type.Name(), page.Type.Label(), page.Title, page.Summary, page.Owner, page.Section, url,
            page.Tags, page.Reviewed, page.NextReview, Sources(page),
            EmbeddableHtml.Prepare(rendered.Html, url), rendered.PlainText,
            [.. rendered.Headings.Select(h => new HeadingDto(h.Level, h.Text, h.Id, url + "#" + h.Id))],
            LinksTo(page.Related), LinksTo(rendered.LinkedPageIds),
            Symbol(page), Plan(page, withActivities: true), Report(page), SupportUnit(page), Training(page), Introduction(page), Term(page), Routine(page));
    }

    /// <summary>A list item; <paramref name="withDetails"/> adds the type's details (plans without their activities).</summary>
    public PageSummaryDto Summary(RenderedPage rendered, bool withDetails = false)
    {
        var page = rendered.Page;
        var summary = new PageSummaryDto(page.Id, page.Type.Name(), page.Type.Label(), page.Title, page.Summary, page.Section,
            links.PageUrl(page), page.Tags, page.Reviewed);
        return withDetails
            ? summary with
            {
                Symbol = Symbol(page), Plan = Plan(page, withActivities: false), Report = Report(page), SupportUnit = SupportUnit(page),
                Training = Training(page), Introduction = Introduction(page), Term = Term(page), Routine = Routine(page),
            }
            : summary;
    }

    public IReadOnlyList<ActivityDto> Activities(Page page) =>
        page.Plan is not { } plan ? [] :
        [.. plan.Activities.Select((a, i) => new ActivityDto(
            $"{page.Id}-{i + 1}", i + 1, page.Id, page.Title, plan.Board, plan.Period,
            a.Area, a.Area is null ? Schema.NoAreaLabel : Schema.ActivityAreas.GetValueOrDefault(a.Area, a.Area), a.Activity, a.Responsible, a.Schedule, a.FollowUp, a.OtherActors, a.Start))];

    public PageLinkDto? Link(string id) =>
        snapshot.ById.TryGetValue(id, out var target)
            ? new PageLinkDto(target.Page.Id, target.Page.Type.Name(), target.Page.Title, links.PageUrl(target.Page))
            : null;

    /// <summary>Ids that name no published page (a draft, a page not yet published) are left out.</summary>
    private IReadOnlyList<PageLinkDto> LinksTo(IEnumerable<string> ids) => [.. ids.Select(Link).OfType<PageLinkDto>()];

    private IReadOnlyList<SourceDto> Sources(Page page) => [.. page.Sources.Select(Source)];

    private SourceDto Source(SourceReference s) => snapshot.Data.Sources.TryGetValue(s.Document, out var doc)
        ? new SourceDto(s.Document, doc.Title, doc.Publisher, doc.Year, s.Section)
        : new SourceDto(s.Document, null, null, null, s.Section);

    private RoutineDto? Routine(Page page) => page.Routine is not { } r ? null : new RoutineDto(r.Now,
        [.. r.Contacts.Select(id => snapshot.Data.Contacts[id]).Select(c => new ContactDto(c.Id, c.Role, c.Unit, c.Phone, c.Hours, c.WhereToFind, Source(c.Source)))]);

    private SymbolDto? Symbol(Page page) => page.Symbol is not { } s ? null : new SymbolDto(
        s.OtherNames, s.Environment, Schema.Environments.GetValueOrDefault(s.Environment, s.Environment), s.Meaning, s.SeenIn,
        s.Harmless, s.Action, s.PublicSources, s.Image is null ? null : links.FileBeside(page, s.Image), s.ImageAlt);

    private PlanDto? Plan(Page page, bool withActivities) => page.Plan is not { } p ? null : new PlanDto(
        p.Board, p.Period, p.Revised, p.Revision, p.FollowUp, p.Activities.Count, withActivities ? Activities(page) : null,
        [.. PlanColumns.For(p, p.Activities).Select(c => new PlanColumnDto(c.Field, c.Label))]);

    private static ReportDto? Report(Page page) => page.Report is not { } r ? null : new ReportDto(
        r.Publisher, r.ReportNumber, r.Date,
        r.Figures is not { } f ? null : new FiguresDto(f.Title, f.AsOf, [.. f.Rows.Select(x => new FigureRowDto(x.Label, x.Value, x.Total, x.TotalIsApproximate))]));

    private static SupportUnitDto? SupportUnit(Page page) => page.SupportUnit is not { } u ? null : new SupportUnitDto(u.Organisation, u.Functions, u.TargetGroup);

    private static TrainingDto? Training(Page page) => page.Training is not { } t ? null : new TrainingDto(t.Format, t.Audience, t.WhereToFind);

    private IntroductionDto? Introduction(Page page) => page.Introduction is not { } i ? null : new IntroductionDto(i.Step, i.Minutes, LinksTo(i.Links));

    private static TermDto? Term(Page page) => page.Term is not { } t ? null : new TermDto(t.Expansion, t.Definition, t.Synonyms);
}
