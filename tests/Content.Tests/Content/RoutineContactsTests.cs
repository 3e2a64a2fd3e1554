using System.Text.RegularExpressions;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>
/// Issue 15: every routine has its "Gör så här nu" steps and names the contacts that follow them; every contact
/// rests on a source, and a number is shown only where a source gives it (issue 18: invent no numbers).
/// </summary>
public sealed class RoutineContactsTests
{
    public static TheoryData<string> Routines => new(RealContent.OfType(PageType.Routine).Select(p => p.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Routines))]
    public void Routine_has_steps_for_now_and_names_its_contacts(string id)
    {
        var routine = RealContent.OfType(PageType.Routine).Single(p => p.Id == id).Routine!;

        Assert.NotEmpty(routine.Now);
        Assert.NotEmpty(routine.Contacts);
        Assert.All(routine.Contacts, c => Assert.True(RealContent.Snapshot.Data.Contacts.ContainsKey(c), c));
    }

    [Fact]
    public void Every_contact_rests_on_a_source_section_and_says_how_to_reach_it()
    {
        var contacts = RealContent.Snapshot.Data.Contacts.Values.ToList();

        Assert.Contains(contacts, c => c.Id == "socialjouren" && c.Hours!.Contains("dygnet runt", StringComparison.Ordinal));
        Assert.Contains(contacts, c => c.Id == "samordnare" && c.WhereToFind!.Contains("intranät", StringComparison.Ordinal));
        Assert.All(contacts, c =>
        {
            Assert.True(RealContent.Snapshot.Data.Sources.ContainsKey(c.Source.Document), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Source.Section), c.Id);
            Assert.True(c.Phone is not null || !string.IsNullOrWhiteSpace(c.WhereToFind), c.Id);
        });
    }

    [Fact]
    public void A_phone_number_is_shown_only_where_a_source_document_gives_it()
    {
        var sources = string.Join("\n", Directory.EnumerateFiles(RepoRoot.Seeds, "*.txt").Select(File.ReadAllText));
        var digitsInSources = Regex.Replace(sources, @"[ \-]", "");

        Assert.All(RealContent.Snapshot.Data.Contacts.Values.Where(c => c.Phone is not null),
            c => Assert.True(digitsInSources.Contains(c.TelNumber!.TrimStart('+'), StringComparison.Ordinal), $"{c.Id}: {c.Phone} is in no source document"));
    }
}
