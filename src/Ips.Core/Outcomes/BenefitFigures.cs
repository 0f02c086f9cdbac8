using System.Collections.Immutable;
using Ips.Core.Benefits;

namespace Ips.Core.Outcomes;

/// <summary>Benefits at entry and at exit of the participants who left in the period, and how many left for work without benefits.</summary>
/// <param name="RecordedAtEntry">Of the exits in the period, those with <see cref="Participants.EntryCharacteristics.BenefitsAtEntry"/> recorded.</param>
/// <param name="RecordedAtExit">Of the exits in the period, those with <see cref="Participants.ParticipantExit.BenefitsAtExit"/> recorded.</param>
/// <param name="ToWorkWithoutBenefits">Exits with a work end reason and benefits at exit recorded as <see cref="NavBenefits.None"/>, out of all exits in the period (the denominator of "andel formidlet til arbeid").</param>
/// <param name="ToWorkBenefitsNotRecorded">Exits with a work end reason whose benefits at exit are not recorded: never counted as "without benefits".</param>
/// <param name="ByBenefit">One row per benefit, <see cref="NavBenefits.None"/> (no benefits) first, then each flag in enum order: at entry out of <paramref name="RecordedAtEntry"/>, at exit out of <paramref name="RecordedAtExit"/>. A person with two benefits is in two rows.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BenefitFigures(
    int RecordedAtEntry,
    int RecordedAtExit,
    CountShare ToWorkWithoutBenefits,
    int ToWorkBenefitsNotRecorded,
    ImmutableArray<BenefitCount> ByBenefit)
{
    internal static BenefitFigures Empty { get; } = new(0, 0, CountShare.Empty, 0, []);

    /// <summary>Whether any exit has benefits recorded at entry or exit.</summary>
    public bool AnyRecorded => RecordedAtEntry > 0 || RecordedAtExit > 0;
}

/// <summary>Exits receiving one benefit at entry and at exit.</summary>
/// <param name="Benefit">The benefit; <see cref="NavBenefits.None"/> is "no benefits".</param>
/// <param name="AtEntry">Exits with the benefit at entry, out of the exits with benefits at entry recorded.</param>
/// <param name="AtExit">Exits with the benefit at exit, out of the exits with benefits at exit recorded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BenefitCount(NavBenefits Benefit, CountShare AtEntry, CountShare AtExit);
