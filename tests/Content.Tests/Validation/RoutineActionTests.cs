using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Validation;

/// <summary>Issue 15: the limits of a routine's "Gör så här nu" steps, and what counts as a phone number in contacts.yml.</summary>
public sealed class RoutineActionTests
{
    private static IReadOnlyList<string> LoadWithNow(string nowYaml)
    {
        using var content = new FixtureContent();
        var path = Path.Combine(content.Root, "kunskap", "vid-oro.md");
        var text = File.ReadAllText(path).Replace("now:\n  - Kontakta din lokala samordnare.\n", nowYaml, StringComparison.Ordinal);
        Assert.Contains(nowYaml, text, StringComparison.Ordinal);
        File.WriteAllText(path, text);
        return FixtureContent.Lines(content.Load());
    }

    [Fact]
    public void More_steps_than_fit_a_phone_screen_are_reported_at_the_list()
    {
        var lines = LoadWithNow("now:\n  - Ett.\n  - Två.\n  - Tre.\n  - Fyra.\n  - Fem.\n");

        Assert.Equal(["content/kunskap/vid-oro.md:12:3: fel VBE034: 'now' har 5 steg; rutan Gör så här nu får ha högst 4, så att den syns direkt på en mobil. Åtgärd: behåll de viktigaste stegen i 'now' och låt resten stå i sidans text."], lines);
    }

    [Fact]
    public void A_step_longer_than_one_sentence_is_reported_at_its_line()
    {
        var lines = LoadWithNow("now:\n  - Kort.\n  - " + new string('a', 161) + "\n");

        Assert.Single(lines);
        Assert.StartsWith("content/kunskap/vid-oro.md:13:5: fel VBE034: steget i 'now' är 161 tecken långt; ett steg får vara högst 160 tecken.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_of_steps_is_reported()
    {
        var lines = LoadWithNow("now: []\n");

        Assert.Single(lines);
        Assert.StartsWith("content/kunskap/vid-oro.md:11:6: fel VBE034: 'now' ska vara en lista", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("112")]
    [InlineData("114 14")]
    [InlineData("08-508 000 00")]
    [InlineData("+46 8 508 000 00")]
    public void A_number_a_phone_can_dial_is_accepted(string phone) => Assert.True(ContactsReader.IsPhone(phone));

    [Theory]
    [InlineData("11")]
    [InlineData("08-12 34 ank. 5")]
    [InlineData("(08) 123 45")]
    [InlineData("08--")]
    [InlineData("1234567890123456")]
    [InlineData("ring växeln")]
    public void A_number_a_phone_cannot_dial_is_refused(string phone) => Assert.False(ContactsReader.IsPhone(phone));
}
