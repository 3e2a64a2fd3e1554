namespace VbeKnowledge.Content.Search;

/// <summary>Port of lunr.QueryParser: turns lexemes into <see cref="Clause"/>s (lunr-index.md §6).</summary>
/// <remarks>Error messages are lunr's, word for word.</remarks>
public sealed class QueryParser
{
    private enum State { Stop, Clause, Presence, Field, Term, EditDistance, Boost }

    private readonly string _str;
    private readonly Query _query;
    private List<Lexeme> _lexemes = [];
    private Clause _currentClause = new();
    private int _lexemeIdx;

    /// <summary>A parser of <paramref name="str"/> that adds clauses to <paramref name="query"/>.</summary>
    public QueryParser(string str, Query query)
    {
        _str = str;
        _query = query;
    }

    /// <summary>Parses the string into the query.</summary>
    /// <exception cref="QueryParseException">The string is not valid lunr syntax.</exception>
    public Query Parse()
    {
        var lexer = new QueryLexer(_str);
        lexer.Run();
        _lexemes = lexer.Lexemes;
        var state = State.Clause;
        while (state != State.Stop)
        {
            state = state switch
            {
                State.Clause => ParseClause(),
                State.Presence => ParsePresence(),
                State.Field => ParseField(),
                State.Term => ParseTerm(),
                State.EditDistance => ParseEditDistance(),
                _ => ParseBoost(),
            };
        }
        return _query;
    }

    private Lexeme? PeekLexeme() => _lexemeIdx < _lexemes.Count ? _lexemes[_lexemeIdx] : null;

    private Lexeme? ConsumeLexeme()
    {
        var lexeme = PeekLexeme();
        _lexemeIdx += 1;
        return lexeme;
    }

    private void NextClause()
    {
        _query.AddClause(_currentClause);
        _currentClause = new Clause();
    }

    private State ParseClause()
    {
        if (PeekLexeme() is not { } lexeme) return State.Stop;
        switch (lexeme.Type)
        {
            case LexemeType.PRESENCE: return State.Presence;
            case LexemeType.FIELD: return State.Field;
            case LexemeType.TERM: return State.Term;
            default:
                var errorMessage = "expected either a field or a term, found " + lexeme.Type;
                if (lexeme.Str.Length >= 1) errorMessage += " with value '" + lexeme.Str + "'";
                throw new QueryParseException(errorMessage, lexeme.Start, lexeme.End);
        }
    }

    private State ParsePresence()
    {
        if (ConsumeLexeme() is not { } lexeme) return State.Stop;
        _currentClause.Presence = lexeme.Str switch
        {
            "-" => Presence.Prohibited,
            "+" => Presence.Required,
            _ => throw new QueryParseException("unrecognised presence operator'" + lexeme.Str + "'", lexeme.Start, lexeme.End),
        };
        if (PeekLexeme() is not { } nextLexeme)
            throw new QueryParseException("expecting term or field, found nothing", lexeme.Start, lexeme.End);
        return nextLexeme.Type switch
        {
            LexemeType.FIELD => State.Field,
            LexemeType.TERM => State.Term,
            _ => throw new QueryParseException("expecting term or field, found '" + nextLexeme.Type + "'", nextLexeme.Start, nextLexeme.End),
        };
    }

    private State ParseField()
    {
        if (ConsumeLexeme() is not { } lexeme) return State.Stop;
        if (!_query.AllFields.Contains(lexeme.Str))
        {
            var possibleFields = string.Join(", ", _query.AllFields.Select(f => "'" + f + "'"));
            throw new QueryParseException("unrecognised field '" + lexeme.Str + "', possible fields: " + possibleFields, lexeme.Start, lexeme.End);
        }
        _currentClause.Fields = [lexeme.Str];
        if (PeekLexeme() is not { } nextLexeme)
            throw new QueryParseException("expecting term, found nothing", lexeme.Start, lexeme.End);
        return nextLexeme.Type switch
        {
            LexemeType.TERM => State.Term,
            _ => throw new QueryParseException("expecting term, found '" + nextLexeme.Type + "'", nextLexeme.Start, nextLexeme.End),
        };
    }

    private State ParseTerm()
    {
        if (ConsumeLexeme() is not { } lexeme) return State.Stop;
        _currentClause.Term = JsString.ToLowerCase(lexeme.Str);
        // lunr-index.md §6: a wildcard term skips the pipeline.
        if (lexeme.Str.Contains('*')) _currentClause.UsePipeline = false;
        return AfterTermPart();
    }

    private State ParseEditDistance()
    {
        if (ConsumeLexeme() is not { } lexeme) return State.Stop;
        var editDistance = JsString.ParseInt(lexeme.Str);
        if (double.IsNaN(editDistance)) throw new QueryParseException("edit distance must be numeric", lexeme.Start, lexeme.End);
        // Deliberate deviation: lunr keeps a double; past int range its fuzzy expansion never ends anyway.
        _currentClause.EditDistance = (int)Math.Clamp(editDistance, int.MinValue, int.MaxValue);
        return AfterTermPart();
    }

    private State ParseBoost()
    {
        if (ConsumeLexeme() is not { } lexeme) return State.Stop;
        var boost = JsString.ParseInt(lexeme.Str);
        if (double.IsNaN(boost)) throw new QueryParseException("boost must be numeric", lexeme.Start, lexeme.End);
        _currentClause.Boost = boost;
        return AfterTermPart();
    }

    // The shared tail of lunr's parseTerm, parseEditDistance and parseBoost.
    private State AfterTermPart()
    {
        if (PeekLexeme() is not { } nextLexeme)
        {
            NextClause();
            return State.Stop;
        }
        switch (nextLexeme.Type)
        {
            case LexemeType.TERM:
                NextClause();
                return State.Term;
            case LexemeType.FIELD:
                NextClause();
                return State.Field;
            case LexemeType.EDIT_DISTANCE:
                return State.EditDistance;
            case LexemeType.BOOST:
                return State.Boost;
            case LexemeType.PRESENCE:
                NextClause();
                return State.Presence;
            default:
                throw new QueryParseException("Unexpected lexeme type '" + nextLexeme.Type + "'", nextLexeme.Start, nextLexeme.End);
        }
    }
}
