using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Benefits;
using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Specialists;
using NodaTime;

namespace Ips.Core.Synthetic;

/// <summary>Generates realistic, deterministic IPS programmes from a seed, through <see cref="IpsProgramme.Builder"/>.</summary>
/// <remarks>
/// <para>
/// Each programme draws from its own <see cref="SplitMix64"/> stream derived from the seed and the programme's index,
/// so programmes are generated in parallel and the result does not depend on thread scheduling: the same options give
/// identical programmes, in the same order, on any machine.
/// </para>
/// <para>
/// Shape of a programme (all targets, drawn at random): participants enrolled uniformly over [Start, End − 14 days],
/// referred 0–30 days earlier; a stay of mean <see cref="SyntheticOptions.MeanDaysInProgramme"/> days, with an exit when
/// it ends by <see cref="SyntheticOptions.End"/>. Specialists (FTE 0.5–1.0, 1–3 of the programme's treatment teams
/// each, one supervisor per 10 specialists, scheduled hours 37.5 × FTE of which 25–75 % in the community) are added
/// until the caseloads (capacity floor(20 × FTE)) can hold the participants still active on End at about 85 %
/// occupancy, at least 2; that is 2–8 specialists for up to about 200 participants per programme, more beyond. Every
/// participant active on End is on exactly one caseload; exited participants had a specialist too (their contacts name
/// them) but are on no caseload. Referrals come mostly (85 %) from one of the specialist's teams.
/// </para>
/// <para>
/// Per participant: 1–3 preferred occupations from <see cref="Occupations"/>; 2–3 career profile meetings in the first
/// four weeks and an update after each job start; employer contacts (8 % never get one; 15 % general, by the
/// specialist; the first participant-specific one in person, typically 2–3 weeks after enrolment; 80 % with an
/// employer in a preferred occupation, recorded as following preferences); jobs one after another (Poisson-like count
/// with mean <see cref="SyntheticOptions.MeanJobsPerParticipant"/>; position sizes including on call and 100 %; forms,
/// ordinary wage, wage subsidies and end reasons in realistic mixes); work trials for 12 %; follow-along contacts per job
/// (the week before the start, within 3 days after, weekly in the first month, monthly after, with dropout, up to a
/// target with mean <see cref="SyntheticOptions.MeanFollowAlongContactsPerJob"/>); benefits planning before 60 % of
/// job starts; disclosure discussions for 75 % and a disclosure decision for 60 % of those who get a job; outreach for
/// 15 %. An exit with a job held on the exit date gets a work reason and status Working; otherwise another NAV reason,
/// with status Studying for education. Identifiers are <c>prog0001</c>, <c>prog0001-s01</c>, <c>prog0001-p000001</c>,
/// <c>prog0001-e0001</c>, <c>prog0001-j000001</c>, <c>prog0001-t01</c>, <c>prog0001-sup1</c>: unique across programmes.
/// </para>
/// <para>Thread-safe: it keeps no state between calls.</para>
/// </remarks>
public static class SyntheticProgrammeGenerator
{
    private const double JobDrawInflation = 1.6;

    private static readonly decimal[] FteChoices = [0.5m, 0.6m, 0.7m, 0.75m, 0.8m, 0.9m, 1.0m, 1.0m, 1.0m];

    private static readonly decimal[] PercentChoices = [10m, 20m, 25m, 30m, 40m, 50m, 60m, 75m, 80m, 100m];

    private static readonly decimal[] HourChoices = [3m, 4m, 6m, 7.5m, 10m, 12m, 15m, 18.75m, 22.5m, 30m, 37.5m];

    private static readonly int[] OrganisationWeights = [3, 2, 7, 6, 5, 4, 3, 2];

    private static readonly string[] Surnames =
        ["Nordvik", "Fjordlys", "Solberg", "Haugen", "Brattli", "Lysaker", "Moholt", "Granli", "Ekeberg", "Skogheim", "Vestby", "Tangen", "Bakke", "Elvestad", "Sandnes", "Lien"];

    private static readonly string[] Places = ["Heimdal", "Byåsen", "Lade", "Moholt", "Tiller", "Sentrum", "Ranheim", "Kolstad"];

