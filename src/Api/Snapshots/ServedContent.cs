using System.Security.Cryptography;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Api.Snapshots;

/// <summary>A loaded snapshot with everything the endpoints look up, built once per load and never changed.</summary>
public sealed class ServedContent
{
    private readonly Dictionary<string, string> _idByKey;
    private readonly Dictionary<PageType, string> _versionByType;

    public ServedContent(ContentSnapshot loaded, SiteLinks links)
    {
        var snapshot = WithoutMarkdown(loaded);
        Snapshot = snapshot;
        Links = links;
        Map = new PageDtoMapper(snapshot, links);
        Search = SiteSearch.Build(snapshot);
        Fingerprints = snapshot.Pages.ToDictionary(p => p.Page.Id, p => Convert.ToHexString(SHA256.HashData(ContentJson.Serialize(Map.Page(p)))), StringComparer.Ordinal);
        _idByKey = BuildKeys(snapshot);
        Version = Hash(Fingerprints.Keys);
        _versionByType = snapshot.Pages.GroupBy(p => p.Page.Type).ToDictionary(g => g.Key, g => Hash(g.Select(p => p.Page.Id)));
    }

    public ContentSnapshot Snapshot { get; }
    public PageDtoMapper Map { get; }
    public SiteLinks Links { get; }

    /// <summary>The same lunr index the site's search loads, built once per load.</summary>
    public SiteSearch Search { get; }

    /// <summary>
    /// A page's full DTO, made when asked (HTML sanitised, text joined): the output cache keeps the answers in demand.
    /// Keeping every page's DTO beside its rendered HTML held each page's HTML and text twice, a third of the memory
    /// at 10,000 pages.
    /// </summary>
    public PageDto Page(RenderedPage page) => Map.Page(page);

    /// <summary>A hash of each page's JSON: what tells a reload which content types changed.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints { get; }

    /// <summary>A hash of every page's JSON: equal on every instance that loaded the same content.</summary>
    public string Version { get; }

    /// <summary>A hash of the JSON of the pages of these types; of every page when no type is given.</summary>
    /// <remarks>Part of every output-cache key: no string is built for the common case of one type.</remarks>
    public string VersionOf(IReadOnlyList<PageType> types) => types.Count switch
    {
        0 => Version,
        1 => _versionByType.GetValueOrDefault(types[0], "none"),
        _ => string.Join('.', types.Select(t => _versionByType.GetValueOrDefault(t, "none"))),
    };

    /// <summary>The API renders nothing again once loaded: the pages' Markdown need not stay in memory.</summary>
    private static ContentSnapshot WithoutMarkdown(ContentSnapshot loaded) =>
        new([.. loaded.Pages.Select(p => p with { Page = p.Page with { Body = "" } })], loaded.Data, loaded.LoadedAt);

    private string Hash(IEnumerable<string> ids) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', ids.Order(StringComparer.Ordinal).Select(id => id + ' ' + Fingerprints[id])))))[..16];

    /// <summary>Finds a page by id, by its site path with or without <c>.html</c> (<c>rutiner/vid-oro</c>), or by one of its aliases.</summary>
    public RenderedPage? Find(string key)
    {
        var normalised = key.Trim('/');
        if (normalised.EndsWith(".html", StringComparison.Ordinal)) normalised = normalised[..^5];
        return _idByKey.TryGetValue(normalised, out var id) ? Snapshot.ById[id] : null;
    }

    private static Dictionary<string, string> BuildKeys(ContentSnapshot snapshot)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rendered in snapshot.Pages)
            foreach (var alias in rendered.Page.Aliases)
                keys.TryAdd(alias.Trim('/').Replace(".html", "", StringComparison.Ordinal), rendered.Page.Id);
        foreach (var rendered in snapshot.Pages)
            keys[rendered.Page.Url[..^5]] = rendered.Page.Id;  // site path without .html wins over an alias
        foreach (var rendered in snapshot.Pages)
            keys[rendered.Page.Id] = rendered.Page.Id;         // the id wins over everything
        return keys;
    }

    /// <summary>The content types whose pages differ between two loads (added, removed or changed).</summary>
    public static IReadOnlySet<PageType> ChangedTypes(ServedContent? before, ServedContent after)
    {
        var changed = new HashSet<PageType>();
        foreach (var (id, fingerprint) in after.Fingerprints)
            if (before is null || !before.Fingerprints.TryGetValue(id, out var old) || old != fingerprint)
            {
                changed.Add(after.Snapshot.ById[id].Page.Type);
                if (before?.Snapshot.ById.GetValueOrDefault(id) is { } previous) changed.Add(previous.Page.Type);
            }
        if (before is not null)
            foreach (var id in before.Fingerprints.Keys.Except(after.Fingerprints.Keys))
                changed.Add(before.Snapshot.ById[id].Page.Type);
        return changed;
    }
}
