using System.Text;

namespace VbeKnowledge.Generator.Tests.BadInput;

/// <summary>
/// The hostile and broken content of issue 8's bad-input suite, one named case each. Lines are file
/// lines: the shared front matter takes lines 1–10, so the body starts on line 11.
/// </summary>
public static class BadInputCases
{
    public const string Marker = "XSS_MARK";
    private const int BodyLine = 11;

    private static string Page(string title, string body) => SmallSite.Page(title, body);

    private static ExpectedDiagnostic At(string code, string path, int line) => new(code, path, line);

    public static IEnumerable<BadInputCase> All()
    {
        yield return BadInputCase.Text("invalid-yaml", "rutiner/trasig.md",
            SmallSite.FrontMatter.Replace("title: Vid oro för en person", "title: Vid oro: igen", StringComparison.Ordinal) + "Text.\n",
            At("VBE001", "rutiner/trasig.md", 2));

        yield return BadInputCase.Bytes("bom", "rutiner/med-bom.md",
            [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page("Sida med BOM", "Text.\n"))]);

        yield return BadInputCase.Text("crlf", "rutiner/crlf.md", Page("Sida med CRLF", "## Rubrik\r\n\r\nText.\r\n").Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r", "\r", StringComparison.Ordinal));

        yield return BadInputCase.Text("crlf-error-keeps-its-line", "rutiner/crlf-fel.md",
            SmallSite.FrontMatter.Replace("type: routine\n", "type: routine\ntitel: fel\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) + "Text.\r\n",
            At("VBE003", "rutiner/crlf-fel.md", 4));

        // Found by RandomContentTests: YamlDotNet threw InvalidOperationException, which crashed the build.
        yield return BadInputCase.Text("yaml-that-crashed-the-yaml-scanner", "rutiner/yaml-krasch.md",
            SmallSite.FrontMatter.Replace("reviewed: 2026-11-01\n", "reviewed: 2026-11-01\norder: [@  null\ntags: x\n", StringComparison.Ordinal) + "Text.\n",
            At("VBE001", "rutiner/yaml-krasch.md", 2));

        yield return BadInputCase.Text("yaml-anchor-on-an-alias", "rutiner/yaml-ankare.md",
            SmallSite.FrontMatter.Replace("reviewed: 2026-11-01\n", "reviewed: 2026-11-01\ntags:\n  - :\nrelated: &a *a\n", StringComparison.Ordinal) + "Text.\n",
            At("VBE001", "rutiner/yaml-ankare.md", 2));

        yield return BadInputCase.Text("tabs-in-front-matter", "rutiner/tabbar.md",
            SmallSite.FrontMatter.Replace("  - document", "\t- document", StringComparison.Ordinal) + "Text.\n",
            At("VBE001", "rutiner/tabbar.md", 7));

        yield return BadInputCase.Text("tabs-in-body", "rutiner/tabbar-i-text.md", Page("Tabbar", "Text\tmed\ttabbar.\n\n\tindragen kod\n"));

        yield return BadInputCase.Text("empty-file", "rutiner/tom.md", "", At("VBE016", "rutiner/tom.md", 1));

        yield return BadInputCase.Text("whitespace-only-file", "rutiner/blank.md", " \n\t\n\r\n", At("VBE016", "rutiner/blank.md", 1));

        yield return BadInputCase.Text("five-megabyte-page", "rutiner/jattestor.md",
            Page("Jättestor", string.Concat(Enumerable.Repeat("Ett stycke text om oro och samverkan. ", 140_000))),
            At("VBE019", "rutiner/jattestor.md", 1));

        yield return BadInputCase.Bytes("binary-data-named-md", "rutiner/binar.md",
            [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))], At("VBE015", "rutiner/binar.md", 1));

        yield return BadInputCase.Bytes("invalid-utf8", "rutiner/latin1.md",
            [.. Encoding.Latin1.GetBytes(Page("Felkodad", "Åäö i Latin-1.\n"))], At("VBE015", "rutiner/latin1.md", 1));

        yield return BadInputCase.Text("front-matter-never-closes", "rutiner/oppen.md",
            SmallSite.FrontMatter[..SmallSite.FrontMatter.LastIndexOf("---", StringComparison.Ordinal)] + "Text som blev front matter.\n",
            At("VBE002", "rutiner/oppen.md", 1));

        yield return BadInputCase.Text("only-a-dash-line", "rutiner/streck.md", "---", At("VBE002", "rutiner/streck.md", 1));

        yield return BadInputCase.Text("link-climbs-out-of-content", "rutiner/klattrar.md",
            Page("Klättrar", "Se [lösenorden](../../etc/passwd).\n"), At("VBE017", "rutiner/klattrar.md", BodyLine));

        yield return BadInputCase.Text("md-link-climbs-out-of-content", "rutiner/klattrar-md.md",
            Page("Klättrar md", "Se [lösenorden](../../../../etc/passwd.md).\n"), At("VBE017", "rutiner/klattrar-md.md", BodyLine));

        yield return BadInputCase.Text("image-climbs-out-of-content", "rutiner/klattrar-bild.md",
            Page("Klättrar bild", "![lösenorden](../../etc/passwd)\n"), At("VBE017", "rutiner/klattrar-bild.md", BodyLine));

