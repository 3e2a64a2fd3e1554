using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Content.Validation;
using VbeKnowledge.Generator.Output;
using VbeKnowledge.Generator.Search;
using VbeKnowledge.Generator.Theme;

namespace VbeKnowledge.Generator.Building;

/// <summary>The whole build, as one recipe: content → pages → theme → search → files, swapped in only on success.</summary>
public static class SiteBuilder
{
    private static readonly string[] CopiedExtensions = [".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf"];

    public static BuildResult Build(BuildRequest request, Action<string>? progress = null)
    {
        var clock = new StepClock();
        var folder = ContentFolder.Open(request.ContentDir);
        progress?.Invoke("Läser och kontrollerar innehållet");
        var content = ContentPipeline.Load(folder, new ContentOptions(request.Today, request.IncludeDrafts), clock); // content/ → rendered pages
        var diagnostics = content.Diagnostics;
        var theme = ThemeTemplates.Load(request.ThemeDir, diagnostics);                                       // parse every template once
        var settings = SiteSettings.Load(folder, diagnostics);                                                // content/_data/site.yml
        clock.Lap("theme");
        SiteSearch? search = null;
        var searchTests = new DiagnosticBag();
        if (request.IncludeSearch && content.Snapshot is { } searched)
        {
            progress?.Invoke("Bygger sökindexet");
            search = SiteSearch.Build(searched);
            if (request.RunsSearchTests) SearchTestCheck.Check(folder, searched, search, searchTests);      // content/_data/search-tests.yml
            diagnostics.AddRange(searchTests);
            clock.Lap("search");
        }
        if (content.Snapshot is not { } snapshot || theme is null || searchTests.HasErrors || (request.IsStrict && diagnostics.WarningCount > 0))
            return Failed(request, diagnostics, clock);

        using var output = OutputFolder.Create(request.OutputDir);
        progress?.Invoke("Skriver sidorna");
        var nodeModules = AssetPipeline.FindNodeModules(Directory.GetCurrentDirectory()) ?? AssetPipeline.FindNodeModules(folder.Root)
            ?? AssetPipeline.FindNodeModules(AppContext.BaseDirectory);   // the copy the installed tool carries
        var assets = AssetPipeline.Write(theme.AssetsDir, nodeModules, output);                               // fingerprinted css/js
        clock.Lap("assets");
        var searchIndex = new SearchIndexFile("", 0, 0);
        if (search is not null)
        {
            searchIndex = SearchIndexWriter.Write(search, output);                                            // lunr JSON
            clock.Lap("search index");
        }
        var site = new SiteView("Kunskapsbanken om våldsbejakande extremism", assets["site.css"], assets["site.js"], assets["search-core.js"],
            assets.GetValueOrDefault("lunr-sv.js", ""), searchIndex.Path, Navigation(snapshot), request.BaseUrl, settings.EditUrl, settings.ReportUrl, settings.ShowAuthors);
        new ThemeRenderer(theme, snapshot, site, request.Today).RenderAll(output);                            // Fluid layouts
        clock.Lap("pages");
        RedirectWriter.Write(snapshot.Pages, request.BaseUrl, output);                                       // aliases → redirect pages
        CopyMedia(folder.Root, output);
        if (SitemapWriter.CanWrite(request.BaseUrl)) output.WriteText("sitemap.xml", SitemapWriter.Sitemap(snapshot.Pages, request.BaseUrl));
        output.WriteText("robots.txt", SitemapWriter.Robots(request.BaseUrl));
        output.WriteText("feed.xml", FeedWriter.Write(snapshot.Pages, request.BaseUrl));
        WhatsNewWriter.Write(new ThemeRenderer(theme, snapshot, site, request.Today), snapshot, folder.Root, request.BaseUrl, settings.ShowAuthors, output); // nytt.html, nytt.xml
        if (StaticJsonWriter.CanWrite(request.BaseUrl)) StaticJsonWriter.Write(snapshot, request.BaseUrl, output);  // the API's JSON, same serializer
        clock.Lap("other files");
        output.SwapIn();                                                                                      // temp folder, then swap
        clock.Lap("swap");
        return new BuildResult(true, diagnostics, snapshot.Pages.Count, output.Target, searchIndex.Bytes, searchIndex.GzipBytes, clock.Elapsed)
        {
            Built = new(theme, snapshot, site),
            Steps = clock.Steps,
        };
    }

    private static BuildResult Failed(BuildRequest request, DiagnosticBag diagnostics, StepClock clock) =>
        new(false, diagnostics, 0, Path.GetFullPath(request.OutputDir), 0, 0, clock.Elapsed) { Steps = clock.Steps };

    private static List<LinkView> Navigation(ContentSnapshot snapshot) => snapshot.Pages
        .Where(p => p.Page.IsSectionIndex)
        .OrderBy(p => p.Page.Order).ThenBy(p => p.Page.Title, StringComparer.Ordinal)
        .Select(p => new LinkView(p.Page.Title, p.Page.Url))
        .ToList();

    private static void CopyMedia(string contentRoot, OutputFolder output)
    {
        foreach (var file in Directory.EnumerateFiles(contentRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(contentRoot, file).Replace('\\', '/');
            if (relative.StartsWith('_') || relative.Contains("/_") || relative.StartsWith('.')) continue;
            if (CopiedExtensions.Contains(Path.GetExtension(file).ToLowerInvariant())) output.CopyFile(file, relative);
        }
    }
}
