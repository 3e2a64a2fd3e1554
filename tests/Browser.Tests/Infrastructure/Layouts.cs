namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>One real page per layout of the theme, by its path below /vbe/.</summary>
public static class Layouts
{
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["home"] = "index.html",
        ["section"] = "rutiner/index.html",
        ["routine"] = "rutiner/larmvagar.html",
        ["plan"] = "handlingsplaner/norra-innerstaden-2023.html",
        ["symbols"] = "symboler/index.html",
        ["symbol"] = "symboler/siffran-88.html",
        ["introduction"] = "introduktion/index.html",
        ["step"] = "introduktion/steg-1-vad-ar-vbe.html",
        ["glossary"] = "ordlista/index.html",
        ["term"] = "ordlista/orosanmalan.html",
        ["directory"] = "stodenheter/index.html",
        ["unit"] = "stodenheter/stockholms-stads-socialjour.html",
        ["training"] = "utbildning/webbutbildning.html",
        ["guideline"] = "riktlinjer/stadens-riktlinjer.html",
        ["legal"] = "juridik/sekretess-och-informationsdelning.html",
        ["report"] = "granskning/revisionsrapport-2019.html",
        ["search"] = "sok.html?q=" + Uri.EscapeDataString("larmvägar"),
        ["404"] = "404.html",
    };

    public static TheoryData<string> Names => new(Pages.Keys);
}
