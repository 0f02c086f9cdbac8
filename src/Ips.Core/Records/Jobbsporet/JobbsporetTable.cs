using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>Reads one object's CSV of a Salesforce data export: the header names the fields (any order, extra fields ignored), then one row at a time.</summary>
/// <remarks>
/// Streams through <see cref="RecordLineReader"/> (bounded by <see cref="RecordReadOptions.MaxLineLength"/>) and splits
/// with <see cref="RecordSplitter"/> (RFC 4180; Salesforce quotes every field). Parse helpers report a bad field as a
/// <see cref="RecordError"/> at file, line and column, never with its value. Not thread-safe.
/// </remarks>
internal sealed class JobbsporetTable : IDisposable
{
    private const int MaxColumns = 2048;
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];
    private static readonly InstantPattern InstantIso = InstantPattern.ExtendedIso;
    private static readonly OffsetDateTimePattern OffsetIso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<+HHmm>");

    private static readonly System.Buffers.SearchValues<byte> IdCharacters = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private readonly RecordLineReader _reader;
    private readonly JobbsporetErrors _errors;
    private readonly RecordReadOptions _options;
    private readonly Dictionary<string, int> _columns;
    private readonly ImmutableArray<string> _names;
    private Range[] _fields;
    private byte[] _scratch = new byte[1024];
    private ReadOnlySpan<byte> Source => _source.AsSpan(0, _sourceLength);
    private byte[] _source = new byte[1024];
    private int _sourceLength;

    private JobbsporetTable(string file, RecordLineReader reader, JobbsporetErrors errors, RecordReadOptions options, ImmutableArray<string> names)
    {
        File = file;
        _reader = reader;
        _errors = errors;
        _options = options;
        _names = names;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            _columns.TryAdd(names[i], i);
        }

        _fields = new Range[names.Length];
    }

    internal string File { get; }

    internal long Line { get; private set; }

    internal int Rows { get; private set; }

    /// <summary>Whether reading stopped on a bound (too many rows).</summary>
    internal bool Fatal { get; private set; }

    /// <summary>The header's field names (only compared with documented names; never echoed unless documented).</summary>
    internal ImmutableArray<string> Names => _names;

    /// <summary>Opens <paramref name="file"/> in <paramref name="directory"/>; null when it is absent (reported when <paramref name="required"/>) or its header is unreadable (reported).</summary>
    internal static JobbsporetTable? Open(string directory, string file, bool required, JobbsporetErrors errors, RecordReadOptions options)
    {
        var path = Path.Combine(directory, file);
        if (!System.IO.File.Exists(path))
        {
            if (required)
            {
                errors.Fatal(ErrorCodes.Jobbsporet.MissingFile, file, 0, 0, null, file + " is missing; it is required (see docs/jobbsporet.md for the objects to export).");
            }

            return null;
        }

        var reader = new RecordLineReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), options.MaxLineLength);
        if (!reader.TryRead(out var header, out _, out var tooLong) || header.IsEmpty || tooLong)
        {
            reader.Dispose();
            errors.Fatal(ErrorCodes.Records.NoHeader, file, 0, 0, null, file + " has no readable header line (the field API names, comma-separated).");
            return null;
        }

        var fields = new Range[MaxColumns];
        var scratch = new byte[header.Length];
        var count = RecordSplitter.Split(header, fields, ref scratch, out var source, out var quoteError);
        if (quoteError || count > MaxColumns || !System.Text.Unicode.Utf8.IsValid(header))
        {
            reader.Dispose();
            errors.Fatal(ErrorCodes.Records.Quoting, file, 1, 0, null, file + ": the header is not a comma-separated list of field names (quotes malformed, not UTF-8, or more than 2048 fields).");
            return null;
        }

        if (count == 1 && header.IndexOf((byte)';') >= 0)
        {
            reader.Dispose();
            errors.Fatal(ErrorCodes.Records.SemicolonSeparated, file, 1, 0, null, file + ": the header looks semicolon-separated; a Salesforce export is comma-separated. Export again, or convert.");
            return null;
        }

        var names = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            names.Add(Encoding.UTF8.GetString(source[fields[i]]).Trim());
        }

        return new JobbsporetTable(file, reader, errors, options, names.MoveToImmutable());
    }

    /// <summary>The 0-based index of the field named <paramref name="name"/>, or -1.</summary>
    internal int Column(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The index of a field the mapping needs; reports a missing column (fatal for the file) and returns -1.</summary>
    internal int RequiredColumn(string name)
    {
        var i = Column(name);
        if (i < 0)
        {
            _errors.Fatal(ErrorCodes.Jobbsporet.MissingColumn, File, 1, 0, null, $"{File}: the header lacks the field {name}, which the mapping reads (docs/jobbsporet.md).");
            Fatal = true;
        }

        return i;
    }

    /// <summary>Moves to the next well-formed row; false at the end of the file or on a fatal bound.</summary>
    internal bool Next()
    {
        while (!Fatal)
        {
            if (!_reader.TryRead(out var record, out var line, out var tooLong))
            {
                return false;
            }

            Line = line;
            if (!tooLong && record.IsEmpty)
            {
                continue;
            }

            if (++Rows > _options.MaxRowsPerFile)
            {
                _errors.Fatal(ErrorCodes.Records.TooManyRows, File, line, 0, null, FormattableString.Invariant($"{File} has more than {_options.MaxRowsPerFile} rows (MaxRowsPerFile); reading stopped here."));
                Fatal = true;
                return false;
            }

            if (tooLong)
            {
                _errors.Add(ErrorCodes.Records.LineTooLong, File, line, 0, null, FormattableString.Invariant($"The row is longer than {_options.MaxLineLength} bytes (MaxLineLength) and was not read."));
                continue;
            }

            if (!System.Text.Unicode.Utf8.IsValid(record))
            {
                _errors.Add(ErrorCodes.Records.Encoding, File, line, 0, null, "The row is not valid UTF-8; a Salesforce export is UTF-8.");
                continue;
            }

            var count = RecordSplitter.Split(record, _fields, ref _scratch, out var source, out var quoteError);
            if (quoteError)
            {
                _errors.Add(ErrorCodes.Records.Quoting, File, line, 0, null, "A field's quotes are malformed: a quoted field must close with \" followed by , or the line end, and a \" inside is written \"\".");
                continue;
            }

            if (count != _names.Length)
            {
                _errors.Add(ErrorCodes.Records.FieldCount, File, line, 0, null, FormattableString.Invariant($"The row has {(count > _names.Length ? "more" : "fewer")} fields than the header's {_names.Length}."));
                continue;
            }

            // Keep the fields' bytes: the splitter's source may be the reader's buffer.
            if (_source.Length < source.Length)
            {
                _source = new byte[Math.Max(source.Length, _source.Length * 2)];
            }

            source.CopyTo(_source);
            _sourceLength = source.Length;
            return true;
        }

        return false;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The raw bytes of field <paramref name="column"/> (empty when the column is absent, -1).</summary>
    internal ReadOnlySpan<byte> Raw(int column) => column < 0 ? default : Source[_fields[column]];

    internal bool IsEmpty(int column) => Raw(column).Trim((byte)' ').IsEmpty;

    /// <summary>The field as text, or null when empty. Only for values that are not identity values.</summary>
    internal string? Text(int column)
    {
        var raw = Raw(column).Trim((byte)' ');
        return raw.IsEmpty ? null : Encoding.UTF8.GetString(raw);
    }

    /// <summary>Whether the field equals <paramref name="value"/> (ASCII or UTF-8), without making a string.</summary>
    internal bool Is(int column, string value) => Raw(column).Trim((byte)' ').SequenceEqual(Encoding.UTF8.GetBytes(value));

    internal void Error(string code, int column, string message) =>
        _errors.Add(code, File, Line, column + 1, column >= 0 ? _names[column] : null, message);

    /// <summary>A Salesforce id (15 or 18 letters and digits), or null when empty; false (reported) when malformed.</summary>
    internal bool Id(int column, bool required, out string? id)
    {
        id = null;
        var raw = Raw(column).Trim((byte)' ');
        if (raw.IsEmpty)
        {
            if (required)
            {
                Error(ErrorCodes.Records.Required, column, "The id is required.");
                return false;
            }

            return true;
        }

        if (raw.Length is not (15 or 18) || !System.Text.Ascii.IsValid(raw) || raw.IndexOfAnyExcept(IdCharacters) >= 0)
        {
            Error(ErrorCodes.Jobbsporet.InvalidId, column, "The field is not a Salesforce id (15 or 18 letters and digits; value not shown).");
            return false;
        }

        id = Encoding.ASCII.GetString(raw);
        return true;
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>), or null when empty.</summary>
    internal bool Date(int column, bool required, out LocalDate? date)
    {
        date = null;
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                Error(ErrorCodes.Records.Required, column, "The date is required.");
                return false;
            }

            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            Error(ErrorCodes.Records.InvalidDate, column, "The field is not an ISO date yyyy-MM-dd.");
            return false;
        }

        date = parsed.Value;
        return true;
    }

    /// <summary>An ISO datetime in UTC (<c>2026-03-04T09:00:00.000Z</c>, or with an offset), as its Europe/Oslo date; or null when empty.</summary>
    internal bool DateTimeAsOsloDate(int column, bool required, out LocalDate? date)
    {
        date = null;
        if (!Instant(column, required, out var instant))
        {
            return false;
        }

        date = instant?.InZone(Oslo).Date;
        return true;
    }

    /// <summary>An ISO datetime (UTC with <c>Z</c>, or with an offset), or null when empty.</summary>
    internal bool Instant(int column, bool required, out Instant? instant)
    {
        instant = null;
        var text = Text(column);
        if (text is null)
        {
            if (required)
            {
                Error(ErrorCodes.Records.Required, column, "The datetime is required.");
                return false;
            }

            return true;
        }

        var utc = InstantIso.Parse(text);
        if (utc.Success)
        {
            instant = utc.Value;
            return true;
        }

        var offset = OffsetIso.Parse(text);
        if (offset.Success)
        {
            instant = offset.Value.ToInstant();
            return true;
        }

        Error(ErrorCodes.Jobbsporet.InvalidDateTime, column, "The field is not an ISO datetime (e.g. 2026-03-04T09:00:00.000Z).");
        return false;
    }

    /// <summary>A checkbox: <c>true</c>/<c>false</c> or <c>1</c>/<c>0</c> (any case); empty is false, as Salesforce stores an unset checkbox.</summary>
    internal bool Checkbox(int column, out bool value)
    {
        value = false;
        var raw = Raw(column).Trim((byte)' ');
        if (raw.IsEmpty || raw.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(raw, "false"u8))
        {
            return true;
        }

        if (raw.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(raw, "true"u8))
        {
            value = true;
            return true;
        }

        Error(ErrorCodes.Records.InvalidBoolean, column, "The checkbox is not true/false (or 1/0).");
        return false;
    }

    /// <summary>An invariant decimal, or null when empty.</summary>
    internal bool Decimal(int column, bool required, out decimal? value)
    {
        value = null;
        var raw = Raw(column).Trim((byte)' ');
        if (raw.IsEmpty)
        {
            if (required)
            {
                Error(ErrorCodes.Records.Required, column, "The number is required.");
                return false;
            }

            return true;
        }

        if (raw.Length > 32 || !decimal.TryParse(raw, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            Error(ErrorCodes.Records.InvalidDecimal, column, "The field is not an invariant decimal (digits, optional sign and decimal point).");
            return false;
        }

        value = parsed;
        return true;
    }
}
