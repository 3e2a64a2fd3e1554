using System.Text.RegularExpressions;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Markdown.Slugs;
using VbeKnowledge.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Content.Reading;

/// <summary>Turns source files into typed pages, reporting every front-matter problem with its file line.</summary>
public static partial class PageReader
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ValidId();

    public static IReadOnlyList<Page> Read(IReadOnlyList<SourceFile> files, SiteData data, DiagnosticBag diagnostics)
    {
        var pages = new Page?[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = ReadOne(files[i], data, diagnostics));
        return pages.OfType<Page>().ToList();
    }

    public static Page? ReadOne(SourceFile file, SiteData data, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var page = ReadFile(file, data, local);
        diagnostics.AddRange(local);
        // A broken page stays a link target, so one typo is one error and not one per link to it.
        // The load fails either way; a broken page never reaches a snapshot.
        return local.HasErrors ? (page ?? Placeholder(file)) with { IsBroken = true } : page;
    }

    /// <summary>A page whose front matter could not be read at all: enough to resolve links to it.</summary>
    private static Page Placeholder(SourceFile file)
    {
        var (id, url, section) = Locate(file, new DiagnosticBag());
        return new Page
        {
            Id = id, Type = PageType.Page, Title = id, Summary = "", Owner = "", Sources = [], Reviewed = default,
            Section = section, SourcePath = file.RelativePath, DisplayPath = file.DisplayPath, Url = url, Body = "", BodyLine = 1,
        };
    }

    private static Page? ReadFile(SourceFile file, SiteData data, DiagnosticBag diagnostics)
    {
        var start = SourcePosition.StartOf(file.DisplayPath);
        var split = FrontMatter.Split(file.Text, out var isUnclosed);
        if (split is null)
        {
            diagnostics.Add(isUnclosed ? DiagnosticCatalog.UnclosedFrontMatter(start) : DiagnosticCatalog.MissingFrontMatter(start));
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(split.Yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(DiagnosticCatalog.YamlSyntax(new SourcePosition(file.DisplayPath, split.YamlLine, 1), "den ska bestå av rader med 'nyckel: värde'"));
                return null;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var line = (int)e.Start.Line + split.YamlLine - 1;
            var column = (int)e.Start.Column;
            // For a tab used as indentation YamlDotNet marks the enclosing mapping (often the first
            // key, far from the tab); point at the first line indented with a tab instead.
            if (message.Contains("invalid tab", StringComparison.Ordinal) && FirstTabIndentedLine(split.Yaml) is { } tabLine)
                (line, column) = (tabLine + split.YamlLine - 1, 1);
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(new SourcePosition(file.DisplayPath, Math.Max(line, split.YamlLine), Math.Max(1, column)), TrimYamlMessage(message)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, not a YamlException, for some broken input ("order: [@ x"
            // before another key; an anchor on an alias, "&a *a"); they carry no position.
            diagnostics.Add(DiagnosticCatalog.YamlSyntax(new SourcePosition(file.DisplayPath, split.YamlLine, 1),
                "en lista eller ett värde går inte att läsa; kontrollera '[', '{', citattecken och värden som börjar med '@' eller '`'"));
            return null;
        }

        var map = new YamlMap(root, file.DisplayPath, split.YamlLine, diagnostics);
        var typeName = map.Enum("type", true, "page", PageTypes.Names.ToList());
        if (typeName is null || !PageTypes.TryParse(typeName, out var type))
        {
            map.CheckUnknownKeys(Schema.AllKeys, "page");
            return null;
        }
        map.CheckUnknownKeys(Schema.KeysFor(type), typeName);

        var (id, url, section) = Locate(file, diagnostics);
        var positions = new Dictionary<string, SourcePosition>();
        foreach (var key in map.Keys) positions[key] = map.ValuePosition(key);

        var page = new Page
        {
            Id = id,
            Type = type,
            Title = map.String("title", true, typeName) ?? "",
            Summary = map.String("summary", true, typeName) ?? "",
            Owner = map.String("owner", true, typeName) ?? "",
            Sources = ReadSources(map, type != PageType.Symbol, typeName, data, diagnostics),
            Reviewed = map.Date("reviewed", true, typeName) ?? default,
            ReviewIntervalMonths = map.Int("reviewInterval", false, typeName, min: 1) ?? 12,
            Tags = map.StringList("tags", false, typeName) ?? [],
            Order = map.Int("order", false, typeName) ?? 1000,
            Related = map.StringList("related", false, typeName) ?? [],
            IsDraft = map.Bool("draft"),
            Publish = map.Date("publish", false, typeName),
            Aliases = map.StringList("aliases", false, typeName) ?? [],
            Flow = map.StringList("flow", false, typeName) ?? [],
            Section = section,
            SourcePath = file.RelativePath,
            DisplayPath = file.DisplayPath,
            Url = url,
            Body = split.Body,
            BodyLine = split.BodyLine,
            Positions = positions,
            Routine = type == PageType.Routine ? TypeDetailsReader.Routine(map, data, diagnostics) : null,
            Symbol = type == PageType.Symbol ? TypeDetailsReader.Symbol(map, typeName) : null,
            Plan = type == PageType.Plan ? TypeDetailsReader.Plan(map, typeName) : null,
            Report = type == PageType.Report ? TypeDetailsReader.Report(map, typeName) : null,
            SupportUnit = type == PageType.SupportUnit ? TypeDetailsReader.SupportUnit(map, typeName) : null,
            Training = type == PageType.Training ? TypeDetailsReader.Training(map, typeName) : null,
            Introduction = type == PageType.Introduction ? TypeDetailsReader.Introduction(map, typeName) : null,
            Term = type == PageType.Term ? TypeDetailsReader.Term(map, typeName) : null,
        };
        return page;
    }

    private static IReadOnlyList<SourceReference> ReadSources(YamlMap map, bool required, string typeName, SiteData data, DiagnosticBag diagnostics)
    {
        var result = new List<SourceReference>();
        var items = map.MapList("sources", required, typeName);
        if (items is null) return result;
        if (required && items.Count == 0)
            diagnostics.Add(DiagnosticCatalog.WrongShape(map.ValuePosition("sources"), "sources", "en lista med minst en '- document: …' med sin 'section: …'"));
        foreach (var item in items)
        {
            item.CheckUnknownKeys(Schema.SourceKeys, typeName + " source");
            var document = item.String("document", true, typeName);
            var section = item.String("section", true, typeName);
            if (document is not null && data.Sources.Count > 0 && !data.Sources.ContainsKey(document))
                diagnostics.Add(DiagnosticCatalog.UnknownSourceDocument(item.ValuePosition("document"), document, data.Sources.Keys, Suggestions.Closest(document, data.Sources.Keys)));
            if (document is not null && section is not null) result.Add(new SourceReference(document, section));
        }
        return result;
    }

    /// <summary>Works out a file's id, site URL and section: <c>rutiner/vid-oro.md</c> → <c>vid-oro</c>, <c>rutiner/vid-oro.html</c>.</summary>
    private static (string Id, string Url, string Section) Locate(SourceFile file, DiagnosticBag diagnostics)
    {
        var path = file.RelativePath;
        var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        var section = folder.Contains('/') ? folder[..folder.IndexOf('/')] : folder;
        var name = Path.GetFileNameWithoutExtension(path);
        if (name == "_index" || (name == "index" && folder.Length == 0))
        {
            var sectionId = folder.Length == 0 ? "start" : folder[(folder.LastIndexOf('/') + 1)..];
            return (sectionId, folder.Length == 0 ? "index.html" : folder + "/index.html", section);
        }
        if (!ValidId().IsMatch(name))
            diagnostics.Add(DiagnosticCatalog.BadFileName(SourcePosition.StartOf(file.DisplayPath), name + ".md", Slugger.Slugify(name) + ".md"));
        return (name, (folder.Length == 0 ? "" : folder + "/") + name + ".html", section);
    }

    /// <summary>The 1-based line of the YAML whose indentation holds a tab, or null.</summary>
    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart(' ').StartsWith('\t')) return i + 1;
        return null;
    }

    /// <summary>
    /// YamlDotNet's message in Swedish for the mistakes editors make, without its position prefix and final period
    /// (the catalogue adds its own); a message it does not know is quoted as the YAML reader gave it.
    /// </summary>
    internal static string TrimYamlMessage(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        var text = (cut > 0 ? message[(cut + 3)..] : message).TrimEnd('.');
        foreach (var (english, swedish) in YamlMessages)
            if (text.Contains(english, StringComparison.OrdinalIgnoreCase)) return swedish;
        return $"YAML-läsaren säger \"{text}\"";
    }

    private static readonly (string English, string Swedish)[] YamlMessages =
    [
        ("found invalid mapping", "ett värde innehåller ': ' utan citattecken runt sig"),
        ("did not find expected key", "en rad passar inte in bland nycklarna (ofta fel indrag, eller ett värde som börjar med ett citattecken men fortsätter efter det)"),
        ("invalid tab", "raden är indragen med tabbtecken; YAML tillåter bara mellanslag"),
        ("did not find expected ',' or ']'", "en lista med '[' avslutas inte med ']'"),
        ("did not find expected ',' or '}'", "en uppsättning med '{' avslutas inte med '}'"),
        ("found unexpected end of stream", "texten tar slut mitt i ett värde (ett citattecken eller en parentes stängs inte)"),
        ("Duplicate key", "samma nyckel står två gånger"),
        ("found character that cannot start any token", "ett värde börjar med ett tecken som YAML reserverar (till exempel '@' eller '`'); sätt citattecken runt värdet"),
        ("did not find expected <document start>", "front matter innehåller något som inte är nycklar"),
        ("did not find expected node content", "ett värde saknas efter ett tecken som '-', '[' eller ','"),
        ("found undefined alias", "ett värde använder ett alias ('*namn') som inte är definierat; sätt citattecken runt värdet"),
        ("mapping values are not allowed", "ett värde innehåller ': ' utan citattecken runt sig"),
    ];
}
