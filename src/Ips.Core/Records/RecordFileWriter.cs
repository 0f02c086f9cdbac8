using System.Globalization;
using System.Text;
using NodaTime;

namespace Ips.Core.Records;

/// <summary>Writes one CSV file in the format of <c>docs/records-csv.md</c>: UTF-8 without BOM, LF, invariant culture.</summary>
/// <remarks>Checks that every row has as many fields as the header. Not thread-safe.</remarks>
internal sealed class RecordFileWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _writer;
    private readonly int _columns;
    private readonly char[] _buffer = new char[64];
    private int _field;

    internal RecordFileWriter(string path, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(path, append: false, Utf8NoBom, bufferSize: 1 << 16);
        _columns = header.Count;
        foreach (var column in header)
        {
            Raw(column);
        }

        EndRow();
    }

    public void Dispose() => _writer.Dispose();

    internal void Raw(string value)
    {
        Separator();
        _writer.Write(value);
    }

    internal void Null() => Separator();

    internal void Id(string? value)
    {
        Separator();
        if (!string.IsNullOrEmpty(value))
        {
            _writer.Write(value);
        }
    }

    internal void Text(string? value)
    {
        Separator();
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                _writer.Write('"');
            }

            _writer.Write(c);
        }

        _writer.Write('"');
    }

    internal void Date(LocalDate? value)
    {
        Separator();
        if (value is not { } date)
        {
            return;
        }

        var span = _buffer.AsSpan(0, 10);
        Digits(span[..4], date.Year);
        span[4] = '-';
        Digits(span.Slice(5, 2), date.Month);
        span[7] = '-';
        Digits(span.Slice(8, 2), date.Day);
        _writer.Write(span);
    }

    internal void Int(int value)
    {
        Separator();
        value.TryFormat(_buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, written);
    }

    internal void Decimal(decimal? value)
    {
        Separator();
        if (value is not { } d)
        {
            return;
        }

        // Dividing by 1 with the largest scale strips trailing zeros: 50.00 → 50, 0.50 → 0.5.
        var normalised = d / 1.0000000000000000000000000000m;
        normalised.TryFormat(_buffer, out var written, default, CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, written);
    }

    internal void Bool(bool? value)
    {
        Separator();
        if (value is { } b)
        {
            _writer.Write(b ? "true" : "false");
        }
    }

    internal void Enum<T>(T value)
        where T : struct, Enum
    {
        Separator();
        _writer.Write(EnumText<T>.Name(value));
    }

    internal void Enum<T>(T? value)
        where T : struct, Enum
    {
        Separator();
        if (value is { } v)
        {
            _writer.Write(EnumText<T>.Name(v));
        }
    }

    internal void Flags<T>(T value)
        where T : struct, Enum
    {
        Separator();
        _writer.Write(EnumText<T>.FlagNames(value));
    }

    internal void Flags<T>(T? value)
        where T : struct, Enum
    {
        if (value is { } flags)
        {
            Flags(flags);
        }
        else
        {
            Null();
        }
    }

    internal void EndRow()
    {
        if (_field != _columns)
        {
            throw new InvalidOperationException($"A row has {_field} fields but the header {_columns}.");
        }

        _writer.Write('\n');
        _field = 0;
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private void Separator()
    {
        if (_field++ > 0)
        {
            _writer.Write(',');
        }
    }
}
