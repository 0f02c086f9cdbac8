namespace Ips.Core.Outcomes;

/// <summary>How <see cref="NavOutcomeCalculator.ComputeBy"/> splits the outcome figures: by site, NAV measure, age band at enrolment, referring unit or grouping tag.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OutcomeGrouping
{
    private OutcomeGrouping(OutcomeGroupingKind kind, AgeBands? bands)
    {
        Kind = kind;
        AgeBands = bands;
    }

    /// <summary>One group per site (programme).</summary>
    public static OutcomeGrouping Site { get; } = new(OutcomeGroupingKind.Site, null);

    /// <summary>One group per NAV measure, and one for participants without a measure recorded.</summary>
    public static OutcomeGrouping Measure { get; } = new(OutcomeGroupingKind.Measure, null);

    /// <summary>One group per referring unit (by identifier), and one for participants without a unit recorded.</summary>
    public static OutcomeGrouping ReferringUnit { get; } = new(OutcomeGroupingKind.ReferringUnit, null);

    /// <summary>One group per grouping tag (groups overlap: a participant is in the group of each of their tags), and one for participants without a tag.</summary>
    public static OutcomeGrouping Tag { get; } = new(OutcomeGroupingKind.Tag, null);

    /// <summary>What the figures are split by.</summary>
    public OutcomeGroupingKind Kind { get; }

    /// <summary>The age bands, for <see cref="OutcomeGroupingKind.AgeBand"/>; otherwise null.</summary>
    public AgeBands? AgeBands { get; }

    /// <summary>One group per age band at enrolment, and one for participants without an age recorded.</summary>
    /// <param name="bands">The bands; <see cref="Outcomes.AgeBands.Default"/> (NAV's statistics bands) when null.</param>
    /// <returns>The grouping.</returns>
    public static OutcomeGrouping AgeBand(AgeBands? bands = null) => new(OutcomeGroupingKind.AgeBand, bands ?? Outcomes.AgeBands.Default);

    /// <summary>Returns e.g. <c>OutcomeGrouping(AgeBand)</c>.</summary>
    /// <returns>The kind.</returns>
    public override string ToString() => $"OutcomeGrouping({Kind})";
}
