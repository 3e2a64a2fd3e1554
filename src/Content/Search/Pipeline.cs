namespace VbeKnowledge.Content.Search;

/// <summary>A lunr pipeline function: returns the processed token, or null to drop it.</summary>
/// <remarks>Must be pure: the <see cref="Builder"/> caches a pipeline's result per distinct token.</remarks>
public delegate string? PipelineFunction(string token);

/// <summary>lunr.Pipeline: labelled token functions run in order; only null drops a token ("" is kept, lunr-index.md §4).</summary>
public sealed class Pipeline
{
    private static readonly Dictionary<string, PipelineFunction> Registered = new(StringComparer.Ordinal)
    {
        [Trimmer.Label] = Trimmer.Trim,
        [StopWordFilter.Label] = StopWordFilter.Filter,
        [SwedishStemmer.Label] = SwedishStemmer.Stem,
    };

    private readonly List<(string Label, PipelineFunction Function)> _stack = [];

    /// <summary>The labels in run order, as serialised in the index's "pipeline".</summary>
    public IReadOnlyList<string> Labels => _stack.ConvertAll(f => f.Label);

    /// <summary>Appends a function under a label.</summary>
    public Pipeline Add(string label, PipelineFunction function)
    {
        _stack.Add((label, function));
        return this;
    }

    /// <summary>Runs one token through every function; null when a function dropped it.</summary>
    public string? Run(string token)
    {
        string? current = token;
        foreach (var (_, function) in _stack)
        {
            current = function(current);
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>lunr.Pipeline.load: rebuilds a pipeline from registered labels (the lunr.sv functions).</summary>
    /// <exception cref="FormatException">A label is not registered.</exception>
    public static Pipeline Load(IEnumerable<string> labels)
    {
        var pipeline = new Pipeline();
        foreach (var label in labels)
        {
            if (!Registered.TryGetValue(label, out var function))
                throw new FormatException("Cannot load unregistered function: " + label);
            pipeline.Add(label, function);
        }
        return pipeline;
    }
}
