using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>The three action plans, read through the shared library, against their source documents.</summary>
public sealed class ActionPlanTests
{
    /// <summary>Plan id → the seed file it is transcribed from (see sources/README.md).</summary>
    private static readonly Dictionary<string, string> SeedOf = new()
    {
        ["norra-innerstaden-2023"] = "000",
        ["hagersten-liljeholmen-2020"] = "002",
        ["socialforvaltningen-2017-2018"] = "004",
    };

    public static TheoryData<string> PlanIds => new(SeedOf.Keys);

    /// <summary>Activity texts copied from the seed documents (line breaks of the PDF extraction joined).</summary>
    public static TheoryData<string, int, string> SampleActivities => new()
    {
        { "norra-innerstaden-2023", 1, "Fältassistenter bedriver uppsökande arbete bland unga för att identifiera de som är i behov av stöd." },
        { "norra-innerstaden-2023", 5, "Vision Klara. Strategisk och operativ samverkan för att göra Klaraområdet till en tryggt, säkert och trivsamt område för invånare, verksamma och besökare. Tre olika forum." },
        { "norra-innerstaden-2023", 8, "Beredskap för att bistå avhoppare och anhöriga enligt SoL om behov uppstår." },
        { "hagersten-liljeholmen-2020", 4, "Rutin vid uppkomst av våldsbejakande extremism i skolmiljö" },
        { "hagersten-liljeholmen-2020", 6, "Relevant personal ska genomföra den webbaserade grundutbildningen om VBE" },
        { "hagersten-liljeholmen-2020", 8, "Information om förvaltningens arbete mot våldsbejakande extremism ingår i introduktionen för nyanställda." },
        { "socialforvaltningen-2017-2018", 2, "Fördjupad analys av förvaltningens verksamheter" },
        { "socialforvaltningen-2017-2018", 3, "Ta fram organisationsmodell och rutiner för strukturerad samverkan i akuta skeden" },
        { "socialforvaltningen-2017-2018", 9, "Genomföra kompetensutveckling för stadsdelsförvaltningar med utgångspunkt ur socialförvaltningens stadsövergripande uppdrag att stödja och utveckla socialtjänsten i Stockholm stad." },
    };

    [Fact]
    public void The_three_plans_have_11_8_and_9_activities()
    {
        var counts = RealContent.OfType(PageType.Plan).ToDictionary(p => p.Id, p => p.Plan!.Activities.Count);

        Assert.Equal(new Dictionary<string, int>
        {
            ["norra-innerstaden-2023"] = 11,
            ["hagersten-liljeholmen-2020"] = 8,
            ["socialforvaltningen-2017-2018"] = 9,
        }, counts);
    }

    [Theory]
    [MemberData(nameof(SampleActivities))]
    public void Activity_text_is_the_source_text_exactly(string planId, int number, string sourceText)
    {
        var activities = RealContent.Snapshot.ById[planId].Page.Plan!.Activities;

        Assert.Equal(sourceText, activities[number - 1].Activity);
    }

    [Theory]
    [MemberData(nameof(SampleActivities))]
    public void Sample_activity_text_occurs_in_its_seed_document(string planId, int number, string sourceText)
    {
        SeedDocuments.Require();
        Assert.True(number > 0);

        Assert.Contains(sourceText, SeedDocuments.Text(SeedOf[planId]));
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Every_activity_of_a_plan_occurs_in_its_seed_document(string planId)
    {
        SeedDocuments.Require();
        var text = SeedDocuments.Text(SeedOf[planId]);

        var missing = RealContent.Snapshot.ById[planId].Page.Plan!.Activities
            .Select(a => a.Activity).Where(a => !text.Contains(SeedDocuments.Collapse(a), StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_plan_has_its_metadata()
    {
        foreach (var plan in RealContent.OfType(PageType.Plan).Select(p => p.Plan!))
        {
            Assert.False(string.IsNullOrWhiteSpace(plan.Board));
            Assert.False(string.IsNullOrWhiteSpace(plan.Period));
            Assert.False(string.IsNullOrWhiteSpace(plan.Revision));
            Assert.False(string.IsNullOrWhiteSpace(plan.FollowUp));
        }
    }

    /// <summary>Each plan's table heading row as its source document has it (the PDF extraction joins the cells with spaces).</summary>
    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Plan_columns_are_the_source_tables_headings_in_the_sources_order(string planId)
    {
        SeedDocuments.Require();
        var columns = RealContent.Snapshot.ById[planId].Page.Plan!.Columns;

        Assert.NotEmpty(columns);
        Assert.Equal("activity", columns[0].Field);
        Assert.Contains(string.Join(" ", columns.Select(c => c.Label)) + " ", SeedDocuments.Text(SeedOf[planId]));
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Every_field_an_activity_has_is_one_of_its_plans_columns(string planId)
    {
        var plan = RealContent.Snapshot.ById[planId].Page.Plan!;
        var fields = plan.Columns.Select(c => c.Field).ToHashSet();

        foreach (var activity in plan.Activities)
            foreach (var field in Reading.Schema.ActivityColumns.Keys.Where(f => PlanColumns.Text(activity, f) is not null))
                Assert.Contains(field, fields);
    }
}
