namespace VbeKnowledge.Content.Search;

/// <summary>Lexeme types of lunr.QueryLexer; their names appear in parse error messages.</summary>
internal enum LexemeType
{
    FIELD,
    TERM,
    EDIT_DISTANCE,
    BOOST,
    PRESENCE,
}

internal readonly record struct Lexeme(LexemeType Type, string Str, int Start, int End);

/// <summary>Port of lunr.QueryLexer: splits a query string into lexemes, state by state (lunr-index.md §6).</summary>
internal sealed class QueryLexer(string str)
{
    private const int EOS = -1;

    private enum State { Stop, Text, Field, Term, EditDistance, Boost, EOS }

    private readonly List<int> _escapeCharPositions = [];
    private int _pos;
    private int _start;

    public List<Lexeme> Lexemes { get; } = [];

    public void Run()
    {
        var state = State.Text;
        while (state != State.Stop)
        {
            state = state switch
            {
                State.Text => LexText(),
                State.Field => LexField(),
                State.Term => LexTerm(),
                State.EditDistance => LexEditDistance(),
                State.Boost => LexBoost(),
                _ => LexEOS(),
            };
        }
    }

    // Kept as lunr has it: escape positions are cleared only when a lexeme is emitted.
    private string SliceString()
    {
        var subSlices = new System.Text.StringBuilder();
        var sliceStart = _start;
        foreach (var sliceEnd in _escapeCharPositions)
        {
            subSlices.Append(JsString.Slice(str, sliceStart, sliceEnd));
            sliceStart = sliceEnd + 1;
        }
        subSlices.Append(JsString.Slice(str, sliceStart, _pos));
        _escapeCharPositions.Clear();
        return subSlices.ToString();
    }

    private void Emit(LexemeType type)
    {
        Lexemes.Add(new Lexeme(type, SliceString(), _start, _pos));
        _start = _pos;
    }

    private void EscapeCharacter()
    {
        _escapeCharPositions.Add(_pos - 1);
        _pos += 1;
    }

    private int Next()
    {
        if (_pos >= str.Length) return EOS;
        return str[_pos++];
    }

    private int Width() => _pos - _start;

    private void Ignore()
    {
        if (_start == _pos) _pos += 1;
        _start = _pos;
    }

    private void Backup() => _pos -= 1;

    private void AcceptDigitRun()
    {
        int c;
        do
        {
            c = Next();
        } while (c is > 47 and < 58);
        if (c != EOS) Backup();
    }

    private bool More() => _pos < str.Length;

    private State LexField()
    {
        Backup();
        Emit(LexemeType.FIELD);
        Ignore();
        return State.Text;
    }

    private State LexTerm()
    {
        if (Width() > 1)
        {
            Backup();
            Emit(LexemeType.TERM);
        }
        Ignore();
        return More() ? State.Text : State.Stop;
    }

    private State LexEditDistance()
    {
        Ignore();
        AcceptDigitRun();
        Emit(LexemeType.EDIT_DISTANCE);
        return State.Text;
    }

    private State LexBoost()
    {
        Ignore();
        AcceptDigitRun();
        Emit(LexemeType.BOOST);
        return State.Text;
    }

    private State LexEOS()
    {
        if (Width() > 0) Emit(LexemeType.TERM);
        return State.Stop;
    }

    private State LexText()
    {
        while (true)
        {
            var c = Next();
            if (c == EOS) return State.EOS;
            if (c == '\\')
            {
                EscapeCharacter();
                continue;
            }
            if (c == ':') return State.Field;
            if (c == '~')
            {
                Backup();
                if (Width() > 0) Emit(LexemeType.TERM);
                return State.EditDistance;
            }
            if (c == '^')
            {
                Backup();
                if (Width() > 0) Emit(LexemeType.TERM);
                return State.Boost;
            }
            // Only a leading '+' or '-' is a presence operator.
            if ((c == '+' || c == '-') && Width() == 1)
            {
                Emit(LexemeType.PRESENCE);
                return State.Text;
            }
            if (JsString.IsSeparator((char)c)) return State.Term;
        }
    }
}
