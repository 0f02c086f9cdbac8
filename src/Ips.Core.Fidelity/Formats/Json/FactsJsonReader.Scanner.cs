using System.Buffers;
using System.Buffers.Text;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Ips.Core.Fidelity.Facts;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Json;

/// <content>The first tier: a byte scanner for plain documents.</content>
internal static partial class FactsJsonReader
{
    /// <summary>JSON's four whitespace bytes.</summary>
    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n"u8);

    /// <summary>What ends a plain string: its closing quote, or what the scanner leaves to Utf8JsonReader (an escape, a control byte).</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>
    /// Reads a plain facts document straight from its bytes, or returns null to leave it to the Utf8JsonReader tier.
    /// </summary>
    /// <remarks>
    /// Profiling showed tokenising with <see cref="System.Text.Json.Utf8JsonReader"/> alone cost about a third of a
    /// read (it skips the indentation byte by byte and validates every token generally), and the token-by-token
    /// calls much of the rest. This scanner takes only the strict subset of JSON that <c>WriteFacts</c> writes and
    /// people type: the documented layout, no comments, no trailing commas, no escapes or control bytes in strings,
    /// valid UTF-8, each property once, no nulls. It gives up on anything else without throwing; the next tier then
    /// reads the document exactly as before (including every error and its path). Everything it accepts is valid
    /// JSON that the next tier would read to the same facts: values are converted by the same routines
    /// (<see cref="Utf8Parser"/>, as Utf8JsonReader's <c>TryGetInt64</c>/<c>TryGetDouble</c> do).
    /// </remarks>
    private static ReviewFacts? Scan(ReadOnlySpan<byte> utf8, FactNameTable? names, Scratch buffers)
    {
        var scanner = new Scanner(utf8, names, buffers);
        return scanner.Document();
    }

    /// <summary>The scanner tier alone (tests): the facts, or null where it leaves the document to the next tier.</summary>
    internal static ReviewFacts? ScanOnly(ReadOnlySpan<byte> utf8, FactNameTable? names) => Scan(utf8, names, new Scratch());

