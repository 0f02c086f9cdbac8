using FluentValidation;

namespace Ips.Core.Metrics;

/// <summary>The counting choices of the days from entry to the first employer contact (item 15), shared by fact derivation and NAV's outcome figures.</summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is enrolment as entry and participants without a contact counted with the days elapsed so
/// far. Check with <see cref="FirstContactOptionsValidator"/> (codes <see cref="Validation.ErrorCodes.Metrics"/>);
/// <see cref="Outcomes.NavOutcomeCalculator"/> and Ips.Core.Fidelity's <c>FactDerivation</c> validate the options they
/// are given once and throw <see cref="ValidationException"/>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record FirstContactOptions
{
    /// <summary>The defaults: <see cref="ProgrammeEntry.Enrolment"/> and <see cref="ParticipantsWithoutContact.CountDaysSoFar"/>.</summary>
    public static FirstContactOptions Default { get; } = new();

    /// <summary>Which date is entry: the day counting starts and the earliest date a contact can have. <see cref="ProgrammeEntry.Enrolment"/> unless set.</summary>
    public ProgrammeEntry Entry { get; init; } = ProgrammeEntry.Enrolment;

    /// <summary>How a participant without a first contact yet counts. <see cref="ParticipantsWithoutContact.CountDaysSoFar"/> (the spec's conservative reading) unless set.</summary>
    public ParticipantsWithoutContact WithoutContact { get; init; } = ParticipantsWithoutContact.CountDaysSoFar;
}
