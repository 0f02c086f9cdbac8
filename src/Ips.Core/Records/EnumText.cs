using System.Runtime.CompilerServices;
using System.Text;

namespace Ips.Core.Records;

/// <summary>The C# member names of an enum as record-file text, both ways, without reflection (NativeAOT- and trim-safe).</summary>
/// <remarks>
/// Built once per enum from <see cref="Enum.GetValues{TEnum}"/> and <see cref="Enum.GetName{TEnum}(TEnum)"/>; parsing
/// compares UTF-8 bytes with the names (ordinal, case-sensitive), so digits, white space or a different case never
/// parse. Every enum of the domain is <see cref="int"/>-backed. Thread-safe.
/// </remarks>
/// <typeparam name="T">The enum.</typeparam>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    private static readonly string[] Names = Array.ConvertAll(Values, v => Enum.GetName(v)!);

    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);

    private static readonly Dictionary<int, string> FlagTexts = [];

    internal static string Name(T value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : ToInt(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The set member names joined by <c>|</c> in ascending numeric order; the zero member's name when none is set.</summary>
    internal static string FlagNames(T value)
    {
        var bits = ToInt(value);
        lock (FlagTexts)
        {
            if (FlagTexts.TryGetValue(bits, out var cached))
            {
                return cached;
            }

            var text = new StringBuilder();
            if (bits == 0)
            {
                text.Append(Name(value));
            }
            else
            {
                // Values are sorted by their unsigned magnitude, which for these non-negative flags is ascending order.
                for (var i = 0; i < Values.Length; i++)
                {
                    var member = ToInt(Values[i]);
                    if (member != 0 && (bits & member) == member)
                    {
                        text.Append(text.Length == 0 ? string.Empty : "|").Append(Names[i]);
                    }
                }
            }

            var result = text.ToString();
            FlagTexts[bits] = result;
            return result;
        }
    }

    internal static bool TryParse(ReadOnlySpan<byte> text, out T value)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (text.SequenceEqual(Utf8Names[i]))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Parses member names joined by <c>|</c> (each once, any order); a lone zero member (e.g. <c>None</c>) is the empty set.</summary>
    internal static bool TryParseFlags(ReadOnlySpan<byte> text, out T value)
    {
        var bits = 0;
        var parts = 0;
        var zero = false;
        while (true)
        {
            var bar = text.IndexOf((byte)'|');
            var part = bar < 0 ? text : text[..bar];
            if (!TryParse(part, out var member))
            {
                value = default;
                return false;
            }

            var m = ToInt(member);
            if ((bits & m) != 0 && m != 0)
            {
                value = default;
                return false;
            }

            zero |= m == 0;
            bits |= m;
            parts++;
            if (bar < 0)
            {
                break;
            }

            text = text[(bar + 1)..];
        }

        // "None" stands alone: "None|Employer" is not a way to write the empty set or a flag.
        value = FromInt(bits);
        return !(zero && parts > 1);
    }

    private static int ToInt(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : throw new NotSupportedException("Only int-backed enums are supported.");

    private static T FromInt(int bits) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<int, T>(ref bits) : throw new NotSupportedException("Only int-backed enums are supported.");
}
