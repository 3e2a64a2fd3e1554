using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace VbeKnowledge.Api.Queries;

/// <summary>
/// Reads a request's query parameters strictly: unknown or repeated parameters and bad values are all collected
/// and answered together as one 400 ProblemDetails, in Swedish, naming each parameter and what was wrong.
/// </summary>
public sealed class QueryReader
{
    private readonly IQueryCollection _query;
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public QueryReader(HttpRequest request, params string[] allowed)
    {
        _query = request.Query;
        foreach (var (name, values) in _query)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                var hint = allowed.Length == 0 ? "Den här adressen tar inga parametrar." : $"Tillåtna parametrar: {string.Join(", ", allowed)}.";
                Add(name, $"Okänd parameter '{name}'. {hint}");
            }
            else if (values.Count > 1) Add(name, $"Parametern '{name}' får bara anges en gång.");
        }
    }

    public bool HasErrors => _errors.Count > 0;

    /// <summary>A free-text value, or null when absent; an empty value is an error.</summary>
    public string? Text(string name)
    {
        var raw = Raw(name);
        if (raw is null) return null;
        if (raw.Trim().Length == 0) { Add(name, $"Parametern '{name}' får inte vara tom."); return null; }
        return raw.Trim();
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var raw = Raw(name);
        if (raw is null) return fallback;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Add(name, max == int.MaxValue
            ? $"'{name}' måste vara ett heltal som är {min} eller större; fick '{raw}'."
            : $"'{name}' måste vara ett heltal från {min} till {max}; fick '{raw}'.");
        return fallback;
    }

    public DateOnly? Date(string name)
    {
        var raw = Raw(name);
        if (raw is null) return null;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Add(name, $"'{name}' måste vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-01-31; fick '{raw}'.");
        return null;
    }

    /// <summary>One of a fixed set of values, matched without regard to case; returns the canonical spelling.</summary>
    public string? OneOf(string name, IEnumerable<string> allowed)
    {
        var raw = Text(name);
        if (raw is null) return null;
        var list = allowed.ToList();
        var match = list.FirstOrDefault(a => string.Equals(a, raw, StringComparison.OrdinalIgnoreCase));
        if (match is null) Add(name, $"'{name}' måste vara något av: {string.Join(", ", list)}; fick '{raw}'.");
        return match;
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        detail: string.Join(" ", _errors.SelectMany(e => e.Value)),
        title: "Ogiltiga parametrar");

    private string? Raw(string name) => _query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>Records a problem with a parameter found after reading it (for example a query that does not parse).</summary>
    public void Reject(string name, string message) => Add(name, message);

    private void Add(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var list)) _errors[name] = list = [];
        list.Add(message);
    }
}
