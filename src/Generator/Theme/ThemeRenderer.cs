using System.Text.Encodings.Web;
using Fluid;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;
using VbeKnowledge.Generator.Output;

namespace VbeKnowledge.Generator.Theme;

/// <summary>Renders every page through its layout and the base layout, and the site's own pages (search, 404).</summary>
public sealed class ThemeRenderer(ThemeTemplates theme, ContentSnapshot snapshot, SiteView site, DateOnly today)
{
    /// <summary>Escapes markup but leaves å, ä, ö and other letters as they are (the default encoder writes &amp;#xE5;).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The page ids the theme's templates look up in <c>urls[…]</c>; add an id here when a template needs it.</summary>
    public static readonly string[] ThemeLinks = ["start", "vid-oro", "symboler", "introduktion", "ordlista", "publicera"];

    private readonly PageViewFactory _views = new(snapshot, today);

    public void RenderAll(OutputFolder output)
    {
        // Each page is written as soon as it is rendered: holding every page's HTML until the end cost
        // more memory than the content itself on a 10,000-page site.
        Parallel.ForEach(snapshot.Pages, page => output.WriteText(page.Page.Url, Render(page)));
        output.WriteText("sok.html", RenderSpecial("search", "sok.html", "Sök", "Sök i kunskapsbanken."));
        // A server shows 404.html at whatever address was missing, so its links start from the base URL, not from itself.
        output.WriteText("404.html", RenderSpecial("404", "404.html", "Sidan finns inte", "Sidan du sökte finns inte.", site.BaseUrl ?? "/"));
    }

    public string Render(RenderedPage rendered)
    {
        var page = rendered.Page;
        var view = _views.Create(rendered) with
        {
            EditUrl = SiteSettings.EditLink(site.EditUrl, page.SourcePath),
            ReportUrl = SiteSettings.ReportLink(site.ReportUrl, page.SourcePath, (site.BaseUrl ?? "/") + page.Url, page.Title),
        };
        var layout = LayoutFor(rendered);
        var context = NewContext(page.Url, view);
        if (layout is "symbols" or "directory")
            context.SetValue("filters", Filters(rendered, layout));
        if (layout is "home")
            context.SetValue("intro_steps", _views.IntroductionSteps(page.Url));
        return RenderInBase(layout, context);
    }

    private string RenderSpecial(string layout, string url, string title, string summary, string? root = null)
    {
        var view = new PageView
        {
            Id = layout, Type = "page", TypeLabel = "Sida", Title = title, Summary = summary, Url = url, Html = "",
            Owner = "", Reviewed = "", ReviewedIso = "", NextReview = "", IsOverdue = false, Sources = [], Tags = [], Toc = [],
            Breadcrumbs = [], Related = [],
            Children = snapshot.Pages.Where(p => p.Page.IsSectionIndex).Select(p => _views.Card(p.Page, url) with { Url = (root ?? "") + p.Page.Url }).ToList(),
        };
        return RenderInBase(layout, NewContext(url, view, root));
    }

    /// <summary>A page the generator makes itself (not from content/), through its own layout, with one extra value for it.</summary>
    public string RenderGenerated(string layout, string url, string title, string summary, string name, object model)
    {
        var home = snapshot.ById.TryGetValue("start", out var start) ? new LinkView("Start", SiteUrls.Relative(url, start.Page.Url)) : null;
        var view = new PageView
        {
            Id = layout, Type = "page", TypeLabel = "Sida", Title = title, Summary = summary, Url = url, Html = "",
            Owner = "", Reviewed = "", ReviewedIso = "", NextReview = "", IsOverdue = false, Sources = [], Tags = [], Toc = [],
            Breadcrumbs = home is null ? [] : [home, new LinkView(title, "", IsCurrent: true)], Related = [],
        };
        var context = NewContext(url, view);
        context.SetValue(name, model);
        return RenderInBase(layout, context);
    }

    private string RenderInBase(string layout, TemplateContext context)
    {
        var content = theme[layout].Render(context, Encoder);
        context.SetValue("content", content);
        return theme["base"].Render(context, Encoder);
    }

    private TemplateContext NewContext(string url, PageView view, string? rootOverride = null)
    {
        var root = rootOverride ?? SiteUrls.RootFrom(url);
        var context = new TemplateContext(theme.Options);
        context.SetValue("site", site);
        context.SetValue("page", view);
        context.SetValue("root", root);
        context.SetValue("nav", site.Nav.Select(n => n with { Url = root + n.Url, IsCurrent = url.StartsWith(n.Url.Replace("index.html", ""), StringComparison.Ordinal) && n.Url != "index.html" }).ToList());
        // Only the pages the theme links by id (the three doors, the editor guide): a map of every page,
        // for every page, made the build quadratic (bench/RESULTS.md: 24 minutes for 10,000 pages).
        context.SetValue("urls", ThemeLinks
            .Where(snapshot.ById.ContainsKey)
            .ToDictionary(id => id, id => rootOverride is null ? SiteUrls.Relative(url, snapshot.ById[id].Page.Url) : root + snapshot.ById[id].Page.Url));
        return context;
    }

    private string LayoutFor(RenderedPage rendered)
    {
        var page = rendered.Page;
        if (page.IsHome) return "home";
        if (!page.IsSectionIndex) return "page";
        var types = _views.ChildrenOf(rendered).Select(c => c.Page.Type).Distinct().ToList();
        return types switch
        {
            [PageType.Symbol] => "symbols",
            [PageType.Introduction] => "introduction",
            [PageType.Term] => "glossary",
            [PageType.SupportUnit] => "directory",
            _ => "section",
        };
    }

    private List<FilterView> Filters(RenderedPage section, string layout)
    {
        var children = _views.ChildrenOf(section).Select(c => c.Page).ToList();
        return layout == "symbols"
            ? Schema.Environments.Select(e => new FilterView(e.Key, e.Value, children.Count(c => c.Symbol?.Environment == e.Key))).Where(f => f.Count > 0).ToList()
            : Schema.UnitFunctions.Select(f => new FilterView(f, char.ToUpperInvariant(f[0]) + f[1..], children.Count(c => c.SupportUnit?.Functions.Contains(f) == true))).Where(f => f.Count > 0).ToList();
    }
}
