using System.Collections.Concurrent;
using System.Text;

namespace Ips.Core.Records;

/// <summary>Interns identifiers and short texts read from record files, so a value repeated across rows and files is one string.</summary>
/// <remarks>
/// A participant's identifier appears in a dozen files; interning keeps one string for all of them and lets the
/// reader compare identifiers by reference. Lookups go through the UTF-16 span without allocating. Thread-safe.
/// </remarks>
internal sealed class RecordTextPool
{
    private const int MaxInternedChars = 128;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal RecordTextPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interned string of ASCII bytes (already checked to be ASCII).</summary>
    internal string Ascii(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInternedChars)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        Span<char> chars = stackalloc char[MaxInternedChars];
        System.Text.Ascii.ToUtf16(bytes, chars, out var written);
        return Intern(chars[..written]);
    }

    /// <summary>The string of valid UTF-8 bytes, interned when short.</summary>
    internal string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInternedChars)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        Span<char> chars = stackalloc char[MaxInternedChars];
        var written = Encoding.UTF8.GetChars(bytes, chars);
        return Intern(chars[..written]);
    }

    private string Intern(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = chars.ToString();
        return _strings.GetOrAdd(created, created);
    }
}
