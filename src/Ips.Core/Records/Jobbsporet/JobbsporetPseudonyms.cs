using System.Security.Cryptography;
using System.Text;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>Maps Salesforce ids to opaque domain ids: a kind prefix and the first 16 hex digits of HMAC-SHA256(secret, object + id).</summary>
/// <remarks>
/// A trail id stands for one person's episode, a user id for one specialist, so neither may become a domain id
/// verbatim. Keyed hashing makes the mapping one-way for anyone without the secret; 64 bits keep collisions out of
/// reach at any programme's size. Deterministic for one secret. Not thread-safe (one per read).
/// </remarks>
internal sealed class JobbsporetPseudonyms(ReadOnlyMemory<byte> secret)
{
    private readonly byte[] _secret = secret.ToArray();
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>The opaque id of <paramref name="salesforceId"/> in <paramref name="kind"/> (p participant, s specialist, v supervisor, e employer, j job, r referring unit).</summary>
    internal string Map(char kind, string salesforceId)
    {
        var key = kind + ":" + salesforceId;
        if (_cache.TryGetValue(key, out var existing))
        {
            return existing;
        }

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_secret, Encoding.ASCII.GetBytes(key), hash);
        var mapped = kind + "-" + Convert.ToHexStringLower(hash[..8]);
        _cache.Add(key, mapped);
        return mapped;
    }
}
