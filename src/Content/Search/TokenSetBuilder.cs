namespace VbeKnowledge.Content.Search;

/// <summary>lunr.TokenSet.Builder: incremental construction of a minimised <see cref="TokenSet"/> from sorted words.</summary>
internal sealed class TokenSetBuilder
{
    private readonly List<(TokenSet Parent, char Label, TokenSet Child)> _uncheckedNodes = [];
    private readonly Dictionary<string, TokenSet> _minimizedNodes = new(StringComparer.Ordinal);
    private string _previousWord = "";

    public TokenSet Root { get; } = new();

    public void Insert(string word)
    {
        // lunr-index.md §1: lunr.Index.load throws unless the terms ascend (JS '<', ordinal).
        if (string.CompareOrdinal(word, _previousWord) < 0) throw new FormatException("Out of order word insertion");
        var commonPrefix = 0;
        for (var i = 0; i < word.Length && i < _previousWord.Length; i++)
        {
            if (word[i] != _previousWord[i]) break;
            commonPrefix++;
        }
        Minimize(commonPrefix);
        var node = _uncheckedNodes.Count == 0 ? Root : _uncheckedNodes[^1].Child;
        for (var i = commonPrefix; i < word.Length; i++)
        {
            var next = new TokenSet();
            node.SetEdge(word[i], next);
            _uncheckedNodes.Add((node, word[i], next));
            node = next;
        }
        node.IsFinal = true;
        _previousWord = word;
    }

    public void Finish() => Minimize(0);

    private void Minimize(int downTo)
    {
        for (var i = _uncheckedNodes.Count - 1; i >= downTo; i--)
        {
            var (parent, label, child) = _uncheckedNodes[i];
            var childKey = child.ToString();
            if (_minimizedNodes.TryGetValue(childKey, out var existing))
            {
                parent.SetEdge(label, existing);
            }
            else
            {
                child.FreezeKey();
                _minimizedNodes.Add(childKey, child);
            }
            _uncheckedNodes.RemoveAt(i);
        }
    }
}
