using AngleSharp.Dom;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>
/// Issue 15, "Action first": every routine of the real site, the alarm paths among them, opens with "Gör så här nu"
/// (112 as a tel: link, 114 14, the routine's steps, its contacts) before the table of contents and the text.
/// </summary>
public sealed class ActionFirstTests(RealSite real)
{
    public static TheoryData<string> Routines => new(new RealSite().Content.Pages.Where(p => p.Page.Type == PageType.Routine).Select(p => p.Page.Url).Order(StringComparer.Ordinal));

    private Page PageAt(string url) => real.Content.Pages.Single(p => p.Page.Url == url).Page;

    private static bool Precedes(IElement first, IElement second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);

    [Fact]
    public void The_alarm_paths_are_among_the_routines_with_the_block()
    {
        Assert.Contains("rutiner/larmvagar.html", Routines.Select(r => r.Data));
        Assert.Contains("rutiner/vid-oro.html", Routines.Select(r => r.Data));
    }

    [Theory]
    [MemberData(nameof(Routines))]
    public void Routine_opens_with_the_block_right_after_its_title_and_before_the_table_of_contents(string url)
    {
        var document = real.Site.Html(url);
        var block = document.QuerySelector("[data-action-first]");

        Assert.NotNull(block);
        Assert.Equal("Gör så här nu", block.QuerySelector("h2")!.TextContent.Trim());
        Assert.Same(document.QuerySelector("article .page-header"), block.PreviousElementSibling);
        var toc = document.QuerySelector("nav.toc");
        Assert.NotNull(toc);   // every routine has a table of contents, so the order below is tested on each
        Assert.True(Precedes(block, toc), "the block must come before the table of contents");
        Assert.True(Precedes(block, document.QuerySelector(".prose")!), "the block must come before the text");
    }

    [Theory]
    [MemberData(nameof(Routines))]
    public void Block_starts_with_112_as_a_tel_link_then_114_14_then_the_steps(string url)
    {
        var block = real.Site.Html(url).QuerySelector("[data-action-first]")!;
        var children = block.Children.Select(c => c.LocalName).ToList();

        var emergency = block.QuerySelector("[data-emergency] a[href='tel:112']");
        Assert.NotNull(emergency);
        Assert.Equal("Ring 112", emergency.TextContent.Trim());
        Assert.Equal("tel:11414", block.QuerySelector("[data-police] a")!.GetAttribute("href"));
        Assert.Same(emergency, block.QuerySelector("a"));   // the first link of the block
        Assert.Equal(["h2", "p", "p", "ol"], children.Take(4));
        var steps = block.QuerySelectorAll("[data-now-steps] > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(PageAt(url).Routine!.Now, steps);
    }

    [Theory]
    [MemberData(nameof(Routines))]
    public void Contacts_follow_the_steps_in_the_order_the_page_names_them_with_a_number_or_where_to_find_it(string url)
    {
        var block = real.Site.Html(url).QuerySelector("[data-action-first]")!;
        var page = PageAt(url);
        var items = block.QuerySelectorAll("[data-contacts] > li").ToList();

        Assert.True(Precedes(block.QuerySelector("[data-now-steps]")!, block.QuerySelector("[data-contacts]")!));
        Assert.Equal(page.Routine!.Contacts, items.Select(li => li.GetAttribute("data-contact-id")));
        foreach (var item in items)
        {
            var contact = real.Content.Data.Contacts[item.GetAttribute("data-contact-id")!];
            Assert.Equal(contact.Role, item.QuerySelector(".contact__role")!.TextContent.Trim());
            Assert.Contains(contact.Unit, item.TextContent, StringComparison.Ordinal);
            if (contact.Hours is { } hours) Assert.Contains(hours, item.TextContent, StringComparison.Ordinal);
            if (contact.Phone is null) Assert.Equal(contact.WhereToFind, item.QuerySelector("[data-where-to-find]")!.TextContent.Trim());
            else Assert.Equal("tel:" + contact.TelNumber, item.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
            Assert.Contains(real.Content.Data.Sources[contact.Source.Document].Title, item.QuerySelector(".contact__source")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_socialjour_shows_its_hours_and_where_to_find_its_number_on_the_routine_for_concern()
    {
        var socialjouren = real.Site.Html("rutiner/vid-oro.html").QuerySelector("[data-action-first] [data-contact-id=socialjouren]");

        Assert.NotNull(socialjouren);
        Assert.Contains("dygnet runt", socialjouren.TextContent, StringComparison.Ordinal);
        Assert.Null(socialjouren.QuerySelector("a[href^='tel:']"));
        Assert.Contains("Källorna anger inget telefonnummer", socialjouren.QuerySelector("[data-where-to-find]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_routines_have_the_block_and_no_page_links_a_number_that_is_neither_national_nor_in_contacts()
    {
        var allowed = real.Content.Data.Contacts.Values.Where(c => c.TelNumber is not null).Select(c => "tel:" + c.TelNumber).Concat(["tel:112", "tel:11414"]).ToHashSet();
        var routines = Routines.Select(r => r.Data).ToHashSet();

        foreach (var file in real.Site.HtmlFiles)
        {
            var document = real.Site.Html(file);
            Assert.Equal(routines.Contains(file), document.QuerySelector("[data-action-first]") is not null);
            Assert.All(document.QuerySelectorAll("a[href^='tel:']"), a => Assert.Contains(a.GetAttribute("href")!, allowed));
        }
    }
}
