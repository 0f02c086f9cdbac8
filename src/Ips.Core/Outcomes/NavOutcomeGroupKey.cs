namespace Ips.Core.Outcomes;

/// <summary>Which group a <see cref="NavOutcomeGroup"/> is: the grouping kind and the group's value, or "not recorded".</summary>
/// <param name="Kind">What the figures are split by.</param>
/// <param name="Value">
/// The group's value: the programme id (<see cref="OutcomeGroupingKind.Site"/>), the measure code
/// (<c>INDJOBSTOT</c>, <c>IPSUNG</c>), the age band code (<see cref="Outcomes.AgeBand.Code"/>), the referring unit's id,
/// or the tag; null for the participants without that characteristic recorded.
/// </param>
/// <param name="Label">The caller's label of a referring unit (the first recorded for that id), otherwise null.</param>
/// <remarks><see cref="ToString"/> never prints a referring unit's id or label. Immutable and thread-safe.</remarks>
public sealed record NavOutcomeGroupKey(OutcomeGroupingKind Kind, string? Value, string? Label = null)
{
    /// <summary>Whether this is the group of participants without the characteristic recorded.</summary>
    public bool IsNotRecorded => Value is null;

    /// <summary>Returns e.g. <c>Measure=IPSUNG</c>, <c>Tag=(not recorded)</c>, <c>ReferringUnit=***</c>.</summary>
    /// <returns>The kind and value, with a referring unit masked.</returns>
    public override string ToString() =>
        $"{Kind}={(Value is null ? "(not recorded)" : Kind == OutcomeGroupingKind.ReferringUnit ? "***" : Value)}";
}
