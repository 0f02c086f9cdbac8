using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>
/// A scale's fact, level and element ids, so that reading facts JSON hands out the definition's own strings instead
/// of allocating a copy of each id (one table per definition, built once).
/// </summary>
internal sealed class FactNameTable
{
    private static readonly ConditionalWeakTable<ScaleDefinition, FactNameTable> Tables = [];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private FactNameTable(ScaleDefinition scale)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in scale.Items)
        {
            foreach (var fact in item.Facts)
            {
                names.Add(fact.Id);
                foreach (var level in fact.Levels)
                {
                    names.Add(level.Id);
                }

                foreach (var element in fact.Elements)
                {
                    names.Add(element.Id);
                }
            }
        }

        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();

        // The same strings keyed by their UTF-8 bytes, for the byte scanner: open addressing, at most half full.
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, names.Count * 2));
        utf8Keys = new byte[size][];
        utf8Values = new string[size];
        foreach (var name in names)
        {
            var key = System.Text.Encoding.UTF8.GetBytes(name);
            var slot = (int)(Hash(key) & (uint)(size - 1));
            while (utf8Keys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            utf8Keys[slot] = key;
            utf8Values[slot] = name;
        }
    }

    private readonly byte[]?[] utf8Keys;
    private readonly string?[] utf8Values;

    /// <summary>The table of <paramref name="scale"/>.</summary>
    public static FactNameTable Of(ScaleDefinition scale) => Tables.GetValue(scale, static s => new FactNameTable(s));

    /// <summary>The current string token (or property name): the table's string when it has it, otherwise a new one.</summary>
    public static string GetString(ref Utf8JsonReader reader, FactNameTable? names)
    {
        if (names is null || reader.HasValueSequence || reader.ValueSpan.Length > 128)
        {
            return reader.GetString() ?? string.Empty;
        }

        // An escaped or UTF-8 text has at most as many UTF-16 chars as bytes.
        Span<char> buffer = stackalloc char[reader.ValueSpan.Length];
        var length = reader.CopyString(buffer);
        var text = buffer[..length];
        return names.lookup.TryGetValue(text, out var known) ? known : new string(text);
    }

    /// <summary>
    /// The string of unescaped UTF-8 <paramref name="utf8"/>: the table's when it has it (no decoding, no
    /// allocation), otherwise a new one; null when the bytes are not valid UTF-8.
    /// </summary>
    public static string? GetString(ReadOnlySpan<byte> utf8, FactNameTable? names)
    {
        if (names is not null)
        {
            var mask = names.utf8Keys.Length - 1;
            for (var slot = (int)(Hash(utf8) & (uint)mask); names.utf8Keys[slot] is { } key; slot = (slot + 1) & mask)
            {
                if (utf8.SequenceEqual(key))
                {
                    return names.utf8Values[slot];
                }
            }
        }

        // Not a known id: only now is the text checked (a known id's bytes are the UTF-8 of a string, so valid).
        return System.Text.Unicode.Utf8.IsValid(utf8) ? System.Text.Encoding.UTF8.GetString(utf8) : null;
    }

    /// <summary>A cheap hash of an id's bytes: its length and its first and last eight bytes (ids differ there).</summary>
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        unchecked
        {
            var hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15;
            if (utf8.Length >= 8)
            {
                hash ^= System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8) * 0xC2B2AE3D27D4EB4F;
                hash ^= System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]) * 0x165667B19E3779F9;
            }
            else
            {
                foreach (var b in utf8)
                {
                    hash = (hash * 31) + b;
                }
            }

            return (uint)(hash ^ (hash >> 32) ^ (hash >> 17));
        }
    }
}

