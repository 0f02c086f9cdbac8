using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>An item the reviewers rated differently, with each one's score and the consensus they recorded.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Scores">Each reviewer's score, in reviewer order (<see cref="AgreementResult.Reviewers"/>); null where a reviewer gave none.</param>
/// <param name="Consensus">The consensus the reviewers recorded, or null (it is recorded, never computed).</param>
public sealed record ItemDisagreement(int Item, ImmutableArray<int?> Scores, int? Consensus)
{
    /// <summary>The highest score minus the lowest.</summary>
    public int Spread
    {
        get
        {
            var given = Scores.Where(score => score is not null).Select(score => score!.Value).ToArray();
            return given.Length == 0 ? 0 : given.Max() - given.Min();
        }
    }
}
