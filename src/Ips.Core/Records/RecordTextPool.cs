using System.Text;

namespace Ips.Core.Records;

/// <summary>Interns identifiers and short texts read from record files, so a value repeated across rows and files is one string.</summary>
/// <remarks>
/// A participant's identifier appears in a dozen files; interning keeps one string for all of them and lets the
/// reader compare identifiers by reference. Lookups go through a reused UTF-16 buffer without allocating.
/// Not thread-safe: the files are parsed on one thread.
/// </remarks>
internal sealed class RecordTextPool
{
    private const int MaxInternedChars = 128;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _chars = new char[MaxInternedChars];

    internal RecordTextPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The interned string of ASCII bytes (already checked to be ASCII).</summary>
    internal string Ascii(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInternedChars)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        System.Text.Ascii.ToUtf16(bytes, _chars, out var written);
        return Intern(_chars.AsSpan(0, written));
    }

    /// <summary>The string of valid UTF-8 bytes, interned when short.</summary>
    internal string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxInternedChars)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var written = Encoding.UTF8.GetChars(bytes, _chars);
        return Intern(_chars.AsSpan(0, written));
    }

    private string Intern(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = chars.ToString();
        _strings.Add(created, created);
        return created;
    }
}
