namespace VbeKnowledge.Content.Search;

/// <summary>lunr.Query.presence: how a clause constrains the results (lunr-index.md §6).</summary>
public enum Presence
{
    /// <summary>Matches add to the score.</summary>
    Optional = 1,

    /// <summary>Every result must match the clause (<c>+term</c>).</summary>
    Required = 2,

    /// <summary>No result may match the clause (<c>-term</c>).</summary>
    Prohibited = 3,
}

/// <summary>One clause of a lunr query: a term with its fields, boost, edit distance and presence.</summary>
public sealed class Clause
{
    /// <summary>The lowercased term; '*' is a wildcard.</summary>
    public string Term { get; set; } = "";

    /// <summary>The fields it searches; null means every field of the index.</summary>
    public IReadOnlyList<string>? Fields { get; set; }

    /// <summary>Added to the query vector per expanded term (<c>term^N</c>); default 1.</summary>
    public double Boost { get; set; } = 1;

    /// <summary>Edit distance (<c>term~N</c>), or null for an exact/wildcard match.</summary>
    public int? EditDistance { get; set; }

    /// <summary>False for wildcard terms, which skip the search pipeline (lunr-index.md §6).</summary>
    public bool UsePipeline { get; set; } = true;

    /// <summary>Optional, required or prohibited.</summary>
    public Presence Presence { get; set; } = Presence.Optional;
}

/// <summary>lunr.Query: the clauses parsed from a query string, over the index's fields.</summary>
public sealed class Query(IReadOnlyList<string> allFields)
{
    /// <summary>The index's fields, which clauses default to.</summary>
    public IReadOnlyList<string> AllFields { get; } = allFields;

    /// <summary>The clauses in query order.</summary>
    public List<Clause> Clauses { get; } = [];

    /// <summary>Adds a clause, filling in lunr's defaults.</summary>
    public Query AddClause(Clause clause)
    {
        clause.Fields ??= AllFields;
        Clauses.Add(clause);
        return this;
    }

    /// <summary>True when every clause is prohibited, also when there are none (lunr's <c>isNegated</c>).</summary>
    public bool IsNegated()
    {
        foreach (var clause in Clauses)
        {
            if (clause.Presence != Presence.Prohibited) return false;
        }
        return true;
    }
}
