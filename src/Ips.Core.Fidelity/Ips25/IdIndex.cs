namespace Ips.Core.Fidelity.Ips25;

/// <summary>Maps identifier strings to positions, built once per programme; remembers the last hit (records tend to come in runs).</summary>
internal sealed class IdIndex
{
    private readonly Dictionary<string, int> map;
    private string? lastKey;
    private int lastIndex = -1;

    public IdIndex(int capacity) => map = new Dictionary<string, int>(capacity, StringComparer.Ordinal);

    public void Add(string key, int index) => map.TryAdd(key, index);

    public int Find(string key)
    {
        if (ReferenceEquals(key, lastKey))
        {
            return lastIndex;
        }

        if (!map.TryGetValue(key, out var index))
        {
            index = -1;
        }

        lastKey = key;
        lastIndex = index;
        return index;
    }
}

/// <summary>Counts of excluded records per row (a specialist, or the last row for records of no specialist) and reason.</summary>
internal sealed class Tally
{
    private static readonly int ReasonCount = Enum.GetValues<ExclusionReason>().Length;
    private readonly int[] counts;

    public Tally(int specialists)
    {
        Unattributed = specialists;
        counts = new int[(specialists + 1) * ReasonCount];
    }

    /// <summary>The row for records that belong to no specialist (and for programme-level facts).</summary>
    public int Unattributed { get; }

    public void Add(int row, ExclusionReason reason, int count = 1) => counts[(row * ReasonCount) + (int)reason] += count;

    public int Get(int row, ExclusionReason reason) => counts[(row * ReasonCount) + (int)reason];

    public System.Collections.Immutable.ImmutableArray<ExclusionCount> Row(int row, bool withUnattributed)
    {
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<ExclusionCount>();
        for (var r = 0; r < ReasonCount; r++)
        {
            var count = counts[(row * ReasonCount) + r];
            if (withUnattributed && row != Unattributed)
            {
                count += counts[(Unattributed * ReasonCount) + r];
            }

            if (count > 0)
            {
                builder.Add(new ExclusionCount((ExclusionReason)r, count));
            }
        }

        return builder.ToImmutable();
    }
}
