using System.Collections.Immutable;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>A fact the reviewers recorded differently (or that only some of them recorded), so a disagreement is visible below the ratings.</summary>
/// <remarks>Immutable. <see cref="Values"/> is parallel to <see cref="IndependentRatings.Reviewers"/>; null where a reviewer did not record the fact.</remarks>
/// <param name="Item">The item number.</param>
/// <param name="Specialist">The specialist's label for a per-specialist fact, or null for a programme fact.</param>
/// <param name="FactId">The fact id.</param>
/// <param name="Values">Each reviewer's value, in reviewer order; null where not recorded.</param>
public sealed record FactDifference(int Item, string? Specialist, string FactId, ImmutableArray<FactValue?> Values);
