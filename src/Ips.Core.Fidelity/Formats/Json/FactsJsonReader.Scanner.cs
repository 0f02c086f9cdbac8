using System.Buffers.Text;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using Ips.Core.Fidelity.Facts;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Json;

/// <content>The first tier: a byte scanner for plain documents.</content>
internal static partial class FactsJsonReader
{
    /// <summary>
    /// Reads a plain facts document straight from its bytes, or returns null to leave it to the Utf8JsonReader tier.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Profiling showed tokenising with <see cref="System.Text.Json.Utf8JsonReader"/> alone cost more than the whole
    /// target for a read (it validates every token generally and skips indentation byte by byte). This scanner takes
    /// only the strict subset of JSON that <c>WriteFacts</c> writes and people type: the documented layout, no
    /// comments, no trailing commas, no escapes or control bytes in strings, valid UTF-8, each property once, no nulls.
    /// It gives up on anything else without throwing; the next tier then reads the document exactly as before
    /// (including every error and its path). Everything it accepts is valid JSON that the next tier would read to the
    /// same facts.
    /// </para>
    /// <para>
    /// Where the time went, and what it does instead: the whitespace runs of indentation and the ends of strings are
    /// found with one vector compare each, inline, not a library search per token; property names are told apart by
    /// their length first; plain numbers are converted here, exactly (a whole number of up to 18 digits is a count; a
    /// decimal of up to 15 significant digits without exponent is its digits divided by a power of ten, one correctly
    /// rounded IEEE division, so the same double that <see cref="Utf8Parser"/> gives); every other number goes to
    /// <see cref="Utf8Parser"/>, as Utf8JsonReader's <c>TryGetInt64</c>/<c>TryGetDouble</c> do.
    /// </para>
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
        /// <summary>Exact powers of ten as doubles (10^0..10^22 are exactly representable).</summary>
        private static readonly double[] PowersOfTen =
        [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];

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

                    // The five names have five lengths.
                    var property = name.Length switch
                    {
                        13 when name.SequenceEqual("schemaVersion"u8) => 1,
                        9 when name.SequenceEqual("programme"u8) => 2,
                        10 when name.SequenceEqual("reviewDate"u8) => 4,
                        12 when name.SequenceEqual("reviewPeriod"u8) => 8,
                        5 when name.SequenceEqual("items"u8) => 16,
                        _ => 0,
                    };
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

            items = list.Count == 0 ? [] : Copy(list);
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

                    var property = name.Length switch
                    {
                        4 when name.SequenceEqual("item"u8) => 1,
                        5 when name.SequenceEqual("facts"u8) => 2,
                        11 when name.SequenceEqual("specialists"u8) => 4,
                        _ => 0,
                    };
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

            specialists = list.Count == 0 ? [] : Copy(list);
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
                    if (!Name(out var name) || Intern(name) is not { } id)
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