    private ref struct Scanner(ReadOnlySpan<byte> json, FactNameTable? names, Scratch buffers)
    {
        private readonly ReadOnlySpan<byte> json = json;
        private int pos;

        /// <summary>The whole document: one object, then only whitespace.</summary>
        public ReviewFacts? Document()
        {
            if (!Take((byte)'{'))
            {
                return null;
            }

            var seen = 0;
            string? programme = null;
            LocalDate date = default;
            DateInterval? period = null;
            ImmutableArray<ItemFacts> items = [];
            if (!Take((byte)'}'))
            {
                do
                {
                    if (!Name(out var name))
                    {
                        return null;
                    }

                    var property = name.SequenceEqual("schemaVersion"u8) ? 1
                        : name.SequenceEqual("programme"u8) ? 2
                        : name.SequenceEqual("reviewDate"u8) ? 4
                        : name.SequenceEqual("reviewPeriod"u8) ? 8
                        : name.SequenceEqual("items"u8) ? 16
                        : 0;
                    if (property == 0 || (seen & property) != 0)
                    {
                        return null;
                    }

                    seen |= property;
                    var ok = property switch
                    {
                        1 => Int32(out var version) && version == FidelityJson.SchemaVersion,
                        2 => Text(out programme),
                        4 => Date(out date),
                        8 => Period(out period),
                        _ => Items(out items),
                    };
                    if (!ok)
                    {
                        return null;
                    }
                }
                while (Take((byte)','));

                if (!Take((byte)'}'))
                {
                    return null;
                }
            }

            // Nothing after the object, and the required members there.
            if (Peek() != 0 || pos != json.Length || (seen & 7) != 7 || programme is null)
            {
                return null;
            }

            return new ReviewFacts { ProgrammeLabel = programme, ReviewDate = date, ReviewPeriod = period, Items = items };
        }

        private bool Items(out ImmutableArray<ItemFacts> items)
        {
            items = [];
            if (!Take((byte)'['))
            {
                return false;
            }

            var list = buffers.Items;
            if (!Take((byte)']'))
            {
                do
                {
                    if (!Item(out var item))
                    {
                        return false;
                    }

                    list.Add(item);
                }
                while (Take((byte)','));

                if (!Take((byte)']'))
                {
                    return false;
                }
            }

            items = list.Count == 0 ? [] : [.. list];
            return true;
        }

        private bool Item(out ItemFacts item)
        {
            item = null!;
            if (!Take((byte)'{'))
            {
                return false;
            }

            var seen = 0;
            var number = 0;
            ImmutableArray<FactEntry> programme = [];
            ImmutableArray<SpecialistFacts> specialists = [];
            if (!Take((byte)'}'))
            {
                do
                {
                    if (!Name(out var name))
                    {
                        return false;
                    }

                    var property = name.SequenceEqual("item"u8) ? 1
                        : name.SequenceEqual("facts"u8) ? 2
                        : name.SequenceEqual("specialists"u8) ? 4
                        : 0;
                    if (property == 0 || (seen & property) != 0)
                    {
                        return false;
                    }

                    seen |= property;
                    var ok = property switch
                    {
                        1 => Int32(out number),
                        2 => Facts(out programme),
                        _ => Specialists(out specialists),
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }
                while (Take((byte)','));

                if (!Take((byte)'}'))
                {
                    return false;
                }
            }

            if ((seen & 1) == 0)
            {
                return false;
            }

            item = new ItemFacts { Item = number, Programme = programme, Specialists = specialists };
            return true;
        }

        private bool Specialists(out ImmutableArray<SpecialistFacts> specialists)
        {
            specialists = [];
            if (!Take((byte)'['))
            {
                return false;
            }

            var list = buffers.Specialists;
            list.Clear();
            if (!Take((byte)']'))
            {
                do
                {
                    if (!Take((byte)'{'))
                    {
                        return false;
                    }

                    string? label = null;
                    var seenFacts = false;
                    ImmutableArray<FactEntry> facts = [];
                    if (!Take((byte)'}'))
                    {
                        do
                        {
                            if (!Name(out var name))
                            {
                                return false;
                            }

                            if (name.SequenceEqual("label"u8) && label is null)
                            {
                                if (!Label(out label))
                                {
                                    return false;
                                }
                            }
                            else if (name.SequenceEqual("facts"u8) && !seenFacts)
                            {
                                seenFacts = true;
                                if (!Facts(out facts))
                                {
                                    return false;
                                }
                            }
                            else
                            {
                                return false;
                            }
                        }
                        while (Take((byte)','));

                        if (!Take((byte)'}'))
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
                while (Take((byte)','));

                if (!Take((byte)']'))
                {
                    return false;
                }
            }

            specialists = list.Count == 0 ? [] : [.. list];
            return true;
        }

        /// <summary>A fact map: <c>{"id": value, …}</c>, order and duplicates kept (as the converter does).</summary>
        private bool Facts(out ImmutableArray<FactEntry> facts)
        {
            facts = [];
            if (!Take((byte)'{'))
            {
                return false;
            }

            var list = buffers.Entries;
            list.Clear();
            if (!Take((byte)'}'))
            {
                do
                {
                    if (!Name(out var name))
                    {
                        return false;
                    }

                    if (Intern(name) is not { } id)
                    {
                        return false;
                    }

                    FactEntry entry;
                    if (Peek() == '{')
                    {
                        if (!LongForm(id, out entry))
                        {
                            return false;
                        }
                    }
                    else if (Value(out var value))
                    {
                        entry = new FactEntry(id, value);
                    }
                    else
                    {
                        return false;
                    }

                    list.Add(entry);
                }
                while (Take((byte)','));

                if (!Take((byte)'}'))
                {
                    return false;
                }
            }

            facts = list.Count == 0 ? [] : [.. list];
            return true;
        }

        /// <summary>The long form <c>{"value": …, "origin": "supplied" | "derived"}</c>, as <c>FactMapJsonConverter.ReadWithOrigin</c> reads it.</summary>
        private bool LongForm(string id, out FactEntry entry)
        {
            entry = default;
            pos++; // the '{' Peek saw
            FactValue? value = null;
            FactOrigin? origin = null;
            if (!Take((byte)'}'))
            {
                do
                {
                    if (!Name(out var name))
                    {
                        return false;
                    }

                    if (name.SequenceEqual("value"u8) && value is null && Peek() != '{')
                    {
                        if (!Value(out var given))
                        {
                            return false;
                        }

                        value = given;
                    }
                    else if (name.SequenceEqual("origin"u8) && origin is null && Peek() == '"' && String(out var text))
                    {
                        origin = text.SequenceEqual("supplied"u8) ? FactOrigin.Supplied
                            : text.SequenceEqual("derived"u8) ? FactOrigin.Derived
                            : null;
                        if (origin is null)
                        {
                            return false;
                        }
                    }
                    else
                    {
                        return false;
                    }
                }
                while (Take((byte)','));

                if (!Take((byte)'}'))
                {
                    return false;
                }
            }

            if (value is not { } found)
            {
                return false;
            }

            entry = new FactEntry(id, found) { Origin = origin ?? FactOrigin.Supplied };
            return true;
        }

        /// <summary>One value, as <c>FactMapJsonConverter.ReadValue</c> reads it (the kind from the token).</summary>
        private bool Value(out FactValue value)
        {
            value = default;
            switch (Peek())
            {
                case (byte)'"':
                    if (!String(out var text))
                    {
                        return false;
                    }

                    // The converter writes non-finite numbers as these strings and reads them back as numbers.
                    if (text.SequenceEqual("NaN"u8) || text.SequenceEqual("Infinity"u8) || text.SequenceEqual("-Infinity"u8))
                    {
                        value = FactValue.FromNumber(text[0] == 'N' ? double.NaN : text[0] == 'I' ? double.PositiveInfinity : double.NegativeInfinity);
                        return true;
                    }

                    if (Intern(text) is not { } level)
                    {
                        return false;
                    }

                    value = new FactValue { Kind = FactKind.Level, Level = level };
                    return true;
                case (byte)'[':
                    return Elements(out value);
                case (byte)'t':
                    value = FactValue.FromFlag(true);
                    return Literal("true"u8);
                case (byte)'f':
                    value = FactValue.FromFlag(false);
                    return Literal("false"u8);
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    if (!Number(out var raw))
                    {
                        return false;
                    }

                    // A whole-number literal is a count (as TryGetInt64 decides); any other finite number a number.
                    if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && Utf8Parser.TryParse(raw, out long count, out var used) && used == raw.Length)
                    {
                        value = FactValue.FromCount(count);
                        return true;
                    }

                    if (Utf8Parser.TryParse(raw, out double number, out used) && used == raw.Length && double.IsFinite(number))
                    {
                        value = FactValue.FromNumber(number);
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        private bool Elements(out FactValue value)
        {
            value = default;
            pos++; // the '[' Peek saw
            var list = buffers.Elements;
            list.Clear();
            if (!Take((byte)']'))
            {
                do
                {
                    if (Peek() != '"' || !String(out var text) || Intern(text) is not { } element)
                    {
                        return false;
                    }

                    list.Add(element);
                }
                while (Take((byte)','));

                if (!Take((byte)']'))
                {
                    return false;
                }
            }

            value = new FactValue { Kind = FactKind.Elements, Elements = list.Count == 0 ? [] : [.. list] };
            return true;
        }

        /// <summary>A period object with <c>start</c> and <c>end</c>, each once, end not before start.</summary>
        private bool Period(out DateInterval? period)
        {
            period = null;
            if (!Take((byte)'{'))
            {
                return false;
            }

            LocalDate? start = null;
            LocalDate? end = null;
            if (!Take((byte)'}'))
            {
                do
                {
                    if (!Name(out var name))
                    {
                        return false;
                    }

                    var isStart = name.SequenceEqual("start"u8);
                    if ((!isStart && !name.SequenceEqual("end"u8)) || (isStart ? start : end) is not null || !Date(out var date))
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
                while (Take((byte)','));

                if (!Take((byte)'}'))
                {
                    return false;
                }
            }

            if (start is not { } from || end is not { } to || to < from)
            {
                return false;
            }

            period = new DateInterval(from, to);
            return true;
        }

        private bool Date(out LocalDate date)
        {
            date = default;
            return Peek() == '"' && String(out var text) && TryParseDate(text, out date);
        }

        /// <summary>A whole number as TryGetInt32 reads it (so <c>1.0</c> and <c>1e0</c> are not).</summary>
        private bool Int32(out int value)
        {
            value = 0;
            var c = Peek();
            return (c == '-' || char.IsAsciiDigit((char)c)) && Number(out var raw) && Utf8Parser.TryParse(raw, out value, out var used) && used == raw.Length;
        }

        /// <summary>A string value as new text (labels are not interned: they are the reviewer's, not the definition's).</summary>
        private bool Text(out string? text)
        {
            text = null;
            if (Peek() != '"' || !String(out var utf8))
            {
                return false;
            }

            if (!Utf8.IsValid(utf8))
            {
                return false;
            }

            text = Encoding.UTF8.GetString(utf8);
            return true;
        }

        /// <summary>
        /// A specialist label: the same label again in this document ("ES 1" on every per-specialist item) is the
        /// same string, not a new copy. Only within one document: the labels are not kept after the read.
        /// </summary>
        private bool Label(out string? label)
        {
            label = null;
            if (Peek() != '"' || !String(out var utf8))
            {
                return false;
            }

            var seen = buffers.Labels;
            foreach (var known in seen)
            {
                if (Ascii.Equals(utf8, known))
                {
                    label = known;
                    return true;
                }
            }

            if (!Utf8.IsValid(utf8))
            {
                return false;
            }

            label = Encoding.UTF8.GetString(utf8);
            if (seen.Count < 16)
            {
                seen.Add(label);
            }

            return true;
        }

        /// <summary>A property name and its colon.</summary>
        private bool Name(out ReadOnlySpan<byte> name)
        {
            name = default;
            return Peek() == '"' && String(out name) && Take((byte)':');
        }

        /// <summary>A plain string at <see cref="pos"/> (which holds its quote): its bytes, or false for an escape, a control byte or no end.</summary>
        private bool String(out ReadOnlySpan<byte> text)
        {
            text = default;
            var rest = json[(pos + 1)..];

            var end = rest.IndexOfAny(StringStops);
            if (end < 0 || rest[end] != '"')
            {
                return false;
            }

            // Not checked as UTF-8 here: names are compared with known ASCII bytes, and text is checked when it is decoded.
            text = rest[..end];
            pos += end + 2;
            return true;
        }

        /// <summary>A number in JSON's grammar (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>): its bytes.</summary>
        /// <remarks>What follows is checked by the caller, which expects <c>,</c>, <c>}</c> or <c>]</c> (so <c>01</c> or <c>1x</c> give up).</remarks>
        private bool Number(out ReadOnlySpan<byte> raw)
        {
            var start = pos;
            var i = pos;
            if (At(i) == '-')
            {
                i++;
            }

            if (At(i) == '0')
            {
                i++;
            }
            else if (!Digits(ref i))
            {
                raw = default;
                return false;
            }

            if (At(i) == '.')
            {
                i++;
                if (!Digits(ref i))
                {
                    raw = default;
                    return false;
                }
            }

            if (At(i) is (byte)'e' or (byte)'E')
            {
                i++;
                if (At(i) is (byte)'+' or (byte)'-')
                {
                    i++;
                }

                if (!Digits(ref i))
                {
                    raw = default;
                    return false;
                }
            }

            raw = json[start..i];
            pos = i;
            return true;
        }

        private readonly bool Digits(ref int i)
        {
            var from = i;
            while (char.IsAsciiDigit((char)At(i)))
            {
                i++;
            }

            return i > from;
        }

        private bool Literal(ReadOnlySpan<byte> literal)
        {
            if (!json[pos..].StartsWith(literal))
            {
                return false;
            }

            pos += literal.Length;
            return true;
        }

        /// <summary>The byte at <paramref name="i"/>, or 0 past the end (0 is never valid JSON outside a string).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly byte At(int i) => (uint)i < (uint)json.Length ? json[i] : (byte)0;

        /// <summary>Skips whitespace; the next byte, or 0 at the end.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private byte Peek()
        {
            var c = At(pos);
            return c > (byte)' ' ? c : SkipWhitespace();
        }

        private byte SkipWhitespace()
        {
            // Indentation comes in runs: skip it in one vectorised search.
            var skip = json[pos..].IndexOfAnyExcept(Whitespace);
            pos = skip < 0 ? json.Length : pos + skip;
            return At(pos);
        }

        /// <summary>Consumes <paramref name="c"/> (after whitespace) when it is next.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Take(byte c)
        {
            if (Peek() != c)
            {
                return false;
            }

            pos++;
            return true;
        }

        /// <summary>An id: the definition's own string when it is one, else new text; null (give up) for invalid UTF-8.</summary>
        private readonly string? Intern(ReadOnlySpan<byte> utf8) => FactNameTable.GetString(utf8, names);
    }
}
