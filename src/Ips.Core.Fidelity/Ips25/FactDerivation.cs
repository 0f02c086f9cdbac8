using System.Collections.Immutable;
using FluentValidation;
using Ips.Core.Employers;
using Ips.Core.Fidelity.Facts;
using Ips.Core.FollowAlong;
using Ips.Core.Metrics;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>Derives IPS-25 facts (items 1, 4, 13, 15, 16, 17, 19, 20, 21, 23, 24) from one programme's records.</summary>
/// <remarks>
/// <para>Definitions (S–E is the period, R the review date; "in person" and "in the window" as recorded):</para>
/// <list type="bullet">
/// <item><b>1</b> per specialist: <c>activeParticipants</c> = participants on the specialist's caseload who are active
/// on R (<see cref="ActiveParticipants.IsActiveOn"/>); <c>fullTimeEquivalents</c> = the specialist's FTE. The programme ratio is in <see cref="DerivedReview.Caseload"/>.
/// A caseload loaded from records over its capacity (<see cref="Ips.Core.Caseloads.Caseload.FromRecords"/>) counts every
/// participant on it, so the ratio is the true one (the programme reports it in <see cref="IpsProgramme.Findings"/>).</item>
/// <item><b>4</b> per specialist: <c>separateVocationalProgramme</c> = no assigned team; <c>treatmentTeamsAssigned</c>;
/// <c>caseloadFromAssignedTeamsPercent</c> = share of those active participants referred by one of the specialist's
/// teams. <c>cliniciansOrganisedInTeams</c> is not in the records: the reviewer supplies it. A specialist with teams
/// but no active participant is left out.</item>
/// <item><b>13</b>: over disclosure discussions in S–E: element b if any covered both the pros and cons and
/// accommodations (the element asks for both; a discussion of one only does not show it), c if any gave wording
/// examples, d if any participant had more than one. Element a is not in the records. Nothing is derived without a
/// discussion in the period.</item>
/// <item><b>15</b>: participants enrolled in S–E (or on or before E, by <see cref="DerivationOptions.IncludeEnrolledBeforePeriod"/>);
/// the days from entry (enrolment unless <see cref="FirstContactOptions.Entry"/> says referral) to the first employer
/// contact, <see cref="FirstEmployerContact"/>'s (in person, naming them, purpose job development — by anyone;
/// follow-ups of a working participant and "other" do not count) dated from entry to E, as
/// <see cref="DaysToFirstContact"/> counts them (E is the as-of date). Without one, the days from entry to E (or to
/// the exit, if earlier) count by default, or the participant is left out
/// (<see cref="FirstContactOptions.WithoutContact"/>, the option <c>NavOutcomeCalculator</c> shares).
/// Nothing is derived without employer-contact records. <c>employerContactsTracked</c> is true when at least one employer
/// contact is dated in S–E; without one it is not derived (records dated after the review never show tracking).</item>
/// <item><b>16</b> per specialist: of the specialist's participant-specific job-development contacts in S–E (those made
/// to find a job, <see cref="FirstEmployerContact.IsAboutAJob"/>; follow-ups of working participants and "other" do not
/// count) whose preference field is recorded, the share that followed preferences. <c>consistentWithJobSearchPlan</c> is supplied by the reviewer.</item>
/// <item><b>17</b> per specialist: in-person job-development contacts (<see cref="FirstEmployerContact.IsAboutAJob"/>) in S–E ÷ (days in S–E ÷ 7);
/// <c>jobSeekers</c> = active participants on the caseload on R in phase JobSearch (the phase as recorded).
/// <c>contactLogReview</c> is supplied by the reviewer.</item>
/// <item><b>19, 20</b>: jobs held at some time in the year ending on R (R minus one year plus one day through R);
/// distinct STYRK-08 codes at <see cref="DerivationOptions.JobTypeLevel"/>, and distinct employers: one per
/// organisation number where the employer records carry one (two records with the same number are one employer),
/// otherwise one per employer record. Work trials are never jobs.</item>
/// <item><b>21</b>: jobs held on R; of them, permanent-competitive under <see cref="DerivationOptions.CompetitiveJobPolicy"/>
/// (<see cref="CurrentJobs.StandingOn"/>).</item>
/// <item><b>23</b>: see <see cref="FollowAlongEvidence"/>; jobs started in the 365 days ending on E. Level rule: no job
/// observed two months → not derived; none of those with contact after month one → <c>noContactAfterFirstMonth</c>;
/// no job observed four months → not derived; under half of those with contact in each of months 1–4 →
/// <c>fewerThanHalfForFourMonths</c>; under half of them observed a year or more (365 days) with weekly contact in month
/// one and contact in each of months two to twelve → <c>atLeastHalfForFourMonths</c> (a job observed less than a year
/// cannot show support for a year); otherwise <c>weeklyThenMonthlyForAYear</c>. Level 5 also needs a planned
/// step-down and a response to job loss, which records do not show, so it is never derived.</item>
/// <item><b>24</b> for the programme (policy 2, "basert på total, samlet arbeidstid"): the pooled share, all
/// specialists' community hours ÷ all their scheduled hours × 100, over specialists with both recorded and scheduled
/// &gt; 0; each one's own share is in <see cref="FactProvenance.SpecialistShares"/>, the others are omitted
/// (<see cref="ExclusionReason.HoursNotRecorded"/>).</item>
/// </list>
/// <para>
/// Performance: one pass per record type, ids mapped to positions once per programme, counters in arrays; no LINQ,
/// closures or allocation per record. Thread-safe (no shared state).
/// </para>
/// </remarks>
public static class FactDerivation
{
    /// <summary>Derives the facts for one programme.</summary>
    /// <param name="programme">The programme's records.</param>
    /// <param name="options">Period, review date and counting choices.</param>
    /// <returns>The derived facts with provenance and evidence.</returns>
    /// <exception cref="ValidationException">The options are invalid (see <see cref="DerivationOptionsValidator"/>).</exception>
    /// <example>
    /// <code>
    /// var period = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30));
    /// DerivedReview derived = FactDerivation.Derive(programme, DerivationOptions.For(period));
    /// DerivedFact? days = derived.Find(15, "meanDaysToFirstEmployerContact");   // with days.Provenance
    /// FidelityReport report = Ips25Scale.Engine.Score(derived.MergeWith(reviewerFacts));
    /// </code>
    /// </example>
    public static DerivedReview Derive(IpsProgramme programme, DerivationOptions options)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(options);
        DerivationOptionsValidator.Instance.ValidateAndThrow(options);
        return new Deriver(programme, options).Run();
    }

    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>Days since 0001-01-01 (ISO), equal to <c>date.ToDateOnly().DayNumber</c> but without its checks (hot path).</summary>
    internal static int Day(LocalDate date)
    {
        var year = date.Year;
        var month = date.Month;
        var y = year - 1;
        var days = (365 * y) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + date.Day - 1;
        if (month > 2 && (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0))
        {
            days++;
        }

        return days;
    }

    private sealed class Deriver
    {
        private const int FollowAlongLookBackDays = 365;
        private const int DaysInAYear = 365;

        private readonly IpsProgramme programme;
        private readonly DerivationOptions options;
        private readonly int start;
        private readonly int end;
        private readonly int review;
        private readonly int specialistCount;
        private readonly string[] labels;
        private readonly ImmutableArray<DerivedFact>.Builder facts = ImmutableArray.CreateBuilder<DerivedFact>();
        private readonly ImmutableArray<OmittedSpecialist>.Builder omitted = ImmutableArray.CreateBuilder<OmittedSpecialist>();
        private readonly DateInterval reviewDay;
        private IdIndex participantIndex = null!;
        private IdIndex specialistIndex = null!;

        public Deriver(IpsProgramme programme, DerivationOptions options)
        {
            this.programme = programme;
            this.options = options;
            start = Day(options.Period.Start);
            end = Day(options.Period.End);
            review = Day(options.ReviewDate);
            reviewDay = new DateInterval(options.ReviewDate, options.ReviewDate);
            specialistCount = programme.Specialists.Length;
            labels = new string[specialistCount];
            for (var s = 0; s < specialistCount; s++)
            {
                labels[s] = "ES " + (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        public DerivedReview Run()
        {
            var specialists = programme.Specialists;
            specialistIndex = new IdIndex(specialistCount);
            for (var s = 0; s < specialistCount; s++)
            {
                specialistIndex.Add(specialists[s].Id.Value, s);
            }

            var participants = programme.Participants;
            var n = participants.Length;
            participantIndex = new IdIndex(n);
            var enrol = new int[n];
            var entry = new int[n];
            var activeOnReview = new bool[n];
            var entryKind = options.FirstContact.Entry;
            for (var i = 0; i < n; i++)
            {
                var participant = participants[i];
                participantIndex.Add(participant.Id.Value, i);
                enrol[i] = Day(participant.EnrolmentDate);
                entry[i] = entryKind == ProgrammeEntry.Enrolment ? enrol[i] : Day(FirstEmployerContact.EntryDate(participant, entryKind));
                activeOnReview[i] = ActiveParticipants.IsActiveOn(participant, options.ReviewDate);
            }

            var hasParticipants = n > 0;

            // Caseloads on the review date: items 1, 4 and 17's job seekers.
            var active = new int[specialistCount];
            var fromTeams = new int[specialistCount];
            var seekers = new int[specialistCount];
            var caseloadTally = new Tally(specialistCount);
            var onCaseload = 0;
            foreach (var caseload in programme.Caseloads)
            {
                var s = specialistIndex.Find(caseload.Specialist.Value);
                if (s < 0)
                {
                    continue;
                }

                var teams = specialists[s].Teams;
                var entries = caseload.Participants;
                for (var k = 0; k < entries.Length; k++)
                {
                    var i = participantIndex.Find(entries[k].Value);
                    if (i < 0)
                    {
                        continue;
                    }

                    onCaseload++;
                    if (!activeOnReview[i])
                    {
                        caseloadTally.Add(s, ExclusionReason.NotActiveOnReviewDate);
                        continue;
                    }

                    active[s]++;
                    var participant = participants[i];
                    if (participant.ReferralSource.Team is { } team && teams.Contains(team))
                    {
                        fromTeams[s]++;
                    }

                    if (participant.Phase == ParticipantPhase.JobSearch)
                    {
                        seekers[s]++;
                    }
                }
            }

            caseloadTally.Add(caseloadTally.Unattributed, ExclusionReason.NotOnCaseload, n - onCaseload);

            // Employer contacts: items 15, 16, 17.
            var contacts17 = new int[specialistCount];
            var recorded16 = new int[specialistCount];
            var followed16 = new int[specialistCount];
            var tally16 = new Tally(specialistCount);
            var tally17 = new Tally(specialistCount);
            var tally15 = new Tally(0);
            var first = new int[n];
            var firstDate = new LocalDate?[n];
            Array.Fill(first, int.MaxValue);
            var cohortStart = options.IncludeEnrolledBeforePeriod ? int.MinValue : start;
            var used15 = 0;
            var used16 = 0;
            var contactsInWindow = 0;
            var employerContacts = programme.EmployerContacts;
            for (var k = 0; k < employerContacts.Length; k++)
            {
                var contact = employerContacts[k];
                var day = Day(contact.Date);
                var inWindow = day >= start && day <= end;
                var s = contact.Specialist is { } id ? specialistIndex.Find(id.Value) : -1;
                var named = contact.Participants;
                var aboutAJob = FirstEmployerContact.IsAboutAJob(contact);
                if (inWindow)
                {
                    contactsInWindow++;
                }

                if (s < 0)
                {
                    tally17.Add(tally17.Unattributed, ExclusionReason.NoSpecialist);
                    tally16.Add(tally16.Unattributed, ExclusionReason.NoSpecialist);
                }
                else
                {
                    if (!inWindow)
                    {
                        tally17.Add(s, ExclusionReason.OutsideWindow);
                        tally16.Add(s, ExclusionReason.OutsideWindow);
                    }
                    else
                    {
                        if (!contact.InPerson)
                        {
                            tally17.Add(s, ExclusionReason.NotInPerson);
                        }
                        else if (!aboutAJob)
                        {
                            tally17.Add(s, ExclusionReason.NotJobDevelopment);
                        }
                        else
                        {
                            contacts17[s]++;
                        }

                        if (named.IsEmpty)
                        {
                            tally16.Add(s, ExclusionReason.GeneralContact);
                        }
                        else if (!aboutAJob)
                        {
                            tally16.Add(s, ExclusionReason.NotJobDevelopment);
                        }
                        else if (contact.FollowedPreferences is not { } followed)
                        {
                            tally16.Add(s, ExclusionReason.PreferencesNotRecorded);
                        }
                        else
                        {
                            used16++;
                            recorded16[s]++;
                            if (followed)
                            {
                                followed16[s]++;
                            }
                        }
                    }
                }

                switch (FirstEmployerContact.Check(contact, options.Period.End))
                {
                    case FirstContactCheck.GeneralContact:
                        tally15.Add(0, ExclusionReason.GeneralContact);
                        break;
                    case FirstContactCheck.NotInPerson:
                        tally15.Add(0, ExclusionReason.NotInPerson, named.Length);
                        break;
                    case FirstContactCheck.NotJobDevelopment:
                        tally15.Add(0, ExclusionReason.NotJobDevelopment, named.Length);
                        break;
                    case FirstContactCheck.AfterAsOfDate:
                        tally15.Add(0, ExclusionReason.OutsideWindow, named.Length);
                        break;
                    default:
                        for (var m = 0; m < named.Length; m++)
                        {
                            var i = participantIndex.Find(named[m].Value);
                            if (i < 0 || enrol[i] < cohortStart || enrol[i] > end)
                            {
                                tally15.Add(0, ExclusionReason.EnrolledOutsideCohort);
                            }
                            else if (day < entry[i])
                            {
                                tally15.Add(0, ExclusionReason.BeforeEnrolment);
                            }
                            else
                            {
                                used15++;
                                if (day < first[i])
                                {
                                    first[i] = day;
                                    firstDate[i] = contact.Date;
                                }
                            }
                        }

                        break;
                }
            }

            // Item 15 days, per cohort participant.
            var days = new int[n];
            var counted = 0;
            var withContact = 0;
            var withoutCounted = 0;
            for (var i = 0; i < n; i++)
            {
                if (enrol[i] < cohortStart || enrol[i] > end)
                {
                    continue;
                }

                if (DaysToFirstContact.Of(participants[i], firstDate[i], options.Period.End, options.FirstContact) is not { } d)
                {
                    tally15.Add(0, ExclusionReason.NoEmployerContactYet);
                    continue;
                }

                if (firstDate[i].HasValue)
                {
                    withContact++;
                }
                else
                {
                    withoutCounted++;
                }

                days[counted++] = d;
            }

            var summary = DaysToFirstContact.Summarise(days.AsSpan(0, counted));
            var mean = summary.MeanDays;
            var median = summary.MedianDays;

            // Jobs: items 19, 20, 21, and the item 23 cohort.
            var jobs = programme.Jobs;
            var jobCount = jobs.Length;
            var jobIndex = new IdIndex(jobCount);
            var employerIndex = new IdIndex(programme.Employers.Length);
            var employerKey = new int[programme.Employers.Length];
            Dictionary<string, int>? byOrganisationNumber = null;
            for (var e = 0; e < programme.Employers.Length; e++)
            {
                var employer = programme.Employers[e];
                employerIndex.Add(employer.Id.Value, e);

                // Item 20: an employer is counted once; two records with one organisation number are one employer.
                employerKey[e] = e;
                if (employer.OrganisationNumber is { } number)
                {
                    byOrganisationNumber ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    if (!byOrganisationNumber.TryAdd(number.Value, e))
                    {
                        employerKey[e] = byOrganisationNumber[number.Value];
                    }
                }
            }

            var yearStart = Day(options.ReviewDate.PlusYears(-1).PlusDays(1));
            var lookBackStart = end - (FollowAlongLookBackDays - 1);
            var divisor = options.JobTypeLevel switch
            {
                JobTypeLevel.MinorGroup => 10,
                JobTypeLevel.SubMajorGroup => 100,
                JobTypeLevel.MajorGroup => 1000,
                _ => 1,
            };
            var codes = new int[jobCount];
            var employers = new int[jobCount];
            var held = 0;
            var current = 0;
            var permanent = 0;
            var tallyYear = new Tally(0);
            var tally21 = new Tally(0);
            var jobStart = new int[jobCount];
            var jobHorizon = new int[jobCount];
            var jobMask = new int[jobCount];
            var policy = options.CompetitiveJobPolicy;
            for (var j = 0; j < jobCount; j++)
            {
                var job = jobs[j];
                jobIndex.Add(job.Id.Value, j);
                var first0 = Day(job.Start);
                var last = job.End is { } endDate ? Day(endDate) : int.MaxValue;
                if (first0 <= review && last >= yearStart)
                {
                    var code = job.Occupation.Code.Value;
                    codes[held] = (((code[0] - '0') * 1000) + ((code[1] - '0') * 100) + ((code[2] - '0') * 10) + (code[3] - '0')) / divisor;
                    var e = employerIndex.Find(job.Employer.Value);
                    employers[held] = e < 0 ? e : employerKey[e];
                    held++;
                }
                else
                {
                    tallyYear.Add(0, ExclusionReason.OutsideWindow);
                }

                var standing = CurrentJobs.StandingOn(job, options.ReviewDate, policy);
                if (standing != JobStanding.NotHeld)
                {
                    current++;
                    if (standing == JobStanding.PermanentCompetitive)
                    {
                        permanent++;
                    }
                }
                else
                {
                    tally21.Add(0, ExclusionReason.NotCurrentOnReviewDate);
                }

                jobStart[j] = first0;
                jobHorizon[j] = first0 >= lookBackStart && first0 <= end ? Math.Min(end, last) : int.MinValue;
            }

            foreach (var trial in programme.WorkTrials)
            {
                if (Day(trial.Start) <= review && (trial.End is not { } trialEnd || Day(trialEnd) >= review))
                {
                    tally21.Add(0, ExclusionReason.WorkTrialNotAJob);
                }
            }

            var distinctTypes = CountDistinct(codes.AsSpan(0, held));
            var distinctEmployers = CountDistinct(employers.AsSpan(0, held));

            // Follow-along contacts: item 23.
            var tally23 = new Tally(0);
            var used23 = 0;
            foreach (var contact in programme.FollowAlongContacts)
            {
                if (!contact.InPerson)
                {
                    tally23.Add(0, ExclusionReason.NotInPerson);
                    continue;
                }

                if (contact.By == FollowAlongProvider.Other)
                {
                    tally23.Add(0, ExclusionReason.OtherProvider);
                    continue;
                }

                var j = jobIndex.Find(contact.Job.Value);
                if (j < 0 || jobHorizon[j] == int.MinValue)
                {
                    tally23.Add(0, ExclusionReason.JobNotInCohort);
                    continue;
                }

                var day = Day(contact.Date);
                var d = day - jobStart[j];
                if (d < -7 || day > jobHorizon[j])
                {
                    tally23.Add(0, ExclusionReason.OutsideWindow);
                    continue;
                }

                used23++;
                jobMask[j] |= Bits(d);
            }

            var followAlong = FollowAlong(jobStart, jobHorizon, jobMask);

            // Disclosure discussions: item 13.
            var discussed = new int[n];
            var tally13 = new Tally(0);
            int discussions = 0, distinct = 0, twice = 0, pros = 0, accommodations = 0, both = 0, wording = 0;
            foreach (var discussion in programme.DisclosureDiscussions)
            {
                var day = Day(discussion.Date);
                if (day < start || day > end)
                {
                    tally13.Add(0, ExclusionReason.OutsideWindow);
                    continue;
                }

                discussions++;
                var i = participantIndex.Find(discussion.Participant.Value);
                if (i >= 0)
                {
                    var times = ++discussed[i];
                    if (times == 1)
                    {
                        distinct++;
                    }
                    else if (times == 2)
                    {
                        twice++;
                    }
                }

                if (discussion.ProsAndConsCovered)
                {
                    pros++;
                }

                if (discussion.AccommodationsCovered)
                {
                    accommodations++;
                }

                if (discussion.ProsAndConsCovered && discussion.AccommodationsCovered)
                {
                    both++;
                }

                if (discussion.WordingExamplesGiven)
                {
                    wording++;
                }
            }

            var elements = ImmutableArray.CreateBuilder<string>(3);
            if (both > 0)
            {
                elements.Add("discussesProsAndCons");
            }

            if (wording > 0)
            {
                elements.Add("discussesWhatToSay");
            }

            if (twice > 0)
            {
                elements.Add("discussedMoreThanOnce");
            }

            var disclosureElements = elements.ToImmutable();

            // Emit, in item order.
            var period = options.Period;
            long totalActive = 0;
            double totalFte = 0;
            if (hasParticipants)
            {
                for (var s = 0; s < specialistCount; s++)
                {
                    var provenance = Provenance(RecordKind.CaseloadEntries, reviewDay, active[s], caseloadTally, s);
                    Emit(1, labels[s], "activeParticipants", FactValue.FromCount(active[s]), provenance);
                    Emit(1, labels[s], "fullTimeEquivalents", FactValue.FromNumber((double)specialists[s].Fte), provenance);
                    totalActive += active[s];
                    totalFte += (double)specialists[s].Fte;
                }

                for (var s = 0; s < specialistCount; s++)
                {
                    var teams = specialists[s].Teams.Length;
                    if (teams > 0 && active[s] == 0)
                    {
                        omitted.Add(new OmittedSpecialist(4, labels[s], ExclusionReason.EmptyCaseload));
                        continue;
                    }

                    var provenance = Provenance(RecordKind.CaseloadEntries, reviewDay, active[s], caseloadTally, s);
                    Emit(4, labels[s], "separateVocationalProgramme", FactValue.FromFlag(teams == 0), provenance);
                    Emit(4, labels[s], "treatmentTeamsAssigned", FactValue.FromCount(teams), provenance);
                    if (active[s] > 0)
                    {
                        Emit(4, labels[s], "caseloadFromAssignedTeamsPercent", FactValue.FromNumber(100.0 * fromTeams[s] / active[s]), provenance);
                    }
                }
            }

            if (discussions > 0)
            {
                Emit(13, null, "disclosurePractices", FactValue.FromElements(disclosureElements), Provenance(RecordKind.DisclosureDiscussions, period, discussions, tally13, 0));
            }

            if (hasParticipants && !employerContacts.IsEmpty)
            {
                var provenance = Provenance(RecordKind.EmployerContactParticipants, period, used15, tally15, 0);
                if (mean is { } meanDays)
                {
                    Emit(15, null, "meanDaysToFirstEmployerContact", FactValue.FromNumber(meanDays), provenance);
                }

                if (contactsInWindow > 0)
                {
                    // Tracking is shown by contacts recorded in the period only: never by records dated after the review.
                    var outside = employerContacts.Length - contactsInWindow;
                    Emit(15, null, "employerContactsTracked", FactValue.FromFlag(true), new FactProvenance
                    {
                        Records = RecordKind.EmployerContacts,
                        Window = period,
                        RecordsUsed = contactsInWindow,
                        Excluded = outside > 0 ? [new ExclusionCount(ExclusionReason.OutsideWindow, outside)] : [],
                    });
                }
            }

            if (hasParticipants)
            {
                for (var s = 0; s < specialistCount; s++)
                {
                    if (recorded16[s] == 0)
                    {
                        omitted.Add(new OmittedSpecialist(16, labels[s], ExclusionReason.PreferencesNotRecorded));
                        continue;
                    }

                    Emit(16, labels[s], "contactsFollowingPreferencesPercent", FactValue.FromNumber(100.0 * followed16[s] / recorded16[s]), Provenance(RecordKind.EmployerContacts, period, recorded16[s], tally16, s));
                }

                var periodDays = end - start + 1;
                for (var s = 0; s < specialistCount; s++)
                {
                    Emit(17, labels[s], "inPersonEmployerContactsPerWeek", FactValue.FromNumber(contacts17[s] * 7.0 / periodDays), Provenance(RecordKind.EmployerContacts, period, contacts17[s], tally17, s));
                    Emit(17, labels[s], "jobSeekers", FactValue.FromCount(seekers[s]), Provenance(RecordKind.CaseloadEntries, reviewDay, seekers[s], caseloadTally, s));
                }

                var year = new DateInterval(options.ReviewDate.PlusYears(-1).PlusDays(1), options.ReviewDate);
                var yearProvenance = Provenance(RecordKind.Jobs, year, held, tallyYear, 0);
                Emit(19, null, "jobsHeld", FactValue.FromCount(held), yearProvenance);
                Emit(19, null, "distinctJobTypes", FactValue.FromCount(distinctTypes), yearProvenance);
                Emit(20, null, "jobsHeld", FactValue.FromCount(held), yearProvenance);
                Emit(20, null, "distinctEmployers", FactValue.FromCount(distinctEmployers), yearProvenance);
                var currentProvenance = Provenance(RecordKind.Jobs, reviewDay, current, tally21, 0);
                Emit(21, null, "currentJobs", FactValue.FromCount(current), currentProvenance);
                Emit(21, null, "permanentCompetitiveJobs", FactValue.FromCount(permanent), currentProvenance);
                if (followAlong.Level is { } level)
                {
                    var window = new DateInterval(options.Period.End.PlusDays(-(FollowAlongLookBackDays - 1 + 7)), options.Period.End);
                    Emit(23, null, "followAlongContactPractice", FactValue.FromLevel(level), Provenance(RecordKind.FollowAlongContacts, window, used23, tally23, 0));
                }
            }

            // Item 24: the pooled share of all specialists' scheduled hours ("basert på total, samlet arbeidstid").
            decimal pooledCommunity = 0, pooledScheduled = 0;
            var shares = ImmutableArray.CreateBuilder<SpecialistShare>(specialistCount);
            for (var s = 0; s < specialistCount; s++)
            {
                var specialist = specialists[s];
                if (specialist.ScheduledHoursPerWeek is { } scheduled && scheduled > 0 && specialist.CommunityHoursPerWeek is { } community)
                {
                    pooledCommunity += community;
                    pooledScheduled += scheduled;
                    shares.Add(new SpecialistShare(labels[s], 100.0 * (double)community / (double)scheduled, (double)community, (double)scheduled));
                }
                else
                {
                    omitted.Add(new OmittedSpecialist(24, labels[s], ExclusionReason.HoursNotRecorded));
                }
            }

            if (pooledScheduled > 0)
            {
                var notRecorded = specialistCount - shares.Count;
                Emit(24, null, "communityHoursPercent", FactValue.FromNumber(100.0 * (double)pooledCommunity / (double)pooledScheduled), new FactProvenance
                {
                    Records = RecordKind.Specialists,
                    Window = reviewDay,
                    RecordsUsed = shares.Count,
                    Excluded = notRecorded > 0 ? [new ExclusionCount(ExclusionReason.HoursNotRecorded, notRecorded)] : [],
                    SpecialistShares = shares.ToImmutable(),
                });
            }

            var notDerived = NotDerived(options.SourceGaps);
            return new DerivedReview
            {
                ProgrammeLabel = programme.Id.Value,
                Options = options,
                SpecialistLabels = ImmutableArray.Create(labels),
                Facts = notDerived.IsEmpty ? facts.ToImmutable() : [.. facts.Where(f => !notDerived.Any(n => n.Item == f.Item))],
                NotDerived = notDerived,
                Omitted = omitted.ToImmutable(),
                Caseload = new CaseloadEvidence(totalActive, totalFte),
                RapidJobSearch = new RapidJobSearchEvidence(counted, withContact, withoutCounted, mean, median),
                FollowAlong = followAlong,
                Disclosure = new DisclosureEvidence(discussions, distinct, pros, accommodations, both, wording, twice, disclosureElements),
            };
        }

        /// <summary>The items each missing fact takes away, by item then fact; a source's gap is never read as a value.</summary>
        /// <remarks>
        /// A specialist or a job cannot be held without its FTE or STYRK-08 code, so a source lacking them for some
        /// records also lacks those records' caseloads and contacts (items 15–17) or jobs (items 19–20).
        /// </remarks>
        private static ImmutableArray<OmittedItem> NotDerived(ImmutableArray<Records.SourceGap> gaps)
        {
            if (gaps.IsEmpty)
            {
                return [];
            }

            var omitted = new List<OmittedItem>();
            foreach (var gap in gaps)
            {
                int[] items = gap.Fact switch
                {
                    Records.SourceFact.SpecialistFte => [1, 15, 16, 17, 24],
                    Records.SourceFact.SpecialistHours => [24],
                    Records.SourceFact.TreatmentTeamAssignment => [4],
                    Records.SourceFact.OccupationCodes => [19, 20],
                    Records.SourceFact.JobTerms => [21],
                    Records.SourceFact.FollowedPreferences => [16],
                    Records.SourceFact.BenefitsPlanningSessions => [12],
                    Records.SourceFact.DisclosureRecords => [13],
                    Records.SourceFact.CareerProfileEntries => [14],
                    Records.SourceFact.OutreachAttempts => [25],
                    _ => [],
                };
                foreach (var item in items)
                {
                    omitted.Add(new OmittedItem(item, gap.Fact, gap.Records, gap.Remedy));
                }
            }

            return [.. omitted.OrderBy(o => o.Item).ThenBy(o => o.Missing)];
        }

        /// <summary>Bit 0: the week before the start; 1: start day to 3 days after; 2–5: weeks 1–4; 6–17: 30-day months 1–12.</summary>
        private static int Bits(int d)
        {
            if (d < 0)
            {
                return 1;
            }

            var bits = 0;
            if (d <= 3)
            {
                bits |= 2;
            }

            if (d <= 27)
            {
                bits |= 4 << (d / 7);
            }

            var month = d / 30;
            if (month < 12)
            {
                bits |= 1 << (6 + month);
            }

            return bits;
        }

        private static FollowAlongEvidence FollowAlong(int[] jobStart, int[] horizon, int[] mask)
        {
            const int Weekly = 0b111100;
            const int FirstFourMonths = 0b1111 << 6;
            const int AfterMonthOne = ((1 << 11) - 1) << 7;
            int jobs = 0, before = 0, soon = 0, obs1 = 0, weekly = 0, obs2 = 0, after = 0, obs4 = 0, four = 0, year = 0, pattern = 0;
            for (var j = 0; j < jobStart.Length; j++)
            {
                if (horizon[j] == int.MinValue)
                {
                    continue;
                }

                jobs++;
                var m = mask[j];
                if ((m & 1) != 0)
                {
                    before++;
                }

                if ((m & 2) != 0)
                {
                    soon++;
                }

                var observedDays = horizon[j] - jobStart[j] + 1;
                var months = Math.Min(12, observedDays / 30);
                var isWeekly = (m & Weekly) == Weekly;
                if (months >= 1)
                {
                    obs1++;
                    if (isWeekly)
                    {
                        weekly++;
                    }
                }

                if (months >= 2)
                {
                    obs2++;
                    if ((m & AfterMonthOne) != 0)
                    {
                        after++;
                    }
                }

                if (months >= 4)
                {
                    obs4++;
                    if ((m & FirstFourMonths) == FirstFourMonths)
                    {
                        four++;
                    }

                    // Level 4 is support for a year or more: a job observed less than a year cannot show it.
                    if (observedDays >= DaysInAYear)
                    {
                        year++;
                        const int Monthly = ((1 << 11) - 1) << 7;
                        if (isWeekly && (m & Monthly) == Monthly)
                        {
                            pattern++;
                        }
                    }
                }
            }

            string? level = null;
            if (obs2 > 0)
            {
                if (after == 0)
                {
                    level = "noContactAfterFirstMonth";
                }
                else if (obs4 > 0)
                {
                    level = 2 * four < obs4 ? "fewerThanHalfForFourMonths"
                        : 2 * pattern < obs4 ? "atLeastHalfForFourMonths"
                        : "weeklyThenMonthlyForAYear";
                }
            }

            return new FollowAlongEvidence(jobs, before, soon, obs1, weekly, obs2, after, obs4, four, year, pattern, level);
        }

        private static int CountDistinct(Span<int> values)
        {
            if (values.IsEmpty)
            {
                return 0;
            }

            values.Sort();
            var distinct = 1;
            for (var i = 1; i < values.Length; i++)
            {
                if (values[i] != values[i - 1])
                {
                    distinct++;
                }
            }

            return distinct;
        }

        private static FactProvenance Provenance(RecordKind records, DateInterval window, int used, Tally tally, int row) => new()
        {
            Records = records,
            Window = window,
            RecordsUsed = used,
            Excluded = tally.Row(row, withUnattributed: true),
        };

        private void Emit(int item, string? specialist, string id, FactValue value, FactProvenance provenance) =>
            facts.Add(new DerivedFact(item, specialist, new FactEntry(id, value) { Origin = FactOrigin.Derived }, provenance));
    }
}