            facts = list.Count == 0 ? [] : Copy(list);
            return true;
        }

        /// <summary>
        /// An exact-size copy of <paramref name="list"/>, entry by entry: profiling showed the runtime's bulk copy of
        /// structs holding references (what <c>ToArray</c> uses) at a fifth of a read, for arrays this short.
        /// </summary>
        private static ImmutableArray<T> Copy<T>(List<T> list)
        {
            var from = CollectionsMarshal.AsSpan(list);
            var to = new T[from.Length];
            for (var i = 0; i < to.Length && i < from.Length; i++)
            {
                to[i] = from[i];
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(to);
        }

        /// <summary>As <see cref="Copy{T}"/>, for ids: a string array takes a string without the covariance check a generic array store makes.</summary>
        private static ImmutableArray<string> CopyStrings(List<string> list)
        {
            var from = CollectionsMarshal.AsSpan(list);
            var to = new string[from.Length];
            for (var i = 0; i < to.Length && i < from.Length; i++)
            {
                to[i] = from[i];
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(to);
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
                    if (text.Length <= 9 && (text.SequenceEqual("NaN"u8) || text.SequenceEqual("Infinity"u8) || text.SequenceEqual("-Infinity"u8)))
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
                    return NumberValue(out value);
                default:
                    return false;
            }
        }

        /// <summary>
        /// A number value: a whole-number literal is a count (as <c>TryGetInt64</c> decides), any other finite number
        /// a number. Short plain literals are converted here (exactly); the rest by <see cref="Utf8Parser"/>.
        /// </summary>
        private bool NumberValue(out FactValue value)
        {
            // Digits past what the fast paths take may wrap; those literals go to Utf8Parser, which reads them from the bytes.
            unchecked
            {
                value = default;
                var start = pos;
                var i = pos;
                var negative = At(i) == '-';
                if (negative)
                {
                    i++;
                }

                // The integer part: 0, or a digit 1-9 and more digits.
                ulong digits = 0;
                var count = 0;
                if (At(i) == '0')
                {
                    i++;
                }
                else
                {
                    for (uint d; (d = (uint)(At(i) - '0')) <= 9; i++, count++)
                    {
                        digits = (digits * 10) + d;
                    }

                    if (count == 0)
                    {
                        return false;
                    }
                }

                if (At(i) is not ((byte)'.' or (byte)'e' or (byte)'E'))
                {
                    pos = i;
                    if (count <= 18)
                    {
                        value = FactValue.FromCount(negative ? -(long)digits : (long)digits);
                        return true;
                    }

                    return ParsedNumber(json[start..i], whole: true, out value);
                }

                // A fraction without exponent, up to 15 significant digits: digits ÷ 10^fraction is exact-then-rounded.
                var fraction = 0;
                if (At(i) == '.')
                {
                    i++;
                    for (uint d; (d = (uint)(At(i) - '0')) <= 9; i++, fraction++)
                    {
                        digits = (digits * 10) + d;
                    }

                    if (fraction == 0)
                    {
                        return false;
                    }
                }

                if (At(i) is not ((byte)'e' or (byte)'E'))
                {
                    pos = i;
                    if (count + fraction <= 15 && digits != 0)
                    {
                        var number = digits / PowersOfTen[fraction];
                        value = FactValue.FromNumber(negative ? -number : number);
                        return true;
                    }

                    return ParsedNumber(json[start..i], whole: false, out value);
                }

                i++;
                if (At(i) is (byte)'+' or (byte)'-')
                {
                    i++;
                }

                var exponent = i;
                while ((uint)(At(i) - '0') <= 9)
                {
                    i++;
                }

                if (i == exponent)
                {
                    return false;
                }

                pos = i;
                return ParsedNumber(json[start..i], whole: false, out value);
            }
        }

        /// <summary>A number literal in JSON's grammar, converted by <see cref="Utf8Parser"/> as Utf8JsonReader converts it.</summary>
        private static bool ParsedNumber(ReadOnlySpan<byte> raw, bool whole, out FactValue value)
        {
            if (whole && Utf8Parser.TryParse(raw, out long count, out var used) && used == raw.Length)
            {
                value = FactValue.FromCount(count);
                return true;
            }

            if (Utf8Parser.TryParse(raw, out double number, out used) && used == raw.Length && double.IsFinite(number))
            {
                value = FactValue.FromNumber(number);
                return true;
            }

            value = default;
            return false;
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

            value = new FactValue { Kind = FactKind.Elements, Elements = list.Count == 0 ? [] : CopyStrings(list) };
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
            if (c is not ((byte)'-' or (>= (byte)'0' and <= (byte)'9')) || !NumberValue(out var number) || number.Kind != FactKind.Count)
            {
                return false;
            }

            var whole = number.Number!.Value;
            if (whole is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            value = (int)whole;
            return true;
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
                if (known.Length == utf8.Length && Ascii.Equals(utf8, known))
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
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Name(out ReadOnlySpan<byte> name)
        {
            name = default;
            return Peek() == '"' && String(out name) && Take((byte)':');
        }

        /// <summary>A plain string at <see cref="pos"/> (which holds its quote): its bytes, or false for an escape, a control byte or no end.</summary>
        /// <remarks>Not checked as UTF-8 here: names are compared with known ASCII bytes, and text is checked when it is decoded.</remarks>
        private bool String(out ReadOnlySpan<byte> text)
        {
            var start = pos + 1;
            var end = EndOfString(start);
            if ((uint)end >= (uint)json.Length || json[end] != '"')
            {
                text = default;
                return false;
            }

            text = json[start..end];
            pos = end + 1;
            return true;
        }

        /// <summary>
        /// The index of the first quote, backslash or control byte from <paramref name="i"/> on (the end of a plain
        /// string, or what the scanner leaves to Utf8JsonReader), or the length when there is none.
        /// </summary>
        private readonly int EndOfString(int i)
        {
            ref var first = ref MemoryMarshal.GetReference(json);
            if (Vector256.IsHardwareAccelerated)
            {
                // An id is 5-40 bytes: one 32-byte compare finds the end of most.
                for (; i + Vector256<byte>.Count <= json.Length; i += Vector256<byte>.Count)
                {
                    var chunk = Vector256.LoadUnsafe(ref first, (nuint)i);
                    var stops = Vector256.Equals(chunk, Vector256.Create((byte)'"')) | Vector256.Equals(chunk, Vector256.Create((byte)'\\'))
                        | Vector256.LessThan(chunk, Vector256.Create((byte)' '));
                    if (stops != Vector256<byte>.Zero)
                    {
                        return i + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                    }
                }
            }

            if (Vector128.IsHardwareAccelerated)
            {
                for (; i + Vector128<byte>.Count <= json.Length; i += Vector128<byte>.Count)
                {
                    var chunk = Vector128.LoadUnsafe(ref first, (nuint)i);
                    var stops = Vector128.Equals(chunk, Vector128.Create((byte)'"')) | Vector128.Equals(chunk, Vector128.Create((byte)'\\'))
                        | Vector128.LessThan(chunk, Vector128.Create((byte)' '));
                    if (stops != Vector128<byte>.Zero)
                    {
                        return i + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                    }
                }
            }

            for (; i < json.Length; i++)
            {
                var c = Unsafe.Add(ref first, i);
                if (c is (byte)'"' or (byte)'\\' or < (byte)' ')
                {
                    return i;
                }
            }

            return json.Length;
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
            if (c > (byte)' ')
            {
                return c;
            }

            // The one space after a colon.
            var next = At(pos + 1);
            if (c == (byte)' ' && next > (byte)' ')
            {
                pos++;
                return next;
            }

            return SkipWhitespace();
        }

        /// <summary>Skips a run of whitespace (indentation comes in runs: one vector compare covers most); the next byte, or 0 at the end.</summary>
        private byte SkipWhitespace()
        {
            ref var first = ref MemoryMarshal.GetReference(json);
            var i = pos;
            if (Vector256.IsHardwareAccelerated)
            {
                // A newline and up to 31 spaces of indentation: one 32-byte compare.
                for (; i + Vector256<byte>.Count <= json.Length; i += Vector256<byte>.Count)
                {
                    var chunk = Vector256.LoadUnsafe(ref first, (nuint)i);
                    var blank = Vector256.Equals(chunk, Vector256.Create((byte)' ')) | Vector256.Equals(chunk, Vector256.Create((byte)'\n'))
                        | Vector256.Equals(chunk, Vector256.Create((byte)'\r')) | Vector256.Equals(chunk, Vector256.Create((byte)'\t'));
                    if (blank != Vector256<byte>.AllBitsSet)
                    {
                        pos = i + BitOperations.TrailingZeroCount(~blank.ExtractMostSignificantBits());
                        return Unsafe.Add(ref first, pos);
                    }
                }
            }

            if (Vector128.IsHardwareAccelerated)
            {
                for (; i + Vector128<byte>.Count <= json.Length; i += Vector128<byte>.Count)
                {
                    var chunk = Vector128.LoadUnsafe(ref first, (nuint)i);
                    var blank = Vector128.Equals(chunk, Vector128.Create((byte)' ')) | Vector128.Equals(chunk, Vector128.Create((byte)'\n'))
                        | Vector128.Equals(chunk, Vector128.Create((byte)'\r')) | Vector128.Equals(chunk, Vector128.Create((byte)'\t'));
                    if (blank != Vector128<byte>.AllBitsSet)
                    {
                        pos = i + BitOperations.TrailingZeroCount(~blank.ExtractMostSignificantBits());
                        return Unsafe.Add(ref first, pos);
                    }
                }
            }

            for (; i < json.Length; i++)
            {
                if (Unsafe.Add(ref first, i) is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
                {
                    break;
                }
            }

            pos = i;
            return At(i);
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
