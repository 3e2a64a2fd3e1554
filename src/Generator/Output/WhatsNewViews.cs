// In the Theme namespace so ThemeTemplates registers them for Liquid like the other *View records.
namespace VbeKnowledge.Generator.Theme;

/// <summary>One commit on the "what is new" page: when, who, what it says, and the pages it changed.</summary>
public sealed record WhatsNewEntryView(string Id, string Date, string DateIso, string? Author, string Title, IReadOnlyList<WhatsNewPageView> Pages);

/// <summary>A page a commit changed; <c>Url</c> is null for a page that has since been deleted.</summary>
public sealed record WhatsNewPageView(string Title, string? Url, string Change, string TypeLabel);
