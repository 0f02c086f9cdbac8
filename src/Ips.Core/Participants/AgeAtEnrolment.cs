using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>A participant's age in whole years at enrolment, for reporting by age band; never derived from a national identity number.</summary>
/// <remarks>
/// Either given by the caller (<see cref="AgeBasis.GivenAge"/>) or computed from a year of birth
/// (<see cref="AgeBasis.YearOfBirth"/>: enrolment year − year of birth, which is the exact age or one more when the
/// birthday falls after the enrolment date). Only the age is kept, not the year of birth. 0 to
/// <see cref="MaxYears"/> (<see cref="ErrorCodes.Participant.AgeOutOfRange"/>). Immutable and thread-safe.
/// </remarks>
public sealed record AgeAtEnrolment
{
    /// <summary>The largest age accepted.</summary>
    public const int MaxYears = 120;

    private AgeAtEnrolment(int years, AgeBasis basis)
    {
        Years = years;
        Basis = basis;
    }

    /// <summary>The age in whole years.</summary>
    public int Years { get; }

    /// <summary>How the age was obtained.</summary>
    public AgeBasis Basis { get; }

    /// <summary>An age given by the caller.</summary>
    /// <param name="years">The age in whole years on the enrolment date, 0 to <see cref="MaxYears"/>.</param>
    /// <returns>The age.</returns>
    /// <exception cref="DomainException">The age is out of range.</exception>
    public static AgeAtEnrolment FromAge(int years) => TryFromAge(years).GetValueOrThrow();

    /// <summary>An age given by the caller, without throwing.</summary>
    /// <param name="years">The age in whole years on the enrolment date, 0 to <see cref="MaxYears"/>.</param>
    /// <returns>The age or the broken rule.</returns>
    public static DomainResult<AgeAtEnrolment> TryFromAge(int years) => Create(years, AgeBasis.GivenAge);

    /// <summary>The age computed from a year of birth: the enrolment year minus the year of birth.</summary>
    /// <param name="yearOfBirth">The year of birth.</param>
    /// <param name="enrolmentDate">The enrolment date.</param>
    /// <returns>The age.</returns>
    /// <exception cref="DomainException">The resulting age is out of range (e.g. a year of birth after the enrolment year).</exception>
    public static AgeAtEnrolment FromYearOfBirth(int yearOfBirth, LocalDate enrolmentDate) => TryFromYearOfBirth(yearOfBirth, enrolmentDate).GetValueOrThrow();

    /// <summary>The age computed from a year of birth, without throwing.</summary>
    /// <param name="yearOfBirth">The year of birth.</param>
    /// <param name="enrolmentDate">The enrolment date.</param>
    /// <returns>The age or the broken rule.</returns>
    public static DomainResult<AgeAtEnrolment> TryFromYearOfBirth(int yearOfBirth, LocalDate enrolmentDate) =>
        Create((long)enrolmentDate.Year - yearOfBirth, AgeBasis.YearOfBirth);

    /// <summary>Creates an age from its stored parts (as the record files hold it).</summary>
    /// <param name="years">The age in whole years, 0 to <see cref="MaxYears"/>.</param>
    /// <param name="basis">How it was obtained.</param>
    /// <returns>The age or the broken rules.</returns>
    public static DomainResult<AgeAtEnrolment> TryCreate(int years, AgeBasis basis) => Create(years, basis);

    /// <summary>Returns e.g. <c>AgeAtEnrolment(24, GivenAge)</c>.</summary>
    /// <returns>The age and its basis.</returns>
    public override string ToString() => Invariant($"AgeAtEnrolment({Years}, {Basis})");

    internal static string OutOfRangeMessage(string property) =>
        Invariant($"{property} must be 0 to {MaxYears} years at enrolment (a year of birth must lie in the {MaxYears} years up to the enrolment year); the value given is not shown.");

    private static DomainResult<AgeAtEnrolment> Create(long years, AgeBasis basis)
    {
        List<DomainError>? errors = null;
        Defined(ref errors, basis, nameof(Basis));
        if (years is < 0 or > MaxYears)
        {
            Add(ref errors, ErrorCodes.Participant.AgeOutOfRange, nameof(Years), OutOfRangeMessage(nameof(AgeAtEnrolment)));
        }

        return errors is null ? new DomainResult<AgeAtEnrolment>(new AgeAtEnrolment((int)years, basis)) : DomainResult<AgeAtEnrolment>.Fail(errors);
    }
}
