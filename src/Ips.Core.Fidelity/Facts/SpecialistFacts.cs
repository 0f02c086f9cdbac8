using System.Collections.Immutable;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>The facts for one employment specialist on a per-specialist item.</summary>
/// <remarks>
/// <see cref="Label"/> is opaque: the engine only echoes it back in results. Use a pseudonym or a role
/// ("ES 1"), never a person's name or national identity number.
/// </remarks>
public sealed record SpecialistFacts
{
    /// <summary>An opaque label for the specialist, echoed in results.</summary>
    public required string Label { get; init; }

    /// <summary>The facts recorded for this specialist.</summary>
    public ImmutableArray<FactEntry> Facts { get => facts; init => facts = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactEntry> facts = [];
}
