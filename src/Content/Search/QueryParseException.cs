namespace VbeKnowledge.Content.Search;

/// <summary>lunr.QueryParseError: the query string is not valid lunr syntax (e.g. an unknown field in <c>Ds 2014:4</c>).</summary>
public sealed class QueryParseException(string message, int start, int end) : Exception(message)
{
    /// <summary>Start of the offending lexeme in the query string.</summary>
    public int Start { get; } = start;

    /// <summary>End of the offending lexeme in the query string.</summary>
    public int End { get; } = end;
}
