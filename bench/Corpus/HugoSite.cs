namespace VbeKnowledge.Bench.Corpus;

/// <summary>
/// The Hugo side of the comparison: the same page files under content/ (the start page as Hugo's
/// _index.md), a config, and a minimal theme of layouts that render what ours renders: the page
/// title, a table of contents, the body, a plan's activity table and a section's page list.
/// Taxonomy pages are off: our site has none.
/// </summary>
public static class HugoSite
{
    public static string ContentPath(PageSpec page) => page.IsHome ? "_index.md" : page.Path;

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["hugo.toml"] = """
            baseURL = "http://127.0.0.1/"
            languageCode = "sv"
            title = "Kunskapsbanken om våldsbejakande extremism"
            disableKinds = ["taxonomy", "term"]
            relativeURLs = true

            [markup.tableOfContents]
            startLevel = 2
            endLevel = 3

            """,
        ["layouts/_default/baseof.html"] = """
            <!doctype html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
            <meta name="description" content="{{ .Summary | plainify }}"></head>
            <body>
            <nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>

            """,
        ["layouts/_default/single.html"] = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p>{{ .Params.summary }}</p>
            <aside>{{ .TableOfContents }}</aside>
            {{ with .Params.activities }}<table><tr><th>Område</th><th>Aktivitet</th><th>Ansvarig</th><th>Tidplan</th></tr>
            {{ range . }}<tr><td>{{ .area }}</td><td>{{ .activity }}</td><td>{{ .responsible }}</td><td>{{ .schedule }}</td></tr>{{ end }}</table>{{ end }}
            {{ .Content }}
            {{ end }}

            """,
        ["layouts/_default/list.html"] = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
            {{ end }}

            """,
    };
}
