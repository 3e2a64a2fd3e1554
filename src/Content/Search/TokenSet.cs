using System.Text;

namespace VbeKnowledge.Content.Search;

/// <summary>
/// lunr.TokenSet: a finite automaton of terms used to expand query terms (exact, wildcard, edit
/// distance) against the index's terms (lunr-index.md §6). Edges enumerate in JS key order (digits
/// first, then insertion order), which decides the order of expanded terms and so of tied results (§7).
/// </summary>
public sealed class TokenSet
{
    private static int s_nextId = 1;

    private char[] _labels = [];
    private TokenSet[] _targets = [];
    private int _count;
    private string? _key;

    /// <summary>A state with no edges.</summary>
    public TokenSet() => Id = Interlocked.Increment(ref s_nextId);

    /// <summary>Unique id, used to minimise the automaton.</summary>
    public int Id { get; }

    /// <summary>True when a word ends here.</summary>
    public bool IsFinal { get; set; }

    /// <summary>Number of outgoing edges.</summary>
    public int EdgeCount => _count;

    /// <summary>The edge label at a position in JS key order.</summary>
    public char LabelAt(int i) => _labels[i];

    /// <summary>The edge target at a position in JS key order.</summary>
    public TokenSet TargetAt(int i) => _targets[i];

    /// <summary>The target of the edge with this label, or null.</summary>
    public TokenSet? Edge(char label)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_labels[i] == label) return _targets[i];
        }
        return null;
    }

    /// <summary>Sets an edge; a new label goes where <c>Object.keys</c> would list it.</summary>
    public void SetEdge(char label, TokenSet target)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_labels[i] != label) continue;
            _targets[i] = target;
            return;
        }
        if (_count == _labels.Length)
        {
            Array.Resize(ref _labels, Math.Max(2, _count * 2));
            Array.Resize(ref _targets, _labels.Length);
        }
        var at = _count;
        if (label is >= '0' and <= '9')
        {
            // Array-index keys come first, ascending.
            at = 0;
            while (at < _count && _labels[at] is >= '0' and <= '9' && _labels[at] < label) at++;
            Array.Copy(_labels, at, _labels, at + 1, _count - at);
            Array.Copy(_targets, at, _targets, at + 1, _count - at);
        }
        _labels[at] = label;
        _targets[at] = target;
        _count++;
    }

    private TokenSet GetOrAddEdge(char label)
    {
        var next = Edge(label);
        if (next is null)
        {
            next = new TokenSet();
            SetEdge(label, next);
        }
        return next;
    }

    /// <summary>lunr.TokenSet.fromArray: the minimised automaton of ordinally sorted words.</summary>
    /// <exception cref="FormatException">"Out of order word insertion".</exception>
    public static TokenSet FromArray(IEnumerable<string> sortedWords)
    {
        var builder = new TokenSetBuilder();
        foreach (var word in sortedWords) builder.Insert(word);
        builder.Finish();
        return builder.Root;
    }

    /// <summary>lunr.TokenSet.fromString: one word; '*' matches any run of characters.</summary>
    public static TokenSet FromString(string str)
    {
        var root = new TokenSet();
        var node = root;
        for (var i = 0; i < str.Length; i++)
        {
            var isFinal = i == str.Length - 1;
            if (str[i] == '*')
            {
                node.SetEdge('*', node);
                node.IsFinal = isFinal;
            }
            else
            {
                var next = new TokenSet { IsFinal = isFinal };
                node.SetEdge(str[i], next);
                node = next;
            }
        }
        return root;
    }

    /// <summary>
    /// lunr.TokenSet.fromFuzzyString: every word within <paramref name="editDistance"/> insertions,
    /// deletions, substitutions or adjacent transpositions ('*' edges match any character).
    /// </summary>
    public static TokenSet FromFuzzyString(string str, int editDistance)
    {
        var root = new TokenSet();
        var stack = new Stack<(TokenSet Node, int EditsRemaining, string Str)>();
        stack.Push((root, editDistance, str));
        while (stack.Count > 0)
        {
            var (node, editsRemaining, rest) = stack.Pop();

            // no edit
            if (rest.Length > 0)
            {
                var noEditNode = node.GetOrAddEdge(rest[0]);
                if (rest.Length == 1) noEditNode.IsFinal = true;
                stack.Push((noEditNode, editsRemaining, rest[1..]));
            }

            if (editsRemaining == 0) continue;

            // insertion
            var insertionNode = node.GetOrAddEdge('*');
            if (rest.Length == 0) insertionNode.IsFinal = true;
            stack.Push((insertionNode, editsRemaining - 1, rest));

            // deletion
            if (rest.Length > 1) stack.Push((node, editsRemaining - 1, rest[1..]));

            // deletion of the last character
            if (rest.Length == 1) node.IsFinal = true;

            // substitution
            if (rest.Length >= 1)
            {
                var substitutionNode = node.GetOrAddEdge('*');
                if (rest.Length == 1) substitutionNode.IsFinal = true;
                stack.Push((substitutionNode, editsRemaining - 1, rest[1..]));
            }

            // transposition
            if (rest.Length > 1)
            {
                var transposeNode = node.GetOrAddEdge(rest[1]);
                stack.Push((transposeNode, editsRemaining - 1, rest[0] + rest[2..]));
            }
        }
        return root;
    }

    /// <summary>lunr.TokenSet#toArray: the words, in lunr's (stack) order. Not for sets with wildcards.</summary>
    public List<string> ToArray()
    {
        var words = new List<string>();
        var stack = new Stack<(string Prefix, TokenSet Node)>();
        stack.Push(("", this));
        while (stack.Count > 0)
        {
            var (prefix, node) = stack.Pop();
            if (node.IsFinal) words.Add(prefix);
            for (var i = 0; i < node._count; i++) stack.Push((prefix + node._labels[i], node._targets[i]));
        }
        return words;
    }

    /// <summary>lunr.TokenSet#intersect: the words of this set matched by <paramref name="b"/> (which may hold '*').</summary>
    public TokenSet Intersect(TokenSet b)
    {
        var output = new TokenSet();
        var stack = new Stack<(TokenSet QNode, TokenSet Output, TokenSet Node)>();
        stack.Push((b, output, this));
        while (stack.Count > 0)
        {
            var (qNode, outNode, node) = stack.Pop();
            var qCount = qNode._count;
            var qLabels = qNode._labels;
            var qTargets = qNode._targets;
            var nCount = node._count;
            for (var q = 0; q < qCount; q++)
            {
                var qEdge = qLabels[q];
                for (var n = 0; n < nCount; n++)
                {
                    var nEdge = node._labels[n];
                    if (nEdge != qEdge && qEdge != '*') continue;
                    var next = node._targets[n];
                    var qNext = qTargets[q];
                    var isFinal = next.IsFinal && qNext.IsFinal;
                    var existing = outNode.Edge(nEdge);
                    if (existing is not null)
                    {
                        existing.IsFinal = existing.IsFinal || isFinal;
                    }
                    else
                    {
                        existing = new TokenSet { IsFinal = isFinal };
                        outNode.SetEdge(nEdge, existing);
                    }
                    stack.Push((qNext, existing, next));
                }
            }
        }
        return output;
    }

    /// <summary>lunr.TokenSet#toString: the minimisation key (finality, then sorted labels with target ids).</summary>
    public override string ToString()
    {
        if (_key is not null) return _key;
        var labels = new List<(char Label, int Id)>(_count);
        for (var i = 0; i < _count; i++) labels.Add((_labels[i], _targets[i].Id));
        labels.Sort((x, y) => x.Label.CompareTo(y.Label));
        var sb = new StringBuilder(IsFinal ? "1" : "0");
        foreach (var (label, id) in labels) sb.Append(label).Append(id);
        return sb.ToString();
    }

    internal void FreezeKey() => _key = ToString();
}
