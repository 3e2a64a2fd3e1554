namespace VbeKnowledge.Content.Diagnostics;

/// <summary>
/// Every diagnostic the content pipeline can report: its code, its text and its fix, in one place.
/// Codes are stable (editors and CI annotations refer to them); never reuse a retired code.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static Diagnostic Error(SourcePosition at, string code, string message, string fix) =>
        new(Severity.Error, code, at.File, at.Line, at.Column, message, fix);

    private static Diagnostic Warning(SourcePosition at, string code, string message, string fix) =>
        new(Severity.Warning, code, at.File, at.Line, at.Column, message, fix);

    public static Diagnostic YamlSyntax(SourcePosition at, string problem) => Error(at, "VBE001",
        $"the front matter is not valid YAML: {problem}.",
        "check indentation and quote values that contain ': ' or start with a special character.");

    public static Diagnostic DataFileYamlSyntax(SourcePosition at, string problem) => Error(at, "VBE001",
        $"the data file is not valid YAML: {problem}.",
        "check indentation and quote values that contain ': ' or start with a special character.");

    public static Diagnostic MissingFrontMatter(SourcePosition at) => Error(at, "VBE002",
        "the file has no front matter.",
        "start the file with a line '---', the page's keys (title, type, summary, owner, sources, reviewed), and a closing '---'.");

    public static Diagnostic UnclosedFrontMatter(SourcePosition at) => Error(at, "VBE002",
        "the front matter is never closed.",
        "add a line with only '---' after the last front-matter key.");

    public static Diagnostic UnknownKey(SourcePosition at, string key, string? suggestion, string type) => Error(at, "VBE003",
        $"unknown front-matter key '{key}' for type '{type}'.",
        suggestion is null ? "remove it, or see content/README.md for the keys of this type." : $"did you mean '{suggestion}'?");

    public static Diagnostic MissingKey(SourcePosition at, string key, string type) => Error(at, "VBE004",
        $"required front-matter key '{key}' is missing for type '{type}'.",
        $"add '{key}:' to the front matter (see content/README.md).");

    public static Diagnostic WrongShape(SourcePosition at, string key, string expected) => Error(at, "VBE005",
        $"'{key}' must be {expected}.",
        $"write '{key}' as {expected}.");

    public static Diagnostic BadDate(SourcePosition at, string key, string value) => Error(at, "VBE006",
        $"'{key}' is not a valid date: '{value}'.",
        "write the date as YYYY-MM-DD, for example 2026-11-24.");

    public static Diagnostic BadEnum(SourcePosition at, string key, string value, IEnumerable<string> allowed, string? suggestion) => Error(at, "VBE007",
        $"'{value}' is not a valid value for '{key}'.",
        (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"Allowed: {string.Join(", ", allowed)}.");

    public static Diagnostic DuplicateId(SourcePosition at, string id, string otherFile) => Error(at, "VBE008",
        $"the page id '{id}' is also used by {otherFile}.",
        "rename one of the files: the file name is the page's id and must be unique in content/.");

    public static Diagnostic BrokenLink(SourcePosition at, string target, string? suggestion = null) => Error(at, "VBE009",
        $"the link '{target}' points to a page that does not exist.",
        suggestion is not null ? $"did you mean '{suggestion}'?" : "correct the path (links are relative to this file and end in .md) or create the page.");

    public static Diagnostic LinkToUnpublishedPage(SourcePosition at, string target, string why) => Error(at, "VBE026",
        $"the link '{target}' points to a page that is not published: {why}, so readers would get a dead link.",
        "publish that page first, or remove the link until it is published (a build with --drafts accepts it).");

    public static Diagnostic BrokenAnchor(SourcePosition at, string target, string anchor, IEnumerable<string> known, string? suggestion) => Error(at, "VBE010",
        $"the link '{target}' points to a heading '#{anchor}' that the page does not have.",
        suggestion is not null ? $"did you mean '#{suggestion}'?" :
        known.Any() ? $"use one of: {string.Join(", ", known.Take(8).Select(k => "#" + k))}." : "the page has no headings; link the page without '#'.");

    public static Diagnostic BrokenImage(SourcePosition at, string target) => Error(at, "VBE011",
        $"the image '{target}' does not exist.",
        "correct the path (relative to this file) or add the image file.");

    public static Diagnostic UnknownSourceDocument(SourcePosition at, string key, IEnumerable<string> known, string? suggestion) => Error(at, "VBE012",
        $"unknown source document '{key}'.",
        (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + $"Known documents are listed in content/_data/sources.yml: {string.Join(", ", known)}.");

    public static Diagnostic UnknownPageId(SourcePosition at, string key, string id, string? suggestion) => Error(at, "VBE013",
        $"'{key}' names a page '{id}' that does not exist.",
        suggestion is null ? "use the file name (without .md) of an existing page." : $"did you mean '{suggestion}'?");

    public static Diagnostic IntroductionStepOrder(SourcePosition at, int step, string problem) => Error(at, "VBE014",
        $"introduction step {step} {problem}.",
        "number the introduction steps 1, 2, 3 … without gaps or repeats.");

    public static Diagnostic NotText(SourcePosition at, string problem) => Error(at, "VBE015",
        $"the file is not a text file: {problem}.",
        "save the page as UTF-8 text, or remove the file if it is not a page.");

    public static Diagnostic EmptyFile(SourcePosition at) => Error(at, "VBE016",
        "the file is empty.",
        "add front matter and text, or delete the file.");

    public static Diagnostic LinkOutsideContent(SourcePosition at, string target) => Error(at, "VBE017",
        $"the link '{target}' points outside content/.",
        "link only to pages and images inside content/.");

    public static Diagnostic UnsafeLink(SourcePosition at, string target) => Error(at, "VBE018",
        $"the link '{target}' uses a scheme that is not allowed.",
        "use https:, http:, mailto: or a relative link to a .md page.");

    public static Diagnostic FileTooLarge(SourcePosition at, long bytes, long limit) => Error(at, "VBE019",
        $"the file is {bytes / 1024} KiB; pages may be at most {limit / 1024} KiB.",
        "split the page into several pages.");

    public static Diagnostic MissingImageAlt(SourcePosition at) => Error(at, "VBE020",
        "the image has no alternative text.",
        "describe the image: ![what the image shows](path) or set 'imageAlt:' in the front matter.");

    public static Diagnostic BadFileName(SourcePosition at, string name, string suggestion) => Error(at, "VBE021",
        $"the file name '{name}' is not a valid page id.",
        $"rename the file to '{suggestion}' (lowercase a–z, 0–9 and '-').");

    public static Diagnostic UnsafeAlias(SourcePosition at, string alias) => Error(at, "VBE022",
        $"the alias '{alias}' is not a safe address inside the site.",
        "write the old address relative to the site root with a–z, 0–9, '-', '_' and '/', e.g. 'rutiner/gammal-sida.html' (no '..', no 'https://', no '?' or '#').");

    public static Diagnostic AliasClash(SourcePosition at, string alias, string owner) => Error(at, "VBE023",
        $"the alias '{alias}' is the address of {owner}.",
        "remove the alias: a redirect may not replace an address the site already uses.");

    public static Diagnostic DuplicateAlias(SourcePosition at, string alias, string otherFile) => Error(at, "VBE024",
        $"the alias '{alias}' is also claimed by {otherFile}.",
        "keep the alias on one page only: an old address can redirect to one page.");

    public static Diagnostic FlowHeadingMissing(SourcePosition at, string anchor, IEnumerable<string> known, string? suggestion) => Error(at, "VBE025",
        $"'flow' names a heading '#{anchor}' that the page does not have.",
        suggestion is not null ? $"did you mean '{suggestion}'?" :
        known.Any() ? $"use the anchor of a heading on this page: {string.Join(", ", known.Take(8))}." : "add a '## ' heading with a numbered list under it.");

    public static Diagnostic FlowWithoutList(SourcePosition at, string anchor) => Error(at, "VBE025",
        $"the heading '#{anchor}' named in 'flow' has no numbered list right under it.",
        "write the steps as a numbered list (1. 2. 3.) directly after the heading, or remove the anchor from 'flow'.");

    public static Diagnostic Placeholder(SourcePosition at, string placeholder) => Error(at, "VBE027",
        $"the page still has text for the editor to replace: '{placeholder}'.",
        "write the page's own text in its place (or remove the line if the key is optional); the page is published only without it.");

    public static Diagnostic ThemeLayoutMissing(SourcePosition at, string name) => Error(at, "VBE201",
        $"the theme has no layout '{name}'.",
        $"add {at.File}, or restore it from git.");

    public static Diagnostic ThemeTemplateError(SourcePosition at, string problem) => Error(at, "VBE202",
        $"the template does not parse: {problem}.",
        "correct the Liquid syntax at this line and column.");

    public static Diagnostic TitleHeadingInBody(SourcePosition at) => Warning(at, "VBE101",
        "the body starts a '# ' heading; the page title already is the page's only h1.",
        "remove the heading, or make it '## '.");

    public static Diagnostic ReviewOverdue(SourcePosition at, DateOnly due) => Warning(at, "VBE102",
        $"the page was due for review on {due:yyyy-MM-dd}.",
        "check the page against its sources and set 'reviewed:' to today's date.");

    public static Diagnostic RawHtml(SourcePosition at) => Warning(at, "VBE103",
        "raw HTML is not rendered; it is shown as text.",
        "use Markdown instead of HTML.");

    public static Diagnostic EmptyHeading(SourcePosition at) => Warning(at, "VBE104",
        "the heading has no letters or digits, so it gets a generic anchor.",
        "give the heading a few words of text.");
}
