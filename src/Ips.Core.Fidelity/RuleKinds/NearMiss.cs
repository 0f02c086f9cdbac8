namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// "Did you mean …" for an id that is not one of the definition's ids: the id that differs only in case, else the one
/// closest by edit distance (insertions, deletions, substitutions and swaps of neighbours) when it is close enough — at
/// most 1 edit for ids up to 4 characters, 2 up to 12, 3 beyond. Only the definition's own ids are ever suggested, so a
/// hint never echoes anything but the scale.
/// </summary>
internal static class NearMiss
{
    // Longer input is no misspelt id; it also bounds the work (the distance is quadratic in the lengths).
    private const int MaxLength = 64;

    /// <summary>The id of <paramref name="ids"/> that <paramref name="given"/> most likely meant, or null.</summary>
    public static string? Find(string? given, IReadOnlyList<string> ids)
    {
        if (string.IsNullOrEmpty(given) || given.Length > MaxLength)
        {
            return null;
        }

        foreach (var id in ids)
        {
            if (id is not null && string.Equals(id, given, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var id in ids)
        {
            if (id is null || id.Length > MaxLength)
            {
                continue;
            }

            var allowed = Allowed(Math.Max(id.Length, given.Length));
            if (Math.Abs(id.Length - given.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(given, id);
            if (distance <= allowed && distance < bestDistance)
            {
                best = id;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Allowed(int length) => length <= 4 ? 1 : length <= 12 ? 2 : 3;

    /// <summary>The optimal-string-alignment distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }
}
