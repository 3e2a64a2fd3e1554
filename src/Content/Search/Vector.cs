namespace VbeKnowledge.Content.Search;

/// <summary>lunr.Vector: sparse (term index, value) pairs sorted by term index (lunr-index.md §2, §7).</summary>
internal sealed class Vector
{
    private int[] _indexes;
    private double[] _values;

    public Vector(int[] indexes, double[] values)
    {
        _indexes = indexes;
        _values = values;
        Count = indexes.Length;
    }

    public Vector() : this([], []) { }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Indexes => _indexes.AsSpan(0, Count);

    public ReadOnlySpan<double> Values => _values.AsSpan(0, Count);

    /// <summary>lunr.Vector.upsert with <c>(a, b) =&gt; a + b</c>: adds to an existing element or inserts in order.</summary>
    public void Add(int index, double value)
    {
        var pos = Indexes.BinarySearch(index);
        if (pos >= 0)
        {
            _values[pos] += value;
            return;
        }
        pos = ~pos;
        if (Count == _indexes.Length)
        {
            Array.Resize(ref _indexes, Math.Max(4, Count * 2));
            Array.Resize(ref _values, _indexes.Length);
        }
        Array.Copy(_indexes, pos, _indexes, pos + 1, Count - pos);
        Array.Copy(_values, pos, _values, pos + 1, Count - pos);
        _indexes[pos] = index;
        _values[pos] = value;
        Count++;
    }

    public double Magnitude()
    {
        var sumOfSquares = 0.0;
        foreach (var v in Values) sumOfSquares += v * v;
        return Math.Sqrt(sumOfSquares);
    }

    public double Dot(Vector other)
    {
        var a = Indexes;
        var b = other.Indexes;
        var av = Values;
        var bv = other.Values;
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else dot += av[i++] * bv[j++];
        }
        return dot;
    }

    /// <summary>lunr's <c>dot / magnitude || 0</c>: only this (query) vector is normalised (lunr-index.md §7).</summary>
    public double Similarity(Vector other)
    {
        var s = Dot(other) / Magnitude();
        return double.IsNaN(s) || s == 0 ? 0 : s;
    }
}

/// <summary>One (field, document) vector of the index: its field ref and weights (lunr-index.md §2, §5).</summary>
internal sealed class FieldVector(string fieldRef, Vector vector)
{
    /// <summary><c>field + "/" + docRef</c>.</summary>
    public string FieldRef { get; } = fieldRef;

    public Vector Vector { get; } = vector;
}
