using System.Collections.Immutable;
using Ips.Core.Jobs;
using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>A participant's job preferences: preferred occupations (STYRK-08) and a free-text description.</summary>
/// <remarks>
/// Equality compares the occupations in order and the description ordinally. Item 16 asks whether employer contacts
/// follow these preferences. Immutable and thread-safe.
/// </remarks>
public sealed record JobPreferences
{
    /// <summary>The longest description allowed.</summary>
    public const int MaxDescriptionLength = 2000;

    private JobPreferences(ImmutableArray<OccupationCode> occupations, string? description)
    {
        Occupations = occupations;
        Description = description;
    }

    /// <summary>No preferences recorded yet.</summary>
    public static JobPreferences None { get; } = new([], null);

    /// <summary>Preferred occupations, distinct, in the order given.</summary>
    public ImmutableArray<OccupationCode> Occupations { get; }

    /// <summary>The preferences in the participant's words, when recorded.</summary>
    public string? Description { get; }

    /// <summary>Creates job preferences.</summary>
    /// <param name="occupations">Preferred occupations; duplicates are dropped.</param>
    /// <param name="description">Free text, not blank, at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <returns>The preferences.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static JobPreferences Create(IEnumerable<OccupationCode>? occupations, string? description = null) =>
        TryCreate(occupations, description).GetValueOrThrow();

    /// <summary>Creates job preferences without throwing.</summary>
    /// <param name="occupations">Preferred occupations; duplicates are dropped.</param>
    /// <param name="description">Free text, not blank, at most <see cref="MaxDescriptionLength"/> characters.</param>
    /// <returns>The preferences or the broken rules.</returns>
    public static DomainResult<JobPreferences> TryCreate(IEnumerable<OccupationCode>? occupations, string? description = null)
    {
        List<DomainError>? errors = null;
        var array = occupations is null ? [] : occupations.Distinct().ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            NotNull(ref errors, array[i], $"{nameof(Occupations)}[{i}]");
        }

        OptionalText(ref errors, description, MaxDescriptionLength, nameof(Description));
        return errors is null ? new DomainResult<JobPreferences>(new JobPreferences(array, description)) : DomainResult<JobPreferences>.Fail(errors);
    }

    /// <summary>Whether both have the same occupations in the same order and the same description.</summary>
    /// <param name="other">The other preferences.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(JobPreferences? other) =>
        other is not null
        && Occupations.SequenceEqual(other.Occupations)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var occupation in Occupations)
        {
            hash.Add(occupation);
        }

        hash.Add(Description, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
