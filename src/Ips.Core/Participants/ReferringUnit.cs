using Ips.Core.Identity;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>The unit that referred a participant (a clinic, a DPS outpatient unit, a NAV office …): an opaque identifier with a label the caller owns, for reporting outcomes by referring unit.</summary>
/// <remarks>
/// The label is the caller's display text for the unit (e.g. "Rusklinikken"), shown in grouped reports; neither the
/// identifier nor the label is ever printed by <see cref="ToString"/> or put into an error message. Equality is by
/// identifier and label. Immutable and thread-safe.
/// </remarks>
public sealed record ReferringUnit
{
    /// <summary>The longest label accepted.</summary>
    public const int MaxLabelLength = 100;

    private ReferringUnit(ReferringUnitId id, string? label)
    {
        Id = id;
        Label = label;
    }

    /// <summary>The unit's identifier.</summary>
    public ReferringUnitId Id { get; }

    /// <summary>The caller's label for the unit, or null.</summary>
    public string? Label { get; }

    /// <summary>Creates a referring unit.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="label">The caller's label; not blank, at most <see cref="MaxLabelLength"/> characters; null for none.</param>
    /// <returns>The referring unit.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static ReferringUnit Create(ReferringUnitId id, string? label = null) => TryCreate(id, label).GetValueOrThrow();

    /// <summary>Creates a referring unit without throwing.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="label">The caller's label; not blank, at most <see cref="MaxLabelLength"/> characters; null for none.</param>
    /// <returns>The referring unit or the broken rules (which never contain the identifier or the label).</returns>
    public static DomainResult<ReferringUnit> TryCreate(ReferringUnitId id, string? label = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, id, nameof(Id));
        OptionalText(ref errors, label, MaxLabelLength, nameof(Label));
        return errors is null ? new DomainResult<ReferringUnit>(new ReferringUnit(id, label)) : DomainResult<ReferringUnit>.Fail(errors);
    }

    /// <summary>Returns <c>ReferringUnit(***)</c>: neither the identifier nor the label is printed.</summary>
    /// <returns>A text without the identifier or label.</returns>
    public override string ToString() => "ReferringUnit(***)";
}
