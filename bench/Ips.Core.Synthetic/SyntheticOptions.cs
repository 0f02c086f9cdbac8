using NodaTime;

namespace Ips.Core.Synthetic;

/// <summary>Settings for <see cref="SyntheticProgrammeGenerator"/>.</summary>
/// <remarks>
/// Every record is dated within [<see cref="Start"/>, <see cref="End"/>]: enrolments are spread over the whole span, so
/// a review period at its end (say the last year) finds participants enrolled over the years before it. Means are
/// targets of the random draws; realised means land close to them for a few thousand participants.
/// </remarks>
public sealed record SyntheticOptions
{
    /// <summary>The seed; the same options and seed give identical programmes.</summary>
    public ulong Seed { get; init; } = 20240601;

    /// <summary>The number of programmes (sites).</summary>
    public int Programmes { get; init; } = 10;

    /// <summary>Participants in each programme (active and exited), unless <see cref="TotalParticipants"/> is set.</summary>
    public int ParticipantsPerProgramme { get; init; } = 200;

    /// <summary>When set, the total number of participants, spread as evenly as possible over the programmes (the first programmes get one more).</summary>
    public int? TotalParticipants { get; init; }

    /// <summary>The first day any record may carry.</summary>
    public LocalDate Start { get; init; } = new(2021, 1, 1);

    /// <summary>The last day any record may carry (the "as of" date: later exits and job ends are unknown, so still open).</summary>
    public LocalDate End { get; init; } = new(2024, 12, 31);

    /// <summary>Mean employer contacts per participant (participant-specific and general contacts together).</summary>
    public double MeanEmployerContactsPerParticipant { get; init; } = 25;

    /// <summary>Mean paid jobs per participant.</summary>
    public double MeanJobsPerParticipant { get; init; } = 1.5;

    /// <summary>Mean follow-along contacts per job, before dropout and the end of the job cut the schedule short.</summary>
    public double MeanFollowAlongContactsPerJob { get; init; } = 15;

    /// <summary>Mean days a participant stays in IPS (exits later than <see cref="End"/> stay open).</summary>
    public double MeanDaysInProgramme { get; init; } = 600;

    /// <summary>The participants in programme <paramref name="index"/>.</summary>
    /// <param name="index">The 0-based programme index.</param>
    /// <returns>The count.</returns>
    public int ParticipantsIn(int index) =>
        TotalParticipants is { } total
            ? (total / Programmes) + (index < total % Programmes ? 1 : 0)
            : ParticipantsPerProgramme;
}
