using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Reading;

/// <summary>Reads the type-specific front matter of each page type (see Schema for the keys).</summary>
internal static class TypeDetailsReader
{
    /// <summary>The "Gör så här nu" steps (VBE034) and the contacts named by id in content/_data/contacts.yml (VBE030).</summary>
    public static RoutineDetails Routine(YamlMap map, SiteData data, DiagnosticBag diagnostics)
    {
        var now = new List<string>();
        if (map.Items("now") is { } steps)
        {
            var shapeless = steps.Where(s => s.Value is null).Select(s => (SourcePosition?)s.At).FirstOrDefault();
            if (steps.Count == 0 || shapeless is not null) diagnostics.Add(DiagnosticCatalog.NowShape(shapeless ?? map.ValuePosition("now")));
            else if (steps.Count > Schema.NowSteps) diagnostics.Add(DiagnosticCatalog.NowTooLong(map.ValuePosition("now"), steps.Count, Schema.NowSteps));
            foreach (var (step, at) in steps.Where(s => s.Value is not null))
                if (step!.Length > Schema.NowStepLength) diagnostics.Add(DiagnosticCatalog.NowStepTooLong(at, step.Length, Schema.NowStepLength));
                else now.Add(step);
        }

        var contacts = new List<string>();
        foreach (var (id, at) in map.Items("contacts") ?? [])
        {
            if (id is null) diagnostics.Add(DiagnosticCatalog.ContactsKeyShape(at));
            else if (!data.Contacts.ContainsKey(id)) diagnostics.Add(DiagnosticCatalog.UnknownContact(at, id, data.Contacts.Keys, Suggestions.Closest(id, data.Contacts.Keys)));
            else contacts.Add(id);
        }
        return new RoutineDetails(now, contacts);
    }

    public static SymbolDetails Symbol(YamlMap map, string type)
    {
        var image = map.String("image", false, type);
        var alt = map.String("imageAlt", image is not null, type);
        return new SymbolDetails(
            map.StringList("otherNames", true, type) ?? [],
            map.Enum("environment", true, type, Schema.Environments.Keys.ToList()) ?? "",
            map.String("meaning", true, type) ?? "",
            map.StringList("seenIn", true, type, Schema.SeenIn, minCount: 1) ?? [],
            map.String("harmless", true, type) ?? "",
            map.String("action", true, type) ?? "",
            map.StringList("publicSources", true, type, minCount: 1) ?? [],
            image, alt);
    }

    public static PlanDetails Plan(YamlMap map, string type)
    {
        var activities = new List<PlanActivity>();
        foreach (var item in map.MapList("activities", true, type) ?? [])
        {
            item.CheckUnknownKeys(Schema.ActivityKeys, "plan activity");
            // Optional: socialförvaltningen's 2017–2018 plan has one table without areas, and we do not invent them.
            var area = item.Enum("area", false, "plan activity", Schema.ActivityAreas.Keys.ToList());
            var activity = item.String("activity", true, "plan activity");
            if (activity is null) continue;
            activities.Add(new PlanActivity(area, activity,
                item.String("responsible", false, type), item.String("schedule", false, type),
                item.String("followUp", false, type), item.String("otherActors", false, type), item.String("start", false, type)));
        }
        var columns = new List<PlanColumn>();
        foreach (var item in map.MapList("columns", false, type) ?? [])
        {
            item.CheckUnknownKeys(Schema.ColumnKeys, "plan column");
            var field = item.Enum("field", true, "plan column", Schema.ActivityColumns.Keys.ToList());
            var label = item.String("label", true, "plan column");
            if (field is not null && label is not null) columns.Add(new PlanColumn(field, label));
        }
        // A column left out would hide the activities' text in it: the table must show every field they use.
        var missing = columns.Count == 0 ? [] : Schema.ActivityColumns.Keys
            .Where(f => (f == "activity" || activities.Any(a => PlanColumns.Text(a, f) is not null)) && columns.All(c => c.Field != f)).ToList();
        if (missing.Count > 0)
            map.WrongShape("columns", $"en lista som tar med varje fält som aktiviteterna använder (saknas: {string.Join(", ", missing)})");
        return new PlanDetails(
            map.String("board", true, type) ?? "", map.String("period", true, type) ?? "",
            map.String("revised", false, type), map.String("revision", true, type) ?? "",
            map.String("followUp", true, type) ?? "", activities) { Columns = columns };
    }

    public static ReportDetails Report(YamlMap map, string type)
    {
        ReportFigures? figures = null;
        if (map.Map("figures", false, type) is { } f)
        {
            f.CheckUnknownKeys(Schema.FigureKeys, "report figures");
            var rows = new List<FigureRow>();
            foreach (var row in f.MapList("rows", true, "report figures") ?? [])
            {
                row.CheckUnknownKeys(Schema.FigureRowKeys, "figure row");
                var label = row.String("label", true, "figure row");
                var value = row.Number("value", true, "figure row");
                if (label is null || value is null) continue;
                rows.Add(new FigureRow(label, value.Value, row.Number("total", false, "figure row"), row.Bool("totalIsApproximate")));
            }
            figures = new ReportFigures(f.String("title", true, "report figures") ?? "", f.Date("asOf", false, "report figures"), rows);
        }
        return new ReportDetails(map.String("publisher", true, type) ?? "", map.String("reportNumber", false, type), map.Date("date", false, type), figures);
    }

    public static SupportUnitDetails SupportUnit(YamlMap map, string type) => new(
        map.String("organisation", true, type) ?? "",
        map.StringList("functions", true, type, Schema.UnitFunctions, minCount: 1) ?? [],
        map.String("targetGroup", true, type) ?? "");

    public static TrainingDetails Training(YamlMap map, string type) => new(
        map.Enum("format", true, type, Schema.TrainingFormats) ?? "",
        map.String("audience", true, type) ?? "",
        map.String("whereToFind", true, type) ?? "");

    public static IntroductionDetails Introduction(YamlMap map, string type) => new(
        map.Int("step", true, type, min: 1) ?? 0,
        map.Int("minutes", true, type, min: 1) ?? 0,
        map.StringList("links", true, type, minCount: 1) ?? []);

    public static TermDetails Term(YamlMap map, string type) => new(
        map.String("expansion", false, type),
        map.String("definition", true, type) ?? "",
        map.StringList("synonyms", false, type) ?? []);
}
