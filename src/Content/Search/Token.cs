namespace VbeKnowledge.Content.Search;

/// <summary>One token of a field: its text and where it sits in the lowercased field text (UTF-16 units).</summary>
/// <remarks>Tokens of list fields have no position: <see cref="Start"/> and <see cref="Length"/> are −1.</remarks>
public readonly record struct Token(string Text, int Start, int Length)
{
    /// <summary>True when the token came from a text field and so has a position.</summary>
    public bool HasPosition => Start >= 0;
}
