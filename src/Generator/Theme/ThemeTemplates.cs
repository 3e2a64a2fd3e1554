using Fluid;
using Microsoft.Extensions.FileProviders;
using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Theme;

/// <summary>The theme's Liquid templates, each parsed once; partials are found by {% render %} under theme/partials.</summary>
public sealed class ThemeTemplates
{
    public static readonly string[] Layouts = ["base", "home", "page", "section", "symbols", "introduction", "glossary", "directory", "search", "404", "whats-new"];

    private readonly Dictionary<string, IFluidTemplate> _templates;

    private ThemeTemplates(string root, TemplateOptions options, Dictionary<string, IFluidTemplate> templates)
    {
        Root = root;
        Options = options;
        _templates = templates;
    }

    public string Root { get; }
    public TemplateOptions Options { get; }
    public string AssetsDir => Path.Combine(Root, "assets");

    public IFluidTemplate this[string name] => _templates[name];

    /// <summary>Parses every layout; a broken template is reported like broken content, with the theme path prefixed.</summary>
    public static ThemeTemplates? Load(string themeDir, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(themeDir);
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        var options = new TemplateOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(root, "partials")),
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageView).Namespace && t.Name.EndsWith("View", StringComparison.Ordinal) || t == typeof(TocEntry)))
            options.MemberAccessStrategy.Register(type);

        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var name in Layouts)
        {
            var path = Path.Combine(root, "layouts", name + ".liquid");
            var display = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
            if (!File.Exists(path))
            {
                diagnostics.Add(DiagnosticCatalog.ThemeLayoutMissing(SourcePosition.StartOf(display), name));
                continue;
            }
            if (parser.TryParse(File.ReadAllText(path), out var template, out var error)) templates[name] = template;
            else diagnostics.Add(DiagnosticCatalog.ThemeTemplateError(FluidPosition(display, error), error));
        }
        return diagnostics.HasErrors ? null : new ThemeTemplates(root, options, templates);
    }

    /// <summary>Fluid says "at (3:14)" but not which template: the caller supplies the path.</summary>
    private static SourcePosition FluidPosition(string file, string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\((\d+):(\d+)\)");
        return match.Success ? new SourcePosition(file, int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) : SourcePosition.StartOf(file);
    }
}
