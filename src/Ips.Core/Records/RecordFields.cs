using System.Globalization;
using System.Text.Unicode;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Records;

/// <summary>Typed access to one row's fields, parsed from UTF-8 bytes without allocating; every failure is reported with file, line and column.</summary>
/// <remarks>
/// Each accessor returns <see langword="false"/> after reporting the broken rule, so a row can check all its fields
/// (<c>ok &amp;= …</c>) and report every error at once. Messages name the column and the rule, never the value.
/// </remarks>
internal readonly ref struct RecordFields
{
    private readonly ReadOnlySpan<byte> _source;
    private readonly ReadOnlySpan<Range> _fields;
    private readonly int _file;
    private readonly RecordErrorSink _sink;
    private readonly RecordTextPool _pool;

    internal RecordFields(ReadOnlySpan<byte> source, ReadOnlySpan<Range> fields, int file, long line, RecordErrorSink sink, RecordTextPool pool)
    {
        _source = source;
        _fields = fields;
        _file = file;
        Line = line;
        _sink = sink;
        _pool = pool;
    }

    internal long Line { get; }

    internal ReadOnlySpan<byte> Raw(int column) => _source[_fields[column]];

    internal void Error(string code, int column, string message) => _sink.Add(code, _file, Line, column + 1, message);

    internal bool Id(int column, out string value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = null!;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return IdCore(column, raw, out value);
    }

    internal bool OptionalId(int column, out string? value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = null;
            return true;
        }

        var ok = IdCore(column, raw, out var id);
        value = id;
        return ok;
    }

    internal bool Date(int column, out LocalDate value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return DateCore(column, raw, out value);
    }

    internal bool OptionalDate(int column, out LocalDate? value)
    {
        var raw = Raw(column);
        value = null;
        if (raw.IsEmpty)
        {
            return true;
        }

        var ok = DateCore(column, raw, out var date);
        value = ok ? date : null;
        return ok;
    }

    internal bool Decimal(int column, out decimal value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return DecimalCore(column, raw, out value);
    }

    internal bool OptionalDecimal(int column, out decimal? value)
    {
        var raw = Raw(column);
        value = null;
        if (raw.IsEmpty)
        {
            return true;
        }

        var ok = DecimalCore(column, raw, out var d);
        value = ok ? d : null;
        return ok;
    }

    internal bool Int(int column, out int value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        if (raw.Length <= 10 && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        value = default;
        Error(ErrorCodes.Records.InvalidInteger, column, Name(column) + " must be a non-negative integer of digits only (value not shown).");
        return false;
    }

    internal bool Bool(int column, out bool value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return BoolCore(column, raw, out value);
    }

    internal bool OptionalBool(int column, out bool? value)
    {
        var raw = Raw(column);
        value = null;
        if (raw.IsEmpty)
        {
            return true;
        }

        var ok = BoolCore(column, raw, out var b);
        value = ok ? b : null;
        return ok;
    }

    internal bool Enum<T>(int column, out T value)
        where T : struct, Enum
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return EnumCore(column, raw, out value);
    }

    internal bool OptionalEnum<T>(int column, out T? value)
        where T : struct, Enum
    {
        var raw = Raw(column);
        value = null;
        if (raw.IsEmpty)
        {
            return true;
        }

        var ok = EnumCore<T>(column, raw, out var v);
        value = ok ? v : null;
        return ok;
    }

    internal bool Flags<T>(int column, out T value)
        where T : struct, Enum
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = default;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty (write None for no flags).");
            return false;
        }

        if (EnumText<T>.TryParseFlags(raw, out value))
        {
            return true;
        }

        Error(ErrorCodes.Records.InvalidEnum, column, Name(column) + " must be " + typeof(T).Name + " member names joined by '|' (or None alone), exactly as documented (value not shown).");
        return false;
    }

    internal bool OptionalFlags<T>(int column, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (IsEmpty(column))
        {
            return true;
        }

        var ok = Flags<T>(column, out var flags);
        value = ok ? flags : null;
        return ok;
    }

    internal bool Text(int column, out string value)
    {
        var raw = Raw(column);
        if (raw.IsEmpty)
        {
            value = null!;
            Error(ErrorCodes.Records.Required, column, Name(column) + " is required; the field is empty.");
            return false;
        }

        return TextCore(column, raw, out value);
    }

    internal bool OptionalText(int column, out string? value)
    {
        var raw = Raw(column);
        value = null;
        if (raw.IsEmpty)
        {
            return true;
        }

        var ok = TextCore(column, raw, out var text);
        value = text;
        return ok;
    }

    internal bool IsEmpty(int column) => Raw(column).IsEmpty;

    internal static bool TryParseDate(ReadOnlySpan<byte> raw, out LocalDate value)
    {
        value = default;
        if (raw.Length != 10 || raw[4] != (byte)'-' || raw[7] != (byte)'-')
        {
            return false;
        }

        if (!Digits(raw[..4], out var year) || !Digits(raw.Slice(5, 2), out var month) || !Digits(raw.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> raw, out int value)
    {
        value = 0;
        foreach (var b in raw)
        {
            var d = b - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (DateTime.IsLeapYear(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    private string Name(int column) => RecordSchema.ColumnName(_file, column);

    private bool IdCore(int column, ReadOnlySpan<byte> raw, out string value)
    {
        if (raw.Length > 64 || raw.IndexOfAnyExcept(IdBytes) >= 0)
        {
            value = null!;
            Error(ErrorCodes.Identity.Invalid, column, Name(column) + " must be 1-64 characters of [A-Za-z0-9._:-]; the value is not shown because it is an identity value.");
            return false;
        }

        value = _pool.Ascii(raw);
        return true;
    }

    private bool DateCore(int column, ReadOnlySpan<byte> raw, out LocalDate value)
    {
        if (TryParseDate(raw, out value))
        {
            return true;
        }

        Error(ErrorCodes.Records.InvalidDate, column, Name(column) + " must be an ISO calendar date yyyy-MM-dd (value not shown).");
        return false;
    }

    private bool DecimalCore(int column, ReadOnlySpan<byte> raw, out decimal value)
    {
        if (raw.Length <= 40 && decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        value = default;
        var hint = raw.IndexOf((byte)',') >= 0 ? " It looks like a decimal comma: the files use a decimal point." : string.Empty;
        Error(ErrorCodes.Records.InvalidDecimal, column, Name(column) + " must be an invariant decimal such as 37.5 (point, no exponent, no thousands separator; value not shown)." + hint);
        return false;
    }

    private bool BoolCore(int column, ReadOnlySpan<byte> raw, out bool value)
    {
        if (raw.SequenceEqual("true"u8))
        {
            value = true;
            return true;
        }

        if (raw.SequenceEqual("false"u8))
        {
            value = false;
            return true;
        }

        value = default;
        Error(ErrorCodes.Records.InvalidBoolean, column, Name(column) + " must be true or false, in lower case (value not shown).");
        return false;
    }

    private bool EnumCore<T>(int column, ReadOnlySpan<byte> raw, out T value)
        where T : struct, Enum
    {
        if (EnumText<T>.TryParse(raw, out value))
        {
            return true;
        }

        Error(ErrorCodes.Records.InvalidEnum, column, Name(column) + " must be a member name of " + typeof(T).Name + ", exactly as documented (value not shown).");
        return false;
    }

    private bool TextCore(int column, ReadOnlySpan<byte> raw, out string value)
    {
        if (!Utf8.IsValid(raw))
        {
            value = null!;
            Error(ErrorCodes.Records.Encoding, column, Name(column) + " is not valid UTF-8; save the file as UTF-8 (value not shown).");
            return false;
        }

        value = _pool.Utf8(raw);
        return true;
    }

    private static readonly System.Buffers.SearchValues<byte> IdBytes =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-"u8);
}
