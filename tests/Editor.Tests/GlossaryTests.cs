using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

/// <summary>Glossary markup, read from the shared content pipeline's HTML: what the site and the API both serve.</summary>
public sealed class GlossaryTests
{
    private static readonly HtmlParser Parser = new();

    private static IDocument Render(string body, string page = "rutiner/sida.md")
    {
        using var site = Fixture.Site(
            ("ordlista/_index.md", Fixture.Page("Ordlista", type: "section")),
            ("ordlista/ckl.md", Fixture.Page("CKL", "expansion: den centrala krisledningsorganisationen\ndefinition: Stadens krisledning.", type: "term", body: "CKL leder krisen.")),
            ("ordlista/is.md", Fixture.Page("IS", "expansion: Islamiska staten\ndefinition: En terrororganisation.", type: "term")),
            ("ordlista/radikalisering.md", Fixture.Page("Radikalisering", "definition: En process där en person <börjar> stödja våld.", type: "term")),
            ("ordlista/vbe.md", Fixture.Page("VBE", "expansion: våldsbejakande extremism\ndefinition: Förkortning.", type: "term")),
            ("ordlista/vbe-team.md", Fixture.Page("VBE-team", "definition: Ett team.", type: "term")),
            (page, Fixture.Page("Sida", type: "routine", body: body)));
        var result = ContentPipeline.Load(ContentFolder.Open(site["content"]), new ContentOptions(new DateOnly(2026, 11, 25)));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));
        var id = Path.GetFileNameWithoutExtension(page);
        return Parser.ParseDocument("<body>" + result.Snapshot!.ById[id].Html + "</body>");
    }

    [Fact]
    public void An_abbreviation_is_marked_with_its_expansion_the_first_time_only()
    {
        var html = Render("Larmet går till CKL. Sedan leder CKL arbetet.");

        var abbr = Assert.Single(html.QuerySelectorAll("abbr"));
        Assert.Equal("CKL", abbr.TextContent);
        Assert.Equal("den centrala krisledningsorganisationen", abbr.GetAttribute("title"));
        Assert.Equal("Larmet går till CKL. Sedan leder CKL arbetet.", html.Body!.TextContent.Trim());
    }

    [Fact]
    public void A_term_is_marked_as_a_definition_that_links_to_its_glossary_entry()
    {
        var html = Render("Radikalisering kan gå fort. Om radikalisering vet vi mer i dag.");

        var dfn = Assert.Single(html.QuerySelectorAll("dfn"));
        Assert.Equal("Radikalisering", dfn.TextContent);
        Assert.Equal("En process där en person <börjar> stödja våld.", dfn.GetAttribute("title"));
        Assert.Equal("../ordlista/radikalisering.html", dfn.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_term_is_found_in_lower_case_but_an_abbreviation_only_as_written()
    {
        var html = Render("Det här is inte IS, men om radikalisering vet vi mer.");

        Assert.Equal("IS", Assert.Single(html.QuerySelectorAll("abbr")).TextContent);
        Assert.Equal("radikalisering", Assert.Single(html.QuerySelectorAll("dfn")).TextContent);
    }

    [Fact]
    public void Headings_links_and_code_are_left_alone_and_the_first_plain_mention_is_marked()
    {
        var html = Render("""
            ## Om CKL

            Se [CKL](../ordlista/ckl.md) och `CKL` i koden. Här står CKL i löptext.
            """);

        Assert.Empty(html.QuerySelectorAll("h2 abbr, a abbr, code abbr"));
        var abbr = Assert.Single(html.QuerySelectorAll("abbr"));
        Assert.Equal("P", abbr.ParentElement!.TagName);
        Assert.EndsWith("Här står CKL i löptext.", abbr.ParentElement.TextContent);
        Assert.Equal(" i löptext.", abbr.NextSibling!.TextContent);
    }

    [Fact]
    public void Only_whole_words_match_and_the_longest_term_wins()
    {
        var html = Render("ISIS och VBE-team nämns här, sedan VBE.");

        Assert.Equal(["VBE"], html.QuerySelectorAll("abbr").Select(a => a.TextContent));
        Assert.Equal(["VBE-team"], html.QuerySelectorAll("dfn").Select(d => d.TextContent));
    }

    [Fact]
    public void Terms_that_share_a_first_word_are_told_apart_and_the_longest_wins()
    {
        using var site = Fixture.Site(
            ("ordlista/_index.md", Fixture.Page("Ordlista", type: "section")),
            ("ordlista/lokal.md", Fixture.Page("Lokal", "definition: Något i en stadsdel.", type: "term")),
            ("ordlista/lokal-samordnare.md", Fixture.Page("Lokal samordnare", "definition: En person per förvaltning.", type: "term")),
            ("ordlista/lokal-lagesbild.md", Fixture.Page("Lokal lägesbild", "definition: En bild av läget.", type: "term")),
            ("rutiner/sida.md", Fixture.Page("Sida", type: "routine", body: "En lokal lägesbild tas fram av lokal samordnare, sedan lokal uppföljning.")));
        var result = ContentPipeline.Load(ContentFolder.Open(site["content"]), new ContentOptions(new DateOnly(2026, 11, 25)));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));

        var html = Parser.ParseDocument("<body>" + result.Snapshot!.ById["sida"].Html + "</body>");

        Assert.Equal(["lokal lägesbild", "lokal samordnare", "lokal"], html.QuerySelectorAll("dfn").Select(d => d.TextContent));
    }

    [Fact]
    public void A_term_is_not_marked_on_its_own_page()
    {
        var html = Render("CKL leder krisen.", page: "ordlista/ckl.md");

        Assert.Empty(html.QuerySelectorAll("abbr"));
    }

    [Fact]
    public void Several_terms_in_one_sentence_are_each_marked()
    {
        var html = Render("**CKL** och IS, och radikalisering.");

        Assert.Equal(["CKL", "IS"], html.QuerySelectorAll("abbr").Select(a => a.TextContent));
        Assert.Equal("STRONG", html.QuerySelector("abbr")!.ParentElement!.TagName);
        Assert.Single(html.QuerySelectorAll("dfn"));
    }

    [Fact]
    public void The_real_alarm_paths_explain_their_abbreviations()
    {
        var result = ContentPipeline.Load(ContentFolder.Open(Repo.Content), new ContentOptions(new DateOnly(2026, 11, 25)));

        var html = Parser.ParseDocument("<body>" + result.Snapshot!.ById["larmvagar"].Html + "</body>");

        var titles = html.QuerySelectorAll("abbr").ToDictionary(a => a.TextContent, a => a.GetAttribute("title"));
        Assert.Equal("tjänsteman i beredskap", titles["TIB"]);
        Assert.Equal("den centrala krisledningsorganisationen", titles["CKL"]);
        Assert.Equal("det psykosociala omhändertagandet", titles["POSOM"]);
    }
}
