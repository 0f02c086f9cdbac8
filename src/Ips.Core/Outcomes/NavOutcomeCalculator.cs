using System.Collections.Immutable;
using Ips.Core.Benefits;
using Ips.Core.Identity;
using FluentValidation;
using Ips.Core.Metrics;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Outcomes;

/// <summary>Computes the outcome figures NAV IPS teams report (the JobbResept1 report's figures) from a programme's records.</summary>
/// <remarks>
/// <para>
/// Inputs are a programme, a period (a <see cref="DateInterval"/>, both ends inclusive) and a reference date (the
/// period's end unless given; it must lie in the period). There is no clock: every figure follows from these dates.
/// Definitions, with "active on day d" meaning <c>EnrolmentDate ≤ d</c> and (no exit or <c>d ≤ exit date</c>), i.e.
/// <see cref="ActiveParticipants.IsActiveOn"/>, and "held on day d" meaning <see cref="CurrentJobs.StandingOn"/> is not
/// <see cref="JobStanding.NotHeld"/> (the record metrics of <c>Ips.Core.Metrics</c>, shared with Ips.Core.Fidelity's fact
/// derivation):
/// </para>
/// <list type="bullet">
/// <item><b>Active participants</b>: active on at least one day of the period (<see cref="ActiveParticipants.IsActiveDuring"/>).</item>
/// <item><b>In paid work / in competitive work</b>: the denominator is the participants active on the reference date
/// ("aktive deltakere ved utgangen av måneden"); the count is those of them holding any paid job, resp. a job that is
/// competitive under <see cref="NavOutcomeOptions.CompetitiveJobPolicy"/>, on the reference date. Work trials are never
/// jobs.</item>
/// <item><b>Job starts in the last 6 / 12 months</b>: jobs whose start lies in [reference − n months + 1 day,
/// reference] (NodaTime month arithmetic, clamped to month ends): with reference 2019-09-30 the 6-month window is
/// 2019-03-31 to 2019-09-30. A job starting on the reference date counts, one starting the day after does not. Counted
/// as jobs and as distinct participants.</item>
/// <item><b>Days to first employer contact</b>: a participant's first contact is
/// <see cref="FirstEmployerContact"/>'s: the earliest in-person job-development contact naming them (made by the
/// specialist or by the participant alone; follow-ups of a working participant and "other" contacts do not count),
/// dated from entry (enrolment unless <see cref="FirstContactOptions.Entry"/> says referral) through the reference
/// date; the days are <see cref="DaysToFirstContact"/>'s (0 when on the entry day). The cohort is
/// <see cref="NavOutcomeOptions.FirstContactCohort"/>: by default the people whose first contact fell in the period
/// (from its start through the reference date); a person without a first contact is not in that cohort at all, so
/// <see cref="FirstContactOptions.WithoutContact"/> does not change it. With
/// <see cref="FirstContactCohort.EnrolledInPeriod"/> the cohort is the people enrolled in the period on or before the
/// reference date, and those without a contact count the days elapsed so far (to the reference date or the earlier
/// exit) unless <see cref="FirstContactOptions.WithoutContact"/> is <see cref="ParticipantsWithoutContact.LeaveOut"/>.
/// Median and mean over the measured participants. A site is a programme: use
/// <see cref="DaysToFirstEmployerContactBySite"/> for one row per programme.</item>
/// <item><b>Exits</b>: participants whose exit date lies in the period, by <see cref="NavEndReason"/> (with its
/// <see cref="NavEndReasonCategory"/>) and by <see cref="ExitStatus"/>; exits to work are the four work reasons.</item>
/// <item><b>Position size at exit</b>, in <see cref="PositionSizeBand"/>s (see <see cref="PositionSizeBands.Of"/>), by
/// <see cref="NavOutcomeOptions.PositionSizeCohort"/>: by default (<see cref="PositionSizeCohort.PeopleLeftForWork"/>)
/// the participants who exited in the period with a work end reason, each once, by the largest paid job held on the
/// exit date (ties: the first recorded); a work exit without a job then is in no band. With
/// <see cref="PositionSizeCohort.JobsHeldAtExit"/>: every paid job held on the exit date by anyone who exited in the
/// period, so one participant with two jobs gives two rows' worth.</item>
/// <item><b>Quarterly employment rate</b> (IPS learning community): for each calendar quarter overlapping the period,
/// the participants who held a competitive job on at least one day of the quarter on which they were active, divided by
/// the participants active on at least one day of the quarter (on a caseload at any time in the quarter). The quarter
/// is not clipped to the period's start (it is a calendar quarter), but is cut at the reference date, and quarters
/// starting after the reference date are left out; <see cref="QuarterlyEmploymentRate.IsComplete"/> says whether the
/// whole quarter was counted.</item>
/// </list>
/// <para>
/// Records dated after the reference date are ignored by the point-in-time figures, the look-back windows, the first
/// contact and the quarterly rate; the exit figures use the whole period. Time and memory are linear in the number of
/// records (one pass over participants, jobs and employer contacts, plus one pass over participants and jobs per
/// quarter); the only per-participant work is array indexing, and the median sorts one array (<see cref="DaysToFirstContact.Summarise"/>). Thread-safe: it keeps no
/// state.
/// </para>
/// </remarks>
public static class NavOutcomeCalculator
{
    private static readonly ImmutableArray<NavEndReason> Reasons = [.. Enum.GetValues<NavEndReason>()];

