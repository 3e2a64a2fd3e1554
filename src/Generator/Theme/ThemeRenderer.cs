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

    private readonly PageViewFactory _views = new(snapshot, today);

    public void RenderAll(OutputFolder output)
    {
        var pages = snapshot.Pages;
        var html = new string[pages.Count];
        Parallel.For(0, pages.Count, i => html[i] = Render(pages[i]));
        for (var i = 0; i < pages.Count; i++) output.WriteText(pages[i].Page.Url, html[i]);
        output.WriteText("sok.html", RenderSpecial("search", "sok.html", "Sök", "Sök i kunskapsbanken."));
        output.WriteText("404.html", RenderSpecial("404", "404.html", "Sidan finns inte", "Sidan du sökte finns inte."));
    }

    public string Render(RenderedPage rendered)
    {
        var page = rendered.Page;
        var view = _views.Create(rendered);
        var layout = LayoutFor(rendered);
        var context = NewContext(page.Url, view);
        if (layout is "symbols" or "directory")
            context.SetValue("filters", Filters(rendered, layout));
        return RenderInBase(layout, context);
    }

    private string RenderSpecial(string layout, string url, string title, string summary)
    {
        var view = new PageView
        {
            Id = layout, Type = "page", TypeLabel = "Sida", Title = title, Summary = summary, Url = url, Html = "",
            Owner = "", Reviewed = "", ReviewedIso = "", NextReview = "", IsOverdue = false, Sources = [], Tags = [], Toc = [],
            Breadcrumbs = [], Related = [],
            Children = snapshot.Pages.Where(p => p.Page.IsSectionIndex).Select(p => _views.Card(p.Page, url)).ToList(),
        };
        return RenderInBase(layout, NewContext(url, view));
    }

    private string RenderInBase(string layout, TemplateContext context)
    {
        var content = theme[layout].Render(context, Encoder);
        context.SetValue("content", content);
        return theme["base"].Render(context, Encoder);
    }

    private TemplateContext NewContext(string url, PageView view)
    {
        var root = SiteUrls.RootFrom(url);
        var context = new TemplateContext(theme.Options);
        context.SetValue("site", site);
        context.SetValue("page", view);
        context.SetValue("root", root);
        context.SetValue("nav", site.Nav.Select(n => n with { Url = root + n.Url, IsCurrent = url.StartsWith(n.Url.Replace("index.html", ""), StringComparison.Ordinal) && n.Url != "index.html" }).ToList());
        context.SetValue("urls", snapshot.ById.ToDictionary(p => p.Key, p => SiteUrls.Relative(url, p.Value.Page.Url)));
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