    /// <summary>Generates the programmes.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>The programmes, in index order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (no programmes, negative counts, fewer than 30 days).</exception>
    public static ImmutableArray<IpsProgramme> Generate(SyntheticOptions? options = null)
    {
        options ??= new SyntheticOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Programmes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ParticipantsPerProgramme, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.TotalParticipants ?? 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Period.DaysBetween(options.Start, options.End), 30, nameof(options));

        // Organisation numbers are numbered globally; each programme gets a block sized from its participant count.
        var employerOffset = new int[options.Programmes];
        var running = 0;
        for (var i = 0; i < options.Programmes; i++)
        {
            employerOffset[i] = running;
            running = checked(running + EmployerCount(options.ParticipantsIn(i)));
        }

        if (running > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Too many employers for unique organisation numbers (at most 10 000 000).");
        }

        var result = new IpsProgramme[options.Programmes];
        Parallel.For(0, options.Programmes, i => result[i] = new ProgrammeGenerator(options, i, employerOffset[i]).Generate());
        return ImmutableArray.Create(result);
    }

    /// <summary>Generates one programme (the one <see cref="Generate"/> would put at <paramref name="index"/>).</summary>
    /// <param name="options">The options.</param>
    /// <param name="index">The 0-based programme index.</param>
    /// <returns>The programme.</returns>
    public static IpsProgramme GenerateOne(SyntheticOptions options, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var offset = 0;
        for (var i = 0; i < index; i++)
        {
            offset += EmployerCount(options.ParticipantsIn(i));
        }

        return new ProgrammeGenerator(options, index, offset).Generate();
    }

    /// <summary>A valid organisation number for a global employer counter (0 ≤ counter &lt; 10 000 000), distinct per counter.</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>Nine digits passing the mod-11 check.</returns>
    /// <remarks>
    /// The counter is scrambled bijectively over 7 digits (× 7 919 + 1 234 567 mod 10⁷) and prefixed with 9; when that
    /// gives remainder 1 (no valid check digit) the prefix 8 is used instead, which shifts the weighted sum by 3 and so
    /// always yields a valid number. Numbers are therefore unique per counter.
    /// </remarks>
    public static string OrganisationNumberFor(int counter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(counter, 10_000_000);
        var body = (int)(((long)counter * 7919 + 1_234_567) % 10_000_000);
        Span<char> digits = stackalloc char[9];
        foreach (var prefix in (ReadOnlySpan<char>)['9', '8'])
        {
            digits[0] = prefix;
            var rest = body;
            for (var d = 7; d >= 1; d--)
            {
                digits[d] = (char)('0' + (rest % 10));
                rest /= 10;
            }

            var sum = 0;
            for (var d = 0; d < 8; d++)
            {
                sum += (digits[d] - '0') * OrganisationWeights[d];
            }

            var remainder = sum % 11;
            if (remainder != 1)
            {
                digits[8] = (char)('0' + (remainder == 0 ? 0 : 11 - remainder));
                return new string(digits);
            }
        }

        throw new InvalidOperationException("Unreachable: prefixes 9 and 8 cannot both give remainder 1.");
    }

    private static int EmployerCount(int participants) => Math.Max(10, participants * 3 / 4);

    private static string Id(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The per-programme generator; one instance per programme, used on one thread.</summary>
    private sealed class ProgrammeGenerator
    {
        private readonly SyntheticOptions _o;
        private readonly SplitMix64 _rng;
        private readonly string _pid;
        private readonly int _index;
        private readonly int _employerOffset;
        private readonly LocalDate _start;
        private readonly int _span;
        private readonly IpsProgramme.Builder _b;
        private readonly LocalDate[] _days;
        private readonly List<int>[] _employersByOccupation = new List<int>[Occupations.Table.Length];
        private readonly List<JobPlan> _jobs = new(8);
        private int _jobCounter;
        private EmployerId[] _employers = [];
        private int[] _employerOccupation = [];
        private SpecialistId[] _specialists = [];
        private TeamId[][] _specialistTeams = [];
        private TeamId[] _teams = [];

        internal ProgrammeGenerator(SyntheticOptions options, int index, int employerOffset)
        {
            _o = options;
            _index = index;
            _employerOffset = employerOffset;
            _rng = new SplitMix64(SplitMix64.Derive(options.Seed, (ulong)index));
            _pid = Id($"prog{index + 1:D4}");
            _start = options.Start;
            _span = Period.DaysBetween(options.Start, options.End);
            _b = IpsProgramme.CreateBuilder(ProgrammeId.Create(_pid));
            _days = new LocalDate[_span + 1];
            _days[0] = _start;
            for (var d = 1; d <= _span; d++)
            {
                _days[d] = _days[d - 1].PlusDays(1);
            }
        }

        internal IpsProgramme Generate()
        {
            var n = _o.ParticipantsIn(_index);

            // 1. Timelines as day offsets from Start; exit = -1 while active on End.
            var enrol = new int[n];
            var exit = new int[n];
            var active = 0;
            for (var i = 0; i < n; i++)
            {
                enrol[i] = _rng.NextInt(0, _span - 14);
                var stay = 14 + (int)_rng.Skewed(_o.MeanDaysInProgramme);
                exit[i] = enrol[i] + stay <= _span ? enrol[i] + stay : -1;
                active += exit[i] < 0 ? 1 : 0;
            }

            // 2. Specialists and teams, enough capacity for the active participants at ~85 % occupancy.
            var specialists = MakeSpecialists(active);

            // 3. Caseloads: every active participant on one caseload; exited ones had a specialist too.
            var owner = new int[n];
            var caseloads = new List<ParticipantId>[specialists.Count];
            for (var s = 0; s < caseloads.Length; s++)
            {
                caseloads[s] = new List<ParticipantId>(20);
            }

            var ids = new ParticipantId[n];
            for (var i = 0; i < n; i++)
            {
                ids[i] = ParticipantId.Create(Id($"{_pid}-p{i + 1:D6}"));
                var s = _rng.NextInt(specialists.Count);
                if (exit[i] < 0)
                {
                    var capacity = CaseloadCapacityPolicy.Default;
                    while (caseloads[s].Count >= capacity.CapacityFor(specialists[s].Fte))
                    {
                        s = (s + 1) % specialists.Count;
                    }

                    caseloads[s].Add(ids[i]);
                }

                owner[i] = s;
            }

            for (var s = 0; s < specialists.Count; s++)
            {
                _b.Add(specialists[s]);
                _b.Add(Caseload.Create(specialists[s], null, caseloads[s]));
            }

            // 4. Employers.
            MakeEmployers(n);

            // 5. Everything per participant.
            for (var i = 0; i < n; i++)
            {
                MakeParticipant(ids[i], enrol[i], exit[i], owner[i]);
            }

            return _b.Build();
        }

        // LocalDate.PlusDays costs ~0.2 µs; every record needs a date, so the span's dates are computed once.
        private LocalDate Day(int offset) => _days[offset];

        private List<EmploymentSpecialist> MakeSpecialists(int active)
        {
            var needed = (int)Math.Ceiling(active / 0.85);
            var ftes = new List<decimal>();
            var capacity = 0;
            while (ftes.Count < 2 || capacity < needed)
            {
                var fte = FteChoices[_rng.NextInt(FteChoices.Length)];
                ftes.Add(fte);
                capacity += CaseloadCapacityPolicy.Default.CapacityFor(fte);
            }

            var k = ftes.Count;
            var teamCount = Math.Max(2, k + (k / 2));
            _teams = new TeamId[teamCount];
            for (var t = 0; t < teamCount; t++)
            {
                _teams[t] = TeamId.Create(Id($"{_pid}-t{t + 1:D2}"));
            }

            _specialists = new SpecialistId[k];
            _specialistTeams = new TeamId[k][];
            var result = new List<EmploymentSpecialist>(k);
            for (var s = 0; s < k; s++)
            {
                var count = Math.Min(teamCount, 1 + _rng.Pick([0.45, 0.4, 0.15]));
                var teams = new TeamId[count];
                teams[0] = _teams[s % teamCount];
                for (var t = 1; t < count; t++)
                {
                    teams[t] = _teams[(s + t + _rng.NextInt(teamCount - count + 1)) % teamCount];
                }

                teams = [.. teams.Distinct()];
                _specialistTeams[s] = teams;
                _specialists[s] = SpecialistId.Create(Id($"{_pid}-s{s + 1:D2}"));
                var scheduled = decimal.Round(37.5m * ftes[s] * 2m, MidpointRounding.AwayFromZero) / 2m;
                var community = decimal.Round(scheduled * (decimal)(0.25 + (0.5 * _rng.NextDouble())) * 2m, MidpointRounding.AwayFromZero) / 2m;
                var supervisor = SupervisorId.Create(Id($"{_pid}-sup{(s / 10) + 1}"));
                result.Add(EmploymentSpecialist.Create(_specialists[s], ftes[s], teams, supervisor, scheduled, community));
            }

            return result;
        }

        private void MakeEmployers(int participants)
        {
            var count = EmployerCount(participants);
            _employers = new EmployerId[count];
            _employerOccupation = new int[count];
            for (var o = 0; o < _employersByOccupation.Length; o++)
            {
                _employersByOccupation[o] = [];
            }

            for (var e = 0; e < count; e++)
            {
                var occupation = _rng.NextInt(Occupations.Table.Length);
                var (_, _, industry) = Occupations.Table[occupation];
                var surname = Surnames[_rng.NextInt(Surnames.Length)];
                var word = industry.Split(' ')[0];
                var name = _rng.Chance(0.05)
                    ? Id($"{surname} {word}, avd. {Places[_rng.NextInt(Places.Length)]}")
                    : Id($"{surname} {word} AS");
                _employers[e] = EmployerId.Create(Id($"{_pid}-e{e + 1:D4}"));
                _employerOccupation[e] = occupation;
                _employersByOccupation[occupation].Add(e);
                var organisation = _rng.Chance(0.95) ? OrganisationNumber.Create(OrganisationNumberFor(_employerOffset + e)) : null;
                _b.Add(Employer.Create(_employers[e], organisation, name, industry));
            }
        }

        private int EmployerFor(int[] preferred, out bool matched)
        {
            if (preferred.Length > 0 && _rng.Chance(0.8))
            {
                var candidates = _employersByOccupation[preferred[_rng.NextInt(preferred.Length)]];
                if (candidates.Count > 0)
                {
                    matched = true;
                    return candidates[_rng.NextInt(candidates.Count)];
                }
            }

            var e = _rng.NextInt(_employers.Length);
            matched = Array.IndexOf(preferred, _employerOccupation[e]) >= 0;
            return e;
        }

        private void MakeParticipant(ParticipantId id, int enrol, int exit, int owner)
        {
            var rng = _rng;
            var last = exit < 0 ? _span : exit;
            var specialist = _specialists[owner];

            // Preferences.
            var preferred = new int[rng.NextInt(1, 3)];
            for (var k = 0; k < preferred.Length; k++)
            {
                preferred[k] = rng.NextInt(Occupations.Table.Length);
            }

            var occupations = new OccupationCode[preferred.Length];
            for (var k = 0; k < preferred.Length; k++)
            {
                occupations[k] = Occupations.JobTypes[preferred[k]].Code;
            }

            var description = rng.Chance(0.3) ? "Ønsker jobb som " + Occupations.Table[preferred[0]].Title.ToLowerInvariant() : null;

            // Jobs, one after another.
            _jobs.Clear();
            // Late enrolments and early exits leave no time for every drawn job, so the draw is inflated to land on the mean.
            var jobCount = rng.Count(_o.MeanJobsPerParticipant * JobDrawInflation);
            var cursor = enrol + 14 + (int)rng.Skewed(60);
            for (var k = 0; k < jobCount && cursor <= last; k++)
            {
                var employer = EmployerFor(preferred, out _);
                var duration = 7 + (int)rng.Skewed(240);
                var end = cursor + duration <= _span ? cursor + duration : -1;
                _jobs.Add(MakeJob(id, employer, cursor, end));
                if (end < 0)
                {
                    break;
                }

                cursor = end + 1 + (int)rng.Skewed(45);
            }

            // Exit, phase and the career profile.
            ParticipantExit? exitRecord = null;
            var phase = ParticipantPhase.Engagement;
            var heldAtLast = HeldOn(last);
            if (exit >= 0)
            {
                exitRecord = heldAtLast is { } held ? WorkExit(exit, held.Job.WageSubsidy) : OtherExit(exit);
                phase = ParticipantPhase.Exited;
            }
            else if (heldAtLast is not null)
            {
                phase = rng.Chance(0.2) ? ParticipantPhase.FollowAlong : ParticipantPhase.Working;
            }

            var profile = new List<CareerProfileEntry>(4);
            var meetings = rng.NextInt(2, 3);
            for (var m = 0; m < meetings; m++)
            {
                var day = enrol + (m == 0 ? 0 : rng.NextInt(7 * m, (14 * m) + 7));
                if (day <= last)
                {
                    profile.Add(CareerProfileEntry.Create(Day(day), CareerProfileEntryKind.ProfileMeeting));
                }
            }

            foreach (var job in _jobs)
            {
                var day = job.Start + rng.NextInt(0, 14);
                if (day <= last)
                {
                    profile.Add(CareerProfileEntry.Create(Day(day), CareerProfileEntryKind.Update));
                }
            }

            // Employer contacts; the first participant-specific one decides the phase of a job seeker.
            var hasContact = MakeContacts(id, enrol, last, owner, preferred);
            if (phase == ParticipantPhase.Engagement && hasContact)
            {
                phase = rng.Chance(0.05) ? ParticipantPhase.Education : ParticipantPhase.JobSearch;
            }

            var source = Referral(owner);
            var referral = Math.Max(0, enrol - rng.NextInt(0, 30));
            _b.Add(Participant.Create(id, Day(referral), Day(enrol), source, JobPreferences.Create(occupations, description), profile, phase, exitRecord));

            foreach (var job in _jobs)
            {
                _b.Add(job.Job);
                MakeFollowAlong(id, job, enrol, last);
                MakeBenefits(id, job, enrol, last);
            }

            MakeWorkTrial(id, enrol, last);
            MakeDisclosure(id, specialist, enrol, last);
            MakeOutreach(id, enrol, last);
        }

        private JobPlan? HeldOn(int day)
        {
            foreach (var job in _jobs)
            {
                if (job.Start <= day && (job.End < 0 || day <= job.End))
                {
                    return job;
                }
            }

            return null;
        }

        private JobPlan MakeJob(ParticipantId participant, int employer, int start, int end)
        {
            var rng = _rng;
            var size = rng.Pick([0.12, 0.43, 0.45]) switch
            {
                0 => PositionSize.OnCall,
                1 => PositionSize.FromPercent(PercentChoices[rng.NextInt(PercentChoices.Length)]),
                _ => PositionSize.FromHoursPerWeek(HourChoices[rng.NextInt(HourChoices.Length)]),
            };
            var form = (EmploymentForm)rng.Pick([0.45, 0.28, 0.07, 0.14, 0.06]);
            var ordinaryWage = form != EmploymentForm.ProgrammeOwnedTimeLimited && rng.Chance(0.96);
            var reserved = rng.Chance(0.03);
            var subsidy = (NavWageSubsidy)rng.Pick([0.75, 0.2, 0.05]);
            JobEndReason? reason = null;
            if (end >= 0 && rng.Chance(0.93))
            {
                reason = form is EmploymentForm.Temporary or EmploymentForm.Seasonal && rng.Chance(0.6)
                    ? JobEndReason.TemporaryJobEnded
                    : (JobEndReason)rng.Pick([0.45, 0.13, 0.27, 0.05, 0.1]);
            }

            var id = JobId.Create(Id($"{_pid}-j{++_jobCounter:D6}"));
            var job = Job.Create(
                id,
                participant,
                _employers[employer],
                Occupations.JobTypes[_employerOccupation[employer]],
                Day(start),
                size,
                ordinaryWage,
                form,
                reserved,
                subsidy,
                end < 0 ? null : Day(end),
                reason);
            return new JobPlan(job, start, end, employer);
        }

        private ParticipantExit WorkExit(int exit, NavWageSubsidy subsidy)
        {
            var reason = subsidy != NavWageSubsidy.None
                ? NavEndReason.WorkWithWageSubsidy
                : _rng.Pick([0.65, 0.2, 0.15]) switch
                {
                    0 => NavEndReason.WorkWithoutWageSubsidy,
                    1 => NavEndReason.WorkCombinedWithOtherNavBenefits,
                    _ => NavEndReason.WorkWithGradedDisabilityPension,
                };
            return ParticipantExit.Create(Day(exit), reason, ExitStatus.Working);
        }

        private ParticipantExit OtherExit(int exit)
        {
            var reason = _rng.Pick([0.07, 0.08, 0.2, 0.25, 0.15, 0.1, 0.15]) switch
            {
                0 => NavEndReason.EducationSelfFunded,
                1 => NavEndReason.EducationFundedByNav,
                2 => NavEndReason.MovedToAnotherNavMeasure,
                3 => NavEndReason.OtherActivity,
                4 => NavEndReason.StoppedDueToIllness,
                5 => NavEndReason.DisabilityPension,
                _ => NavEndReason.Other,
            };
            var status = NavEndReasons(reason) ? ExitStatus.Studying : ExitStatus.Unresolved;
            return ParticipantExit.Create(Day(exit), reason, status);

            static bool NavEndReasons(NavEndReason r) => r is NavEndReason.EducationSelfFunded or NavEndReason.EducationFundedByNav;
        }

        private ReferralSource Referral(int owner)
        {
            var roll = _rng.NextDouble();
            if (roll < 0.85)
            {
                var teams = _specialistTeams[owner];
                return ReferralSource.FromTeam(teams[_rng.NextInt(teams.Length)]);
            }

            if (roll < 0.92)
            {
                return ReferralSource.FromTeam(_teams[_rng.NextInt(_teams.Length)]);
            }

            return ReferralSource.Create((ReferralSourceKind)_rng.NextInt(1, 4));
        }

        private bool MakeContacts(ParticipantId id, int enrol, int last, int owner, int[] preferred)
        {
            var rng = _rng;
            const double Dropout = 0.08;
            if (rng.Chance(Dropout))
            {
                return false;
            }

            var count = rng.Count(_o.MeanEmployerContactsPerParticipant / (1 - Dropout));
            var first = enrol + (int)(rng.Chance(0.1) ? rng.Skewed(150) : rng.Skewed(20));
            var any = false;
            var specialist = _specialists[owner];
            for (var c = 0; c < count; c++)
            {
                if (rng.Chance(0.15))
                {
                    var day = rng.NextInt(enrol, last);
                    _b.Add(EmployerContact.Create(Day(day), specialist, _employers[rng.NextInt(_employers.Length)], rng.Chance(0.75), ContactPurpose.JobDevelopment));
                    continue;
                }

                if (first > last)
                {
                    continue;
                }

                var isFirst = !any;
                var date = isFirst ? first : rng.NextInt(first, last);
                var held = HeldOn(date);
                int employer;
                bool matched;
                ContactPurpose purpose;
                if (held is { } job && rng.Chance(0.6))
                {
                    employer = job.Employer;
                    matched = Array.IndexOf(preferred, _employerOccupation[employer]) >= 0;
                    purpose = ContactPurpose.FollowUpOfWorkingParticipant;
                }
                else
                {
                    employer = EmployerFor(preferred, out matched);
                    purpose = rng.Chance(0.92) ? ContactPurpose.JobDevelopment : ContactPurpose.Other;
                }

                var own = !isFirst && rng.Chance(0.03);
                var present = own || rng.Chance(0.35);
                bool? followed = rng.Chance(0.08) ? null : matched ? rng.Chance(0.95) : !rng.Chance(0.7);
                var inPerson = isFirst || rng.Chance(0.7);
                _b.Add(EmployerContact.Create(Day(date), own ? null : specialist, _employers[employer], inPerson, purpose, [id], present, followed));
                any = true;
            }

            return any;
        }

        private void MakeFollowAlong(ParticipantId id, JobPlan job, int enrol, int last)
        {
            var rng = _rng;
            var target = rng.Count(_o.MeanFollowAlongContactsPerJob);
            var stop = Math.Min(job.End < 0 ? _span : job.End, last);
            var made = 0;

            void Add(int day)
            {
                if (made < target && day >= enrol && day <= stop)
                {
                    var inPerson = rng.Chance(0.75);
                    var by = (FollowAlongProvider)rng.Pick([0.8, 0.15, 0.05]);
                    _b.Add(FollowAlongContact.Create(Day(day), id, job.Job.Id, inPerson, by));
                    made++;
                }
            }

            if (rng.Chance(0.6))
            {
                Add(job.Start - rng.NextInt(1, 7));
            }

            if (rng.Chance(0.8))
            {
                Add(job.Start + rng.NextInt(0, 3));
            }

            for (var week = 1; week <= 4; week++)
            {
                if (rng.Chance(0.85))
                {
                    Add(job.Start + (7 * week) + rng.NextInt(-2, 2));
                }
            }

            // Monthly after the first month, until the job or IPS ends, the target is reached, or support drops off.
            for (var month = 2; made < target; month++)
            {
                var day = job.Start + (30 * (month - 1)) + rng.NextInt(-5, 5);
                if (day > stop || rng.Chance(0.03))
                {
                    break;
                }

                Add(day);
            }
        }

        private void MakeBenefits(ParticipantId id, JobPlan job, int enrol, int last)
        {
            if (_rng.Chance(0.6))
            {
                var day = Math.Max(enrol, job.Start - _rng.NextInt(1, 21));
                var by = (BenefitsPlanner)_rng.Pick([0.5, 0.3, 0.2]);
                _b.Add(BenefitsPlanningSession.Create(Day(day), id, by, BenefitsPlanningOccasion.BeforeJobStart, _rng.Chance(0.5)));
            }

            if (_rng.Chance(0.15))
            {
                var day = job.Start + _rng.NextInt(30, 180);
                if (day <= last && (job.End < 0 || day <= job.End))
                {
                    _b.Add(BenefitsPlanningSession.Create(Day(day), id, BenefitsPlanner.Specialist, BenefitsPlanningOccasion.ChangeOfHoursOrPay, _rng.Chance(0.7)));
                }
            }
        }

        private void MakeWorkTrial(ParticipantId id, int enrol, int last)
        {
            if (!_rng.Chance(0.12))
            {
                return;
            }

            var start = enrol + _rng.NextInt(14, 120);
            if (start > last)
            {
                return;
            }

            var end = start + _rng.NextInt(30, 90);
            var kind = (WorkTrialKind)_rng.Pick([0.6, 0.3, 0.1]);
            _b.Add(WorkTrial.Create(id, _employers[_rng.NextInt(_employers.Length)], Day(start), end <= _span ? Day(end) : null, kind));
        }

        private void MakeDisclosure(ParticipantId id, SpecialistId specialist, int enrol, int last)
        {
            var rng = _rng;
            if (rng.Chance(0.75))
            {
                var count = rng.NextInt(1, 3);
                for (var k = 0; k < count; k++)
                {
                    _b.Add(DisclosureDiscussion.Create(Day(rng.NextInt(enrol, last)), specialist, id, rng.Chance(0.85), rng.Chance(0.7), rng.Chance(0.6)));
                }
            }

            if (_jobs.Count == 0 || !rng.Chance(0.6))
            {
                return;
            }

            var date = Math.Max(enrol, _jobs[0].Start - rng.NextInt(0, 14));
            var decisions = new List<DisclosureDecision>(2) { Decision(id, date) };
            if (rng.Chance(0.2))
            {
                decisions.Add(Decision(id, Math.Min(_span, date + rng.NextInt(30, 200))));
            }

            _b.Add(DisclosureHistory.Create(id, decisions));
        }

        private DisclosureDecision Decision(ParticipantId id, int day)
        {
            var rng = _rng;
            if (rng.Chance(0.4))
            {
                return DisclosureDecision.Nothing(id, Day(day), rng.Chance(0.5));
            }

            var information = (DisclosedInformation)rng.NextInt(1, 31);
            var audience = (DisclosureAudience)rng.NextInt(1, 15);
            var timing = (DisclosureTiming)rng.Pick([0.3, 0.3, 0.4]);
            return DisclosureDecision.Create(id, Day(day), information, audience, timing, rng.Chance(0.7));
        }

        private void MakeOutreach(ParticipantId id, int enrol, int last)
        {
            var rng = _rng;
            if (!rng.Chance(0.15))
            {
                return;
            }

            var count = rng.NextInt(1, 4);
            for (var k = 0; k < count; k++)
            {
                var method = (OutreachMethod)rng.Pick([0.2, 0.15, 0.35, 0.1, 0.2]);
                var coordinated = method is OutreachMethod.HomeVisit or OutreachMethod.CommunityVisit && rng.Chance(0.3);
                var by = rng.Chance(0.75) ? OutreachActor.Specialist : OutreachActor.TeamMember;
                _b.Add(OutreachAttempt.Create(Day(rng.NextInt(enrol, last)), id, method, by, coordinated, rng.Chance(0.1)));
            }
        }

        private sealed record JobPlan(Job Job, int Start, int End, int Employer);
    }
}
