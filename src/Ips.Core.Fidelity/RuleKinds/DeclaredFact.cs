using System.Collections.Immutable;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// What a rule kind may know of a fact the item declares: its id, kind and domain, and its elements and levels.
/// The Definition layer builds it from its fact definition, so that rule kinds stay below that layer.
/// </summary>
/// <param name="Id">The fact id.</param>
/// <param name="Kind">The fact kind.</param>
/// <param name="Min">The lowest allowed value, if bounded below.</param>
/// <param name="MinExclusive">Whether <paramref name="Min"/> itself is excluded.</param>
/// <param name="Max">The highest allowed value, if bounded above.</param>
/// <param name="MaxExclusive">Whether <paramref name="Max"/> itself is excluded.</param>
/// <param name="ElementCount">The number of checklist elements (elements facts).</param>
/// <param name="LevelIds">The level ids in order, null for a null entry (level facts).</param>
internal sealed record DeclaredFact(string Id, FactKind Kind, double? Min, bool MinExclusive, double? Max, bool MaxExclusive, int ElementCount, ImmutableArray<string?> LevelIds)
{
    /// <summary>The position of level <paramref name="id"/>, or -1.</summary>
    public int IndexOfLevel(string? id)
    {
        if (id is null)
        {
            return -1;
        }

        for (var i = 0; i < LevelIds.Length; i++)
        {
            if (string.Equals(LevelIds[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