/// <summary>
/// The fast path of <see cref="FidelityJson.ReadFacts(string)"/>: one pass over a well-formed facts document,
/// straight into <see cref="ReviewFacts"/> with exact-size arrays and the scale's own id strings.
/// </summary>
/// <remarks>
/// <para>
/// Two tiers: a byte scanner for plain documents (<c>FactsJsonReader.Scanner.cs</c>), then, for whatever it leaves
/// (comments, trailing commas, escapes), the Utf8JsonReader pass below.
/// </para>
/// It reads only what it is sure of — the documented layout, each property once, no nulls, schema version 1, plain
/// <c>yyyy-MM-dd</c> dates — and gives up (returns false) on anything else, malformed JSON included; the caller then
/// reads the document the ordinary way, which gives the same facts or the documented error and path. So errors, and
/// anything unusual, cost what they did; the common document is read in one pass.
/// </remarks>
internal static partial class FactsJsonReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>Reads <paramref name="utf8"/>, or returns false to leave it to the ordinary reader.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, FactNameTable? names, out ReviewFacts? facts)
    {
        facts = null;
        var buffers = scratch ?? new Scratch();
        scratch = null; // a nested read on this thread (none today) gets its own buffers
        try
        {
            facts = Scan(utf8, names, buffers);
            if (facts is not null)
            {
                return true;
            }

            buffers.Clear();
            var reader = new Utf8JsonReader(utf8, Options);
            facts = ReadDocument(ref reader, names, buffers);
            return facts is not null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            facts = null;
            return false;
        }
        finally
        {
            // Keep the buffers for the next read, unless a huge document grew them (they would stay on the thread).
            if (buffers.Clear())
            {
                scratch = buffers;
            }
        }
    }

    private static ReviewFacts? ReadDocument(ref Utf8JsonReader reader, FactNameTable? names, Scratch buffers)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var seen = 0;
        string? programme = null;
        LocalDate date = default;
        DateInterval? period = null;
        ImmutableArray<ItemFacts> items = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueTextEquals("schemaVersion"u8) ? 1
                : reader.ValueTextEquals("programme"u8) ? 2
                : reader.ValueTextEquals("reviewDate"u8) ? 4
                : reader.ValueTextEquals("reviewPeriod"u8) ? 8
                : reader.ValueTextEquals("items"u8) ? 16
                : 0;
            if (property == 0 || (seen & property) != 0 || !reader.Read())
            {
                return null;
            }

            seen |= property;
            switch (property)
            {
                case 1:
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != FidelityJson.SchemaVersion)
                    {
                        return null;
                    }

                    break;
                case 2:
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return null;
                    }

                    programme = reader.GetString();
                    break;
                case 4:
                    if (!TryReadDate(ref reader, out date))
                    {
                        return null;
                    }

                    break;
                case 8:
                    if (!TryReadPeriod(ref reader, out period))
                    {
                        return null;
                    }

                    break;
                default:
                    if (!TryReadItems(ref reader, names, buffers, out items))
                    {
                        return null;
                    }

                    break;
            }
        }

        // The whole object read, nothing after it, and the required members there.
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || (seen & 7) != 7 || programme is null)
        {
            return null;
        }

        return new ReviewFacts { ProgrammeLabel = programme, ReviewDate = date, ReviewPeriod = period, Items = items };
    }

    private static bool TryReadItems(ref Utf8JsonReader reader, FactNameTable? names, Scratch buffers, out ImmutableArray<ItemFacts> items)
    {
        items = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = buffers.Items;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var seen = 0;
            var number = 0;
            ImmutableArray<FactEntry> programme = [];
            ImmutableArray<SpecialistFacts> specialists = [];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueTextEquals("item"u8) ? 1
                    : reader.ValueTextEquals("facts"u8) ? 2
                    : reader.ValueTextEquals("specialists"u8) ? 4
                    : 0;
                if (property == 0 || (seen & property) != 0 || !reader.Read())
                {
                    return false;
                }

                seen |= property;
                switch (property)
                {
                    case 1:
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out number))
                        {
                            return false;
                        }

                        break;
                    case 2:
                        if (!TryReadFacts(ref reader, names, buffers, out programme))
                        {
                            return false;
                        }

                        break;
                    default:
                        if (!TryReadSpecialists(ref reader, names, buffers, out specialists))
                        {
                            return false;
                        }

                        break;
                }
            }

            if ((seen & 1) == 0)
            {
                return false;
            }

            list.Add(new ItemFacts { Item = number, Programme = programme, Specialists = specialists });
        }

        items = list.Count == 0 ? [] : [.. list];
        return true;
    }

    private static bool TryReadSpecialists(ref Utf8JsonReader reader, FactNameTable? names, Scratch buffers, out ImmutableArray<SpecialistFacts> specialists)
    {
        specialists = default;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = buffers.Specialists;
        list.Clear();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            string? label = null;
            var seenFacts = false;
            ImmutableArray<FactEntry> facts = [];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("label"u8) && label is null)
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    label = reader.GetString();
                }
                else if (reader.ValueTextEquals("facts"u8) && !seenFacts)
                {
                    seenFacts = true;
                    if (!reader.Read() || !TryReadFacts(ref reader, names, buffers, out facts))
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            if (label is null)
            {
                return false;
            }

            list.Add(new SpecialistFacts { Label = label, Facts = facts });
        }

        specialists = list.Count == 0 ? [] : [.. list];
        return true;
    }

    /// <summary>A fact map, read by the converter's own value reader (so both paths read values alike).</summary>
    private static bool TryReadFacts(ref Utf8JsonReader reader, FactNameTable? names, Scratch buffers, out ImmutableArray<FactEntry> facts)
    {
        facts = default;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var list = buffers.Entries;
        list.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = FactNameTable.GetString(ref reader, names);
            reader.Read();
            list.Add(reader.TokenType == JsonTokenType.StartObject
                ? FactMapJsonConverter.ReadWithOrigin(ref reader, id, names)
                : new FactEntry(id, FactMapJsonConverter.ReadValue(ref reader, id, names, buffers.Elements)));
        }

        facts = list.Count == 0 ? [] : [.. list];
        return true;
    }

    private static bool TryReadPeriod(ref Utf8JsonReader reader, out DateInterval? period)
    {
        period = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var isEnd = !isStart && reader.ValueTextEquals("end"u8);
            if (!reader.Read() || (!isStart && !isEnd) || (isStart ? start : end) is not null || !TryReadDate(ref reader, out var date))
            {
                return false;
            }

            if (isStart)
            {
                start = date;
            }
            else
            {
                end = date;
            }
        }

        if (start is not { } from || end is not { } to || to < from)
        {
            return false;
        }

        period = new DateInterval(from, to);
        return true;
    }

    /// <summary>A plain ISO date <c>yyyy-MM-dd</c> (year 0001–9999, unescaped); anything else is left to the ordinary reader.</summary>
    private static bool TryReadDate(ref Utf8JsonReader reader, out LocalDate date)
    {
        date = default;
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return false;
        }

        return TryParseDate(reader.ValueSpan, out date);
    }

    /// <summary>The unescaped bytes of a plain ISO date <c>yyyy-MM-dd</c> (year 0001–9999).</summary>
    private static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    /// <summary>Reusable lists for one thread's reads; their contents are copied to exact-size arrays.</summary>
    private sealed class Scratch
    {
        public List<ItemFacts> Items { get; } = new(32);

        public List<SpecialistFacts> Specialists { get; } = new(8);

        public List<FactEntry> Entries { get; } = new(16);

        public List<string> Elements { get; } = new(16);

        /// <summary>The specialist labels read so far in this document (the scanner reuses them).</summary>
        public List<string> Labels { get; } = new(16);

        /// <summary>Empties the lists; false when one has grown past what is worth keeping.</summary>
        public bool Clear()
        {
            Items.Clear();
            Specialists.Clear();
            Entries.Clear();
            Elements.Clear();
            Labels.Clear();
            return Items.Capacity <= 1024 && Specialists.Capacity <= 1024 && Entries.Capacity <= 1024 && Elements.Capacity <= 1024;
        }
    }
}
