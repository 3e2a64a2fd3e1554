namespace VbeKnowledge.Content.Model;

/// <summary>
/// Sorts titles the way Swedish readers expect (… x y z å ä ö), without culture data: the build
/// runs with invariant globalization, where culture-aware comparison would put å and ä beside a.
/// </summary>
public sealed class SwedishOrder : IComparer<string>
{
    public static readonly SwedishOrder Instance = new();

    public int Compare(string? x, string? y) => string.CompareOrdinal(Key(x ?? ""), Key(y ?? ""));

    private static string Key(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = char.ToLowerInvariant(source[i]) switch
            {
                'å' => '{', 'ä' or 'æ' => '|', 'ö' or 'ø' => '}',
                'é' or 'è' => 'e', 'ü' => 'y', var c => c,
            };
    });
}