    private static readonly ImmutableArray<ExitStatus> Statuses = [.. Enum.GetValues<ExitStatus>()];

    private static readonly ImmutableArray<PositionSizeBand> Bands = [.. Enum.GetValues<PositionSizeBand>()];

    private static readonly ImmutableArray<NavBenefits> BenefitRows = [NavBenefits.None, .. Enum.GetValues<NavBenefits>().Where(b => b != NavBenefits.None)];

    /// <summary>Computes the report for one programme.</summary>
    /// <param name="programme">The programme (site).</param>
    /// <param name="period">The period; both ends inclusive.</param>
    /// <param name="referenceDate">The reference date, within the period; the period's end when null.</param>
    /// <param name="options">Options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <returns>The report, with the period and reference date stamped.</returns>
    /// <exception cref="ArgumentNullException">The programme or period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference date lies outside the period.</exception>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static NavOutcomeReport Calculate(IpsProgramme programme, DateInterval period, LocalDate? referenceDate = null, NavOutcomeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        var reference = CheckReference(period, referenceDate);
        return new Computation(programme, period, reference, Resolve(options)).Report();
    }

    /// <summary>Computes one report per programme, in the order given.</summary>
    /// <param name="programmes">The programmes (sites).</param>
    /// <param name="period">The period; both ends inclusive.</param>
    /// <param name="referenceDate">The reference date, within the period; the period's end when null.</param>
    /// <param name="options">Options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <returns>One report per programme.</returns>
    /// <exception cref="ArgumentNullException">An argument or a programme is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference date lies outside the period.</exception>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static ImmutableArray<NavOutcomeReport> Calculate(IEnumerable<IpsProgramme> programmes, DateInterval period, LocalDate? referenceDate = null, NavOutcomeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(period);
        var reference = CheckReference(period, referenceDate);
        var resolved = Resolve(options);
        var builder = ImmutableArray.CreateBuilder<NavOutcomeReport>();
        foreach (var programme in programmes)
        {
            ArgumentNullException.ThrowIfNull(programme, nameof(programmes));
            builder.Add(new Computation(programme, period, reference, resolved).Report());
        }

        return builder.ToImmutable();
    }

    /// <summary>Computes the days from enrolment to the first in-person employer contact for one programme.</summary>
    /// <param name="programme">The programme (site).</param>
    /// <param name="period">The period; both ends inclusive.</param>
    /// <param name="referenceDate">The reference date, within the period; the period's end when null.</param>
    /// <param name="options">Options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">The programme or period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference date lies outside the period.</exception>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static DaysToFirstEmployerContact DaysToFirstEmployerContact(IpsProgramme programme, DateInterval period, LocalDate? referenceDate = null, NavOutcomeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        var reference = CheckReference(period, referenceDate);
        return new Computation(programme, period, reference, Resolve(options)).FirstContact();
    }

    /// <summary>Computes the days from enrolment to the first in-person employer contact per site: one row per programme, in the order given.</summary>
    /// <param name="programmes">The programmes; each is a site.</param>
    /// <param name="period">The period; both ends inclusive.</param>
    /// <param name="referenceDate">The reference date, within the period; the period's end when null.</param>
    /// <param name="options">Options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <returns>One row per programme.</returns>
    /// <exception cref="ArgumentNullException">An argument or a programme is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reference date lies outside the period.</exception>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static ImmutableArray<SiteDaysToFirstEmployerContact> DaysToFirstEmployerContactBySite(IEnumerable<IpsProgramme> programmes, DateInterval period, LocalDate? referenceDate = null, NavOutcomeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(period);
        var reference = CheckReference(period, referenceDate);
        var resolved = Resolve(options);
        var builder = ImmutableArray.CreateBuilder<SiteDaysToFirstEmployerContact>();
        foreach (var programme in programmes)
        {
            ArgumentNullException.ThrowIfNull(programme, nameof(programmes));
            var days = new Computation(programme, period, reference, resolved).FirstContact();
            builder.Add(new SiteDaysToFirstEmployerContact(programme.Id, period, reference, days));
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Computes the outcome tables per group: for each site (programme, in the order given) one
    /// <see cref="NavOutcomeTables"/> per group of its participants under <paramref name="grouping"/>, each exactly as
    /// <see cref="NavOutcomeTables.Create"/> computes them for the whole site, but over the group's participants and
    /// their records only.
    /// </summary>
    /// <param name="programmes">The programmes; each is a site. Groups never pool sites (a median cannot be pooled from its parts): to pool, build one programme.</param>
    /// <param name="period">The first column's period, both ends inclusive.</param>
    /// <param name="grouping">What to split by: <see cref="OutcomeGrouping.Site"/>, <see cref="OutcomeGrouping.Measure"/>, <see cref="OutcomeGrouping.AgeBand"/>, <see cref="OutcomeGrouping.ReferringUnit"/> or <see cref="OutcomeGrouping.Tag"/>.</param>
    /// <param name="secondPeriod">The second column's period; when null, the year to date (as <see cref="NavOutcomeTables.Create"/>).</param>
    /// <param name="options">Options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <param name="suppression">The small-cell policy, applied to each group's tables on its own; <see cref="SmallCellSuppression.Off"/> when null.</param>
    /// <returns>
    /// Per site, the groups that have at least one participant: measures in <see cref="NavMeasure.All"/> order, age
    /// bands youngest first, referring units and tags in ordinal order of their value; then the group of participants
    /// without the characteristic recorded. A participant is in exactly one group, except under
    /// <see cref="OutcomeGrouping.Tag"/>, where they are in the group of each of their tags (the groups overlap and do
    /// not add up to the site).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or a programme is null.</exception>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static ImmutableArray<NavOutcomeGroup> ComputeBy(IEnumerable<IpsProgramme> programmes, DateInterval period, OutcomeGrouping grouping, DateInterval? secondPeriod = null, NavOutcomeOptions? options = null, SmallCellSuppression? suppression = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(grouping);
        var resolved = Resolve(options);
        var builder = ImmutableArray.CreateBuilder<NavOutcomeGroup>();
        foreach (var programme in programmes)
        {
            ArgumentNullException.ThrowIfNull(programme, nameof(programmes));
            foreach (var (key, include, count) in NavOutcomeGrouper.Groups(programme, grouping))
            {
                var tables = NavOutcomeTables.Compute(programme, period, secondPeriod, resolved, suppression, include, key);
                builder.Add(new NavOutcomeGroup(programme.Id, key, count, tables));
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The look-back window for job starts: the day after the same day <paramref name="months"/> months before <paramref name="referenceDate"/>, through <paramref name="referenceDate"/>.</summary>
    /// <param name="referenceDate">The last day of the window.</param>
    /// <param name="months">The length in months, at least 1.</param>
    /// <returns>The window, both ends inclusive.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is below 1.</exception>
    public static DateInterval LookBackWindow(LocalDate referenceDate, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return new DateInterval(referenceDate.PlusMonths(-months).PlusDays(1), referenceDate);
    }

    /// <summary>One report over the participants marked in <paramref name="include"/> (all when null), with options already resolved.</summary>
    internal static NavOutcomeReport Calculate(IpsProgramme programme, DateInterval period, NavOutcomeOptions options, bool[]? include) =>
        new Computation(programme, period, period.End, options, include).Report();

    internal static NavOutcomeOptions Resolve(NavOutcomeOptions? options)
    {
        if (options is null || ReferenceEquals(options, NavOutcomeOptions.Default))
        {
            return NavOutcomeOptions.Default;
        }

        NavOutcomeOptionsValidator.Instance.ValidateAndThrow(options);
        return options;
    }

    private static LocalDate CheckReference(DateInterval period, LocalDate? referenceDate)
    {
        var reference = referenceDate ?? period.End;
        if (!period.Contains(reference))
        {
            throw new ArgumentOutOfRangeException(
                nameof(referenceDate),
                Invariant($"The reference date {reference:uuuu-MM-dd} lies outside the period {period.Start:uuuu-MM-dd}..{period.End:uuuu-MM-dd}; it must be within the period (both ends inclusive)."));
        }

        return reference;
    }

    /// <summary>One calculation's state: per-participant arrays indexed like <see cref="IpsProgramme.Participants"/>.</summary>
    private sealed class Computation
    {
        private readonly IpsProgramme _programme;
        private readonly DateInterval _period;
        private readonly LocalDate _reference;
        private readonly NavOutcomeOptions _options;
        private readonly Dictionary<ParticipantId, int> _index;
        private readonly bool[]? _include;

        internal Computation(IpsProgramme programme, DateInterval period, LocalDate reference, NavOutcomeOptions options, bool[]? include = null)
        {
            _include = include;
            _programme = programme;
            _period = period;
            _reference = reference;
            _options = options;
            var participants = programme.Participants;
            _index = new Dictionary<ParticipantId, int>(participants.Length);
            for (var i = 0; i < participants.Length; i++)
            {
                _index.TryAdd(participants[i].Id, i);
            }
        }

        internal NavOutcomeReport Report()
        {
            var participants = _programme.Participants;
            var jobs = _programme.Jobs;
            var policy = _options.CompetitiveJobPolicy;
            var n = participants.Length;

            var active = 0;
            var activeOnReference = 0;
            for (var i = 0; i < n; i++)
            {
                var p = participants[i];
                if (!In(i))
                {
                    continue;
                }

                if (ActiveParticipants.IsActiveDuring(p, _period))
                {
                    active++;
                }

                if (ActiveParticipants.IsActiveOn(p, _reference))
                {
                    activeOnReference++;
                }
            }

            // Per participant: bit 0 paid job on the reference date, bit 1 competitive job then, bit 2 counted for the
            // 6-month starts, bit 3 for the 12-month starts, bit 4 holds a job on the exit date.
            var flags = new byte[n];
            var jobIndex = new int[jobs.Length];
            var competitive = new bool[jobs.Length];
            var window6 = LookBackWindow(_reference, 6);
            var window12 = LookBackWindow(_reference, 12);
            int starts6 = 0, starts12 = 0, people6 = 0, people12 = 0;
            for (var j = 0; j < jobs.Length; j++)
            {
                var job = jobs[j];
                competitive[j] = job.IsCompetitive(policy);
                var i = _index.TryGetValue(job.Participant, out var found) && In(found) ? found : -1;
                jobIndex[j] = i;
                if (i < 0)
                {
                    continue;
                }

                var standing = CurrentJobs.StandingOn(job, _reference, policy);
                if (standing != JobStanding.NotHeld)
                {
                    flags[i] |= standing >= JobStanding.Competitive ? (byte)3 : (byte)1;
                }

                if (window6.Contains(job.Start))
                {
                    starts6++;
                    people6 += Mark(flags, i, 4);
                }

                if (window12.Contains(job.Start))
                {
                    starts12++;
                    people12 += Mark(flags, i, 8);
                }
            }

            int paid = 0, competitiveWorkers = 0;
            for (var i = 0; i < n; i++)
            {
                if (In(i) && ActiveParticipants.IsActiveOn(participants[i], _reference))
                {
                    paid += flags[i] & 1;
                    competitiveWorkers += (flags[i] >> 1) & 1;
                }
            }

            var (exits, bands) = ExitsAndBands(flags, jobIndex);
            return new NavOutcomeReport(
                _programme.Id,
                _period,
                _reference,
                active,
                new CountShare(paid, activeOnReference),
                new CountShare(competitiveWorkers, activeOnReference),
                new JobStartCounts(window6, starts6, people6),
                new JobStartCounts(window12, starts12, people12),
                FirstContact(),
                exits,
                bands,
                QuarterlyRates(competitive, jobIndex),
                _options);
        }

        internal DaysToFirstEmployerContact FirstContact()
        {
            var participants = _programme.Participants;
            var n = participants.Length;
            var contactOptions = _options.FirstContact;
            var byFirstContact = _options.FirstContactCohort == FirstContactCohort.FirstContactInPeriod;
            var first = FirstEmployerContact.FindAll(_programme, _reference, contactOptions.Entry);
            var days = new int[n];
            var measured = 0;
            int cohort = 0, withContact = 0;
            for (var i = 0; i < n; i++)
            {
                var p = participants[i];
                var contact = first[i];
                var inCohort = In(i) && (byFirstContact
                    ? contact is { } date && date >= _period.Start
                    : _period.Contains(p.EnrolmentDate) && p.EnrolmentDate <= _reference);
                if (!inCohort)
                {
                    continue;
                }

                cohort++;
                withContact += contact.HasValue ? 1 : 0;
                if (DaysToFirstContact.Of(p, contact, _reference, contactOptions) is not { } value)
                {
                    continue;
                }

                days[measured++] = value;
            }

            var summary = DaysToFirstContact.Summarise(days.AsSpan(0, measured));
            return new DaysToFirstEmployerContact(
                _options.FirstContactCohort,
                contactOptions,
                cohort,
                withContact,
                cohort - withContact,
                measured,
                summary.MedianDays,
                summary.MeanDays);
        }

        private bool In(int i) => _include is null || _include[i];

        // On call has no percentage and is the smallest position.
        private static decimal Size(Jobs.Job job) => job.PositionSize.PercentOfFullTime ?? -1m;

        private static int Mark(byte[] flags, int i, byte bit)
        {
            if ((flags[i] & bit) != 0)
            {
                return 0;
            }

            flags[i] |= bit;
            return 1;
        }

        private (ExitFigures Exits, ImmutableArray<PositionSizeBandCount> Bands) ExitsAndBands(byte[] flags, int[] jobIndex)
        {
            var participants = _programme.Participants;
            var byReason = new int[Reasons.Length];
            var byStatus = new int[Statuses.Length];
            int total = 0, toWork = 0, toEducation = 0;
            var benefits = new BenefitTally();
            for (var i = 0; i < participants.Length; i++)
            {
                if (In(i) && participants[i].ExitRecord is { } exit && _period.Contains(exit.Date))
                {
                    total++;
                    benefits.Add(participants[i].Characteristics.BenefitsAtEntry, exit);
                    byReason[Reasons.IndexOf(exit.Reason)]++;
                    byStatus[Statuses.IndexOf(exit.Status)]++;
                    var category = NavEndReasons.CategoryOf(exit.Reason);
                    toWork += category == NavEndReasonCategory.Work ? 1 : 0;
                    toEducation += category == NavEndReasonCategory.Education ? 1 : 0;
                }
            }

            var jobs = _programme.Jobs;
            var byBand = new int[Bands.Length];
            var bandTotal = 0;
            var withJob = 0;
            var perPerson = _options.PositionSizeCohort == PositionSizeCohort.PeopleLeftForWork;

            // Per participant under PeopleLeftForWork: the index of the largest job held on the exit date, or -1.
            var largest = perPerson ? new int[participants.Length] : [];
            Array.Fill(largest, -1);
            for (var j = 0; j < jobs.Length; j++)
            {
                var i = jobIndex[j];
                if (i < 0 || participants[i].ExitRecord is not { } exit || !_period.Contains(exit.Date) || !jobs[j].IsActiveOn(exit.Date))
                {
                    continue;
                }

                withJob += Mark(flags, i, 16);
                if (!perPerson)
                {
                    byBand[(int)PositionSizeBands.Of(jobs[j].PositionSize)]++;
                    bandTotal++;
                }
                else if (NavEndReasons.IsWork(exit.Reason) && (largest[i] < 0 || Size(jobs[j]) > Size(jobs[largest[i]])))
                {
                    largest[i] = j;
                }
            }

            for (var i = 0; i < largest.Length; i++)
            {
                if (largest[i] >= 0)
                {
                    byBand[(int)PositionSizeBands.Of(jobs[largest[i]].PositionSize)]++;
                    bandTotal++;
                }
            }

            var reasons = ImmutableArray.CreateBuilder<ExitReasonCount>(Reasons.Length);
            for (var r = 0; r < Reasons.Length; r++)
            {
                reasons.Add(new ExitReasonCount(Reasons[r], NavEndReasons.CategoryOf(Reasons[r]), new CountShare(byReason[r], total)));
            }

            var statuses = ImmutableArray.CreateBuilder<ExitStatusCount>(Statuses.Length);
            for (var s = 0; s < Statuses.Length; s++)
            {
                statuses.Add(new ExitStatusCount(Statuses[s], new CountShare(byStatus[s], total)));
            }

            var bands = ImmutableArray.CreateBuilder<PositionSizeBandCount>(Bands.Length);
            for (var b = 0; b < Bands.Length; b++)
            {
                bands.Add(new PositionSizeBandCount(Bands[b], new CountShare(byBand[b], bandTotal)));
            }

            var figures = new ExitFigures(
                total,
                reasons.MoveToImmutable(),
                new CountShare(toWork, total),
                new CountShare(toEducation, total),
                statuses.MoveToImmutable(),
                new CountShare(withJob, total))
            {
                Benefits = benefits.Figures(total),
            };
            return (figures, bands.MoveToImmutable());
        }

        private ImmutableArray<QuarterlyEmploymentRate> QuarterlyRates(bool[] competitive, int[] jobIndex)
        {
            var participants = _programme.Participants;
            var jobs = _programme.Jobs;
            var result = ImmutableArray.CreateBuilder<QuarterlyEmploymentRate>();

            // Stamp = quarter number + 1: on a caseload in the quarter (onCaseload) and already counted as working (working).
            var onCaseload = new int[participants.Length];
            var working = new int[participants.Length];
            var quarterStart = new LocalDate(_period.Start.Year, ((_period.Start.Month - 1) / 3 * 3) + 1, 1);
            var stamp = 0;
            while (quarterStart <= _period.End && quarterStart <= _reference)
            {
                stamp++;
                var quarterEnd = quarterStart.PlusMonths(3).PlusDays(-1);
                var windowEnd = quarterEnd <= _reference ? quarterEnd : _reference;
                var window = new DateInterval(quarterStart, windowEnd);
                var denominator = 0;
                for (var i = 0; i < participants.Length; i++)
                {
                    if (In(i) && ActiveParticipants.IsActiveDuring(participants[i], window))
                    {
                        onCaseload[i] = stamp;
                        denominator++;
                    }
                }

                var numerator = 0;
                for (var j = 0; j < jobs.Length; j++)
                {
                    var i = jobIndex[j];
                    if (!competitive[j] || i < 0 || onCaseload[i] != stamp || working[i] == stamp)
                    {
                        continue;
                    }

                    // The job must overlap the days of the window on which the participant was active.
                    var p = participants[i];
                    var from = p.EnrolmentDate > quarterStart ? p.EnrolmentDate : quarterStart;
                    var to = p.ExitRecord is { } exit && exit.Date < windowEnd ? exit.Date : windowEnd;
                    var job = jobs[j];
                    if (job.Start <= to && (job.End is null || job.End.Value >= from))
                    {
                        working[i] = stamp;
                        numerator++;
                    }
                }

                result.Add(new QuarterlyEmploymentRate(
                    quarterStart.Year,
                    ((quarterStart.Month - 1) / 3) + 1,
                    new DateInterval(quarterStart, quarterEnd),
                    window,
                    new CountShare(numerator, denominator)));
                quarterStart = quarterStart.PlusMonths(3);
            }

            return result.ToImmutable();
        }
    }

    /// <summary>Counts benefits at entry and exit over the exits of a period.</summary>
    private sealed class BenefitTally
    {
        private readonly int[] _atEntry = new int[BenefitRows.Length];
        private readonly int[] _atExit = new int[BenefitRows.Length];
        private int _recordedAtEntry;
        private int _recordedAtExit;
        private int _toWorkWithout;
        private int _toWorkNotRecorded;

        internal void Add(NavBenefits? atEntry, ParticipantExit exit)
        {
            if (atEntry is { } entry)
            {
                _recordedAtEntry++;
                Count(_atEntry, entry);
            }

            var work = NavEndReasons.IsWork(exit.Reason);
            if (exit.BenefitsAtExit is { } atExit)
            {
                _recordedAtExit++;
                Count(_atExit, atExit);
                _toWorkWithout += work && atExit == NavBenefits.None ? 1 : 0;
            }
            else
            {
                _toWorkNotRecorded += work ? 1 : 0;
            }
        }

        internal BenefitFigures Figures(int exits)
        {
            var rows = ImmutableArray.CreateBuilder<BenefitCount>(BenefitRows.Length);
            for (var b = 0; b < BenefitRows.Length; b++)
            {
                rows.Add(new BenefitCount(BenefitRows[b], new CountShare(_atEntry[b], _recordedAtEntry), new CountShare(_atExit[b], _recordedAtExit)));
            }

            return new BenefitFigures(_recordedAtEntry, _recordedAtExit, new CountShare(_toWorkWithout, exits), _toWorkNotRecorded, rows.MoveToImmutable());
        }

        private static void Count(int[] counts, NavBenefits benefits)
        {
            if (benefits == NavBenefits.None)
            {
                counts[0]++;
                return;
            }

            for (var b = 1; b < BenefitRows.Length; b++)
            {
                counts[b] += (benefits & BenefitRows[b]) != 0 ? 1 : 0;
            }
        }
    }
}
