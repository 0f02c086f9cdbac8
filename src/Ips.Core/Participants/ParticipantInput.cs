using Ips.Core.Benefits;
using NodaTime;

namespace Ips.Core.Participants;

/// <summary>Raw values for a participant's enrolment and exit (e.g. an import row), checked by <see cref="ParticipantInputValidator"/> before <see cref="Participant.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record ParticipantInput
{
    /// <summary>The participant's identifier.</summary>
    public string? Id { get; init; }

    /// <summary>The referral date.</summary>
    public LocalDate ReferralDate { get; init; }

    /// <summary>The enrolment date (first meeting with the specialist).</summary>
    public LocalDate EnrolmentDate { get; init; }

    /// <summary>Where the referral came from.</summary>
    public ReferralSourceKind ReferralSource { get; init; }

    /// <summary>The referring team's identifier, for referrals from a treatment team.</summary>
    public string? ReferralTeamId { get; init; }

    /// <summary>The current phase.</summary>
    public ParticipantPhase Phase { get; init; }

    /// <summary>The exit date, for a participant who has left.</summary>
    public LocalDate? ExitDate { get; init; }

    /// <summary>NAV's reason for ending, with an exit date.</summary>
    public NavEndReason? ExitReason { get; init; }

    /// <summary>The status at exit, with an exit date.</summary>
    public ExitStatus? ExitStatus { get; init; }

    /// <summary>The benefits at exit, with an exit date; null when not recorded.</summary>
    public NavBenefits? BenefitsAtExit { get; init; }

    /// <summary>NAV's measure code: <c>INDJOBSTOT</c> (IPS) or <c>IPSUNG</c> (IPS Ung); null when not recorded.</summary>
    public string? NavMeasureCode { get; init; }

    /// <summary>The age in whole years at enrolment, given by the caller; not together with <see cref="YearOfBirth"/>.</summary>
    public int? AgeAtEnrolment { get; init; }

    /// <summary>The year of birth, from which the age at enrolment is computed (never a national identity number); not together with <see cref="AgeAtEnrolment"/>.</summary>
    public int? YearOfBirth { get; init; }

    /// <summary>The referring unit's identifier; null when not recorded.</summary>
    public string? ReferringUnitId { get; init; }

    /// <summary>The caller's label for the referring unit; only with <see cref="ReferringUnitId"/>.</summary>
    public string? ReferringUnitLabel { get; init; }

    /// <summary>The caller's grouping tags: at most 10 distinct tags of 1–32 characters of <c>[A-Za-z0-9._-]</c>.</summary>
    public IReadOnlyList<string?>? GroupingTags { get; init; }

    /// <summary>The benefits at entry; null when not recorded.</summary>
    public NavBenefits? BenefitsAtEntry { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "ParticipantInput(***)";
}