        yield return BadInputCase.Text("raw-script-in-markdown", "rutiner/skript.md",
            Page("Skript", $"<script>alert('{Marker}')</script>\n\nText <script>alert('{Marker}')</script> och <img src=x onerror=\"alert('{Marker}')\">.\n"),
            At("VBE103", "rutiner/skript.md", BodyLine));

        yield return BadInputCase.Text("script-in-front-matter", "rutiner/skript-titel.md",
            SmallSite.FrontMatter.Replace("title: Vid oro för en person", $"title: \"<script>alert('{Marker}')</script>\"", StringComparison.Ordinal)
                .Replace("summary: Vad du gör när du är orolig.", $"summary: \"\\\"><script>alert('{Marker}')</script>\"", StringComparison.Ordinal) + "Text.\n");

        yield return BadInputCase.Text("javascript-link", "rutiner/js-lank.md",
            Page("Js-länk", $"[klicka](javascript:alert('{Marker}'))\n"), At("VBE018", "rutiner/js-lank.md", BodyLine));

        yield return BadInputCase.Text("javascript-link-mixed-case-and-control-chars", "rutiner/js-lank-2.md",
            Page("Js-länk 2", $"[klicka](<\tJaVaScRiPt:alert('{Marker}')>)\n"), At("VBE018", "rutiner/js-lank-2.md", BodyLine));

        yield return BadInputCase.Text("javascript-link-entity-encoded", "rutiner/js-lank-3.md",
            Page("Js-länk 3", $"[klicka](&#106;avascript:alert('{Marker}'))\n"), At("VBE018", "rutiner/js-lank-3.md", BodyLine));

        yield return BadInputCase.Text("javascript-reference-link", "rutiner/js-lank-4.md",
            Page("Js-länk 4", $"[klicka][x]\n\n[x]: javascript:alert('{Marker}')\n"), At("VBE018", "rutiner/js-lank-4.md", BodyLine));

        yield return BadInputCase.Text("javascript-autolink", "rutiner/js-lank-5.md",
            Page("Js-länk 5", $"<javascript:alert('{Marker}')>\n"), At("VBE018", "rutiner/js-lank-5.md", BodyLine));

        yield return BadInputCase.Text("javascript-image", "rutiner/js-bild.md",
            Page("Js-bild", $"![bild](javascript:alert('{Marker}'))\n"), At("VBE018", "rutiner/js-bild.md", BodyLine));

        yield return BadInputCase.Text("data-url-link", "rutiner/data-lank.md",
            Page("Data-länk", $"[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"), At("VBE018", "rutiner/data-lank.md", BodyLine));

        yield return new BadInputCase("duplicate-ids-across-folders", new Dictionary<string, byte[]>
        {
            ["juridik/dubblett.md"] = Encoding.UTF8.GetBytes(Page("Dubblett i juridik", "Text.\n")),
            ["rutiner/dubblett.md"] = Encoding.UTF8.GetBytes(Page("Dubblett i rutiner", "Text.\n")),
        }, [At("VBE008", "rutiner/dubblett.md", 1)]);

        yield return BadInputCase.Text("heading-with-only-emoji", "rutiner/emoji.md",
            Page("Emoji", "## 🚀🔥\n\nText.\n"), At("VBE104", "rutiner/emoji.md", BodyLine));

        yield return BadInputCase.Text("file-name-with-spaces-and-aao", "rutiner/vid oro för åäö.md",
            Page("Filnamn", "Text.\n"), At("VBE021", "rutiner/vid oro för åäö.md", 1));

        yield return BadInputCase.Text("yaml-alias-bomb", "rutiner/bomb.md",
            SmallSite.FrontMatter.Replace("reviewed: 2026-11-01\n", "reviewed: 2026-11-01\n" + AliasBomb(), StringComparison.Ordinal) + "Text.\n",
            At("VBE005", "rutiner/bomb.md", 10));

        yield return BadInputCase.Text("deeply-nested-yaml", "rutiner/djup-yaml.md",
            SmallSite.FrontMatter.Replace("reviewed: 2026-11-01\n", "reviewed: 2026-11-01\ntags: " + new string('[', 5000) + new string(']', 5000) + "\n", StringComparison.Ordinal) + "Text.\n",
            At("VBE005", "rutiner/djup-yaml.md", 10));

        yield return BadInputCase.Text("deeply-nested-markdown", "rutiner/djup-markdown.md",
            Page("Djup", new string('>', 5000) + " citat\n\n" + string.Concat(Enumerable.Repeat("- ", 2000)) + "lista\n\n" + new string('[', 5000) + "x" + new string(']', 5000) + "\n"),
            At("VBE015", "rutiner/djup-markdown.md", BodyLine));
    }

    /// <summary>"Billion laughs": nine levels of aliases that would expand to 9^8 strings if anything expanded them.</summary>
    private static string AliasBomb()
    {
        var b = new StringBuilder("tags: [&a0 skratt");
        for (var level = 1; level <= 8; level++)
            b.Append($", &a{level} [").Append(string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))).Append(']');
        return b.Append("]\n").ToString();
    }
}
