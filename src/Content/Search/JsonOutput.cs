using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace VbeKnowledge.Content.Search;

/// <summary>
/// Writes JSON exactly as JS <c>JSON.stringify</c> does: strings escape only '"', '\', control
/// characters and lone surrogates; numbers use JS <c>Number#toString</c> (lunr-index.md §5).
/// </summary>
internal sealed class JsonOutput(Stream stream) : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly Dictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);
    private int _used;
    private int _flushes;

    public void Raw(byte b)
    {
        if (_used == _buffer.Length) Flush();
        _buffer[_used++] = b;
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _used < bytes.Length) Flush();
        if (bytes.Length > _buffer.Length)
        {
            stream.Write(bytes);
            return;
        }
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Int(int value)
    {
        if (_buffer.Length - _used < 16) Flush();
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var written);
        _used += written;
    }

    public void Number(double value)
    {
        if (_buffer.Length - _used < 32) Flush();
        _used += FormatNumber(value, _buffer.AsSpan(_used));
    }

    /// <summary>Writes a string that recurs (doc refs, field names) from a cache of its encoded bytes.</summary>
    public void CachedString(string s)
    {
        if (_encoded.TryGetValue(s, out var bytes))
        {
            Raw(bytes);
            return;
        }
        var flushes = _flushes;
        var start = _used;
        String(s);
        if (flushes == _flushes) _encoded.Add(s, _buffer.AsSpan(start, _used - start).ToArray());
    }

    public void String(string s)
    {
        Raw((byte)'"');
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            string? escape = null;
            if (c < 0x20 || c == '"' || c == '\\')
            {
                escape = c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                };
            }
            else if (char.IsSurrogate(c))
            {
                var paired = char.IsHighSurrogate(c)
                    ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                    : i > 0 && char.IsHighSurrogate(s[i - 1]);
                if (!paired) escape = "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            }
            if (escape is null) continue;
            Utf8(s.AsSpan(start, i - start));
            Utf8(escape);
            start = i + 1;
        }
        Utf8(s.AsSpan(start));
        Raw((byte)'"');
    }

    private void Utf8(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        var max = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (_buffer.Length - _used < max) Flush();
        if (max > _buffer.Length)
        {
            stream.Write(Encoding.UTF8.GetBytes(chars.ToArray()));
            return;
        }
        _used += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_used));
    }

    public void Flush()
    {
        _flushes++;
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose() => Flush();

    /// <summary>JS <c>Number.prototype.toString()</c> of a finite double, as ASCII (ECMA-262 Number::toString).</summary>
    internal static int FormatNumber(double value, Span<byte> destination)
    {
        if (value == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }
        // .NET "R" gives the shortest round-trip digits, as JS does; only the layout differs.
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var length, "R", CultureInfo.InvariantCulture);
        text = text[..length];
        var pos = 0;
        if (text[0] == '-')
        {
            destination[pos++] = (byte)'-';
            text = text[1..];
        }
        var exponent = 0;
        var e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var intLength = point < 0 ? text.Length : point;
        Span<char> digits = stackalloc char[40];
        var k = 0;
        foreach (var c in text)
        {
            if (c != '.') digits[k++] = c;
        }
        // value = 0.d1…dk × 10^n
        var n = intLength + exponent;
        var first = 0;
        while (first < k - 1 && digits[first] == '0')
        {
            first++;
            n--;
        }
        digits = digits[first..k];
        k = digits.Length;
        while (k > 1 && digits[k - 1] == '0') k--;
        if (k <= n && n <= 21)
        {
            for (var i = 0; i < k; i++) destination[pos++] = (byte)digits[i];
            for (var i = 0; i < n - k; i++) destination[pos++] = (byte)'0';
        }
        else if (0 < n && n <= 21)
        {
            for (var i = 0; i < n; i++) destination[pos++] = (byte)digits[i];
            destination[pos++] = (byte)'.';
            for (var i = n; i < k; i++) destination[pos++] = (byte)digits[i];
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            for (var i = 0; i < -n; i++) destination[pos++] = (byte)'0';
            for (var i = 0; i < k; i++) destination[pos++] = (byte)digits[i];
        }
        else
        {
            destination[pos++] = (byte)digits[0];
            if (k > 1)
            {
                destination[pos++] = (byte)'.';
                for (var i = 1; i < k; i++) destination[pos++] = (byte)digits[i];
            }
            destination[pos++] = (byte)'e';
            destination[pos++] = n - 1 < 0 ? (byte)'-' : (byte)'+';
            Utf8Formatter.TryFormat(Math.Abs(n - 1), destination[pos..], out var written);
            pos += written;
        }
        return pos;
    }
}
