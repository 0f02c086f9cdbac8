using System.Globalization;
using Ips.Core.Benefits;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Programmes;

/// <summary>Checks a builder's cross-record rules in one linear pass.</summary>
internal sealed class ProgrammeChecker
{
    private readonly IpsProgramme.Builder _b;
    private readonly string _programme;
    private List<DomainError>? _errors;
    private List<DomainFinding>? _findings;

    internal ProgrammeChecker(IpsProgramme.Builder builder)
    {
        _b = builder;
        _programme = builder.Id.Value;
    }

    /// <summary>The exit inconsistencies kept as findings under <see cref="ExitConsistency.Report"/>; set by <see cref="Check"/>.</summary>
    internal List<DomainFinding>? Findings => _findings;

    internal List<DomainError>? Check()
    {
        var specialists = new HashSet<SpecialistId>(_b.Specialists.Count);
        for (var i = 0; i < _b.Specialists.Count; i++)
        {
            if (!specialists.Add(_b.Specialists[i].Id))
            {
                Duplicate(ErrorCodes.Programme.DuplicateSpecialist, new At("Specialists", i), "specialist");
            }
        }

        // Participant id → whether exited.
        var participants = new Dictionary<ParticipantId, bool>(_b.Participants.Count);
        for (var i = 0; i < _b.Participants.Count; i++)
        {
            var p = _b.Participants[i];
            if (!participants.TryAdd(p.Id, p.HasExited))
            {
                Duplicate(ErrorCodes.Programme.DuplicateParticipant, new At("Participants", i), "participant");
            }
        }

        var employers = new HashSet<EmployerId>(_b.Employers.Count);
        for (var i = 0; i < _b.Employers.Count; i++)
        {
            if (!employers.Add(_b.Employers[i].Id))
            {
                Duplicate(ErrorCodes.Programme.DuplicateEmployer, new At("Employers", i), "employer");
            }
        }

        // Job id → holder, for follow-along contacts; holder → jobs, for the exits.
        var jobs = new Dictionary<JobId, ParticipantId>(_b.Jobs.Count);
        var jobsOf = new Dictionary<ParticipantId, List<Job>>();
        for (var i = 0; i < _b.Jobs.Count; i++)
        {
            var job = _b.Jobs[i];
            if (!jobsOf.TryGetValue(job.Participant, out var held))
            {
                jobsOf[job.Participant] = held = new List<Job>(2);
            }

            held.Add(job);
            if (!jobs.TryAdd(job.Id, job.Participant))
            {
                Duplicate(ErrorCodes.Programme.DuplicateJob, new At("Jobs", i), "job");
            }

            Participant(participants, job.Participant, new At("Jobs", i, "Participant"));
            Employer(employers, job.Employer, new At("Jobs", i, "Employer"));
        }

        CheckCaseloads(specialists, participants);
        CheckExits(jobsOf);

        for (var i = 0; i < _b.EmployerContacts.Count; i++)
        {
            var c = _b.EmployerContacts[i];
            if (c.Specialist is { } s)
            {
                Specialist(specialists, s, new At("EmployerContacts", i, "Specialist"));
            }

            Employer(employers, c.Employer, new At("EmployerContacts", i, "Employer"));
            for (var j = 0; j < c.Participants.Length; j++)
            {
                Participant(participants, c.Participants[j], new At("EmployerContacts", i, "Participants", j));
            }
        }

        for (var i = 0; i < _b.WorkTrials.Count; i++)
        {
            Participant(participants, _b.WorkTrials[i].Participant, new At("WorkTrials", i, "Participant"));
            Employer(employers, _b.WorkTrials[i].Employer, new At("WorkTrials", i, "Employer"));
        }

        for (var i = 0; i < _b.FollowAlongContacts.Count; i++)
        {
            var f = _b.FollowAlongContacts[i];
            Participant(participants, f.Participant, new At("FollowAlongContacts", i, "Participant"));
            if (!jobs.TryGetValue(f.Job, out var holder))
            {
                Unknown(ErrorCodes.Programme.UnknownJob, new At("FollowAlongContacts", i, "Job"), "a job");
            }
            else if (holder != f.Participant)
            {
                Add(ref _errors, ErrorCodes.Programme.JobOfAnotherParticipant, $"FollowAlongContacts[{i}].Job", Invariant($"FollowAlongContacts[{i}].Job is held by another participant than the contact's (ids not shown)."));
            }
        }

        for (var i = 0; i < _b.BenefitsPlanningSessions.Count; i++)
        {
            Participant(participants, _b.BenefitsPlanningSessions[i].Participant, new At("BenefitsPlanningSessions", i, "Participant"));
        }

        var histories = new HashSet<ParticipantId>(_b.DisclosureHistories.Count);
        for (var i = 0; i < _b.DisclosureHistories.Count; i++)
        {
            var h = _b.DisclosureHistories[i];
            Participant(participants, h.Participant, new At("DisclosureHistories", i, "Participant"));
            if (!histories.Add(h.Participant))
            {
                Add(ref _errors, ErrorCodes.Programme.DuplicateDisclosureHistory, $"DisclosureHistories[{i}]", Invariant($"DisclosureHistories[{i}] is a second history for one participant (id not shown); revise the first instead."));
            }
        }

        for (var i = 0; i < _b.DisclosureDiscussions.Count; i++)
        {
            Specialist(specialists, _b.DisclosureDiscussions[i].Specialist, new At("DisclosureDiscussions", i, "Specialist"));
            Participant(participants, _b.DisclosureDiscussions[i].Participant, new At("DisclosureDiscussions", i, "Participant"));
        }

        for (var i = 0; i < _b.OutreachAttempts.Count; i++)
        {
            Participant(participants, _b.OutreachAttempts[i].Participant, new At("OutreachAttempts", i, "Participant"));
        }

        return _errors;
    }

    private void CheckCaseloads(HashSet<SpecialistId> specialists, Dictionary<ParticipantId, bool> participants)
    {
        var owners = new HashSet<SpecialistId>(_b.Caseloads.Count);

        // Participant id → index of the first caseload holding it.
        var onCaseload = new Dictionary<ParticipantId, int>();
        for (var i = 0; i < _b.Caseloads.Count; i++)
        {
            var caseload = _b.Caseloads[i];
            Specialist(specialists, caseload.Specialist, new At("Caseloads", i, "Specialist"));
            if (!owners.Add(caseload.Specialist))
            {
                Add(ref _errors, ErrorCodes.Programme.DuplicateCaseload, $"Caseloads[{i}]", Invariant($"Caseloads[{i}] is a second caseload for one specialist (id not shown) in programme '{_programme}'."));
            }

            for (var j = 0; j < caseload.Participants.Length; j++)
            {
                var id = caseload.Participants[j];
                var at = new At("Caseloads", i, "Participants", j);
                if (!participants.TryGetValue(id, out var exited))
                {
                    Unknown(ErrorCodes.Programme.UnknownParticipant, at, "a participant");
                }
                else if (exited)
                {
                    var property = at.ToString();
                    Add(ref _errors, ErrorCodes.Programme.ExitedParticipantOnCaseload, property, Invariant($"{property}: the participant (id not shown) has exited; caseloads hold active participants only."));
                }

                if (!onCaseload.TryAdd(id, i))
                {
                    var property = at.ToString();
                    Add(ref _errors, ErrorCodes.Caseload.OnAnotherCaseload, property, Invariant($"{property}: the participant (id not shown) is already on Caseloads[{onCaseload[id]}] in programme '{_programme}'; a participant is on at most one caseload in a programme."));
                }
            }
        }
    }

    private void CheckExits(Dictionary<ParticipantId, List<Job>> jobsOf)
    {
        for (var i = 0; i < _b.Participants.Count; i++)
        {
            var p = _b.Participants[i];
            if (p.ExitRecord is not { } exit)
            {
                continue;
            }

            var property = $"Participants[{i}].ExitRecord";
            var date = exit.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            if (exit.Status == ExitStatus.Studying && exit.Reason is not (NavEndReason.EducationSelfFunded or NavEndReason.EducationFundedByNav))
            {
                Inconsistent(ErrorCodes.Programme.ExitStudyingWithoutEducation, property, Invariant($"{property}: the status at exit {date} is Studying but the end reason is {exit.Reason}; studying needs an education end reason (EducationSelfFunded or EducationFundedByNav)."));
            }

            // Benefits at exit, when recorded (null is unknown, never "none"), must agree with a benefit-naming work reason.
            if (exit.Reason == NavEndReason.WorkCombinedWithOtherNavBenefits && exit.BenefitsAtExit == NavBenefits.None)
            {
                Inconsistent(ErrorCodes.Programme.ExitBenefitsReasonWithoutBenefits, property, Invariant($"{property}: the end reason is WorkCombinedWithOtherNavBenefits, but the benefits at exit {date} are recorded as None; record the benefits, or use another work end reason."));
            }
            else if (exit.Reason == NavEndReason.WorkWithGradedDisabilityPension && exit.BenefitsAtExit is { } benefits && (benefits & NavBenefits.DisabilityBenefitGraded) == 0)
            {
                Inconsistent(ErrorCodes.Programme.ExitGradedPensionWithoutGradedBenefit, property, Invariant($"{property}: the end reason is WorkWithGradedDisabilityPension, but the benefits at exit {date} ({benefits}) hold no DisabilityBenefitGraded."));
            }

            // The four work reasons (NavEndReasons.IsWork, in Outcomes: not referenced here, to keep the namespaces acyclic).
            if (exit.Reason is not (NavEndReason.WorkWithoutWageSubsidy or NavEndReason.WorkWithWageSubsidy or NavEndReason.WorkCombinedWithOtherNavBenefits or NavEndReason.WorkWithGradedDisabilityPension))
            {
                continue;
            }

            int current = 0, subsidised = 0;
            if (jobsOf.TryGetValue(p.Id, out var held))
            {
                foreach (var job in held)
                {
                    if (job.Start <= exit.Date && (job.End is not { } end || exit.Date <= end))
                    {
                        current++;
                        subsidised += job.WageSubsidy == NavWageSubsidy.None ? 0 : 1;
                    }
                }
            }

            if (current == 0)
            {
                Inconsistent(ErrorCodes.Programme.ExitWorkWithoutJob, property, Invariant($"{property}: the end reason {exit.Reason} is work, but the participant (id not shown) holds no job on the exit date {date}; a work end reason needs a job current at exit."));
            }
            else if (exit.Reason == NavEndReason.WorkWithWageSubsidy && subsidised == 0)
            {
                Inconsistent(ErrorCodes.Programme.ExitSubsidyWithoutSubsidisedJob, property, Invariant($"{property}: the end reason is WorkWithWageSubsidy, but none of the {current} job(s) held on the exit date {date} carries a wage subsidy."));
            }
            else if (exit.Reason != NavEndReason.WorkWithWageSubsidy && subsidised == current)
            {
                Inconsistent(ErrorCodes.Programme.ExitSubsidisedJobWithoutSubsidyReason, property, Invariant($"{property}: the end reason {exit.Reason} is work without wage subsidy, but every job held on the exit date {date} ({current}) carries one; use WorkWithWageSubsidy."));
            }
        }
    }

    private void Inconsistent(string code, string property, string message)
    {
        if (_b.ExitConsistency == ExitConsistency.Report)
        {
            (_findings ??= []).Add(new DomainFinding(code, property, message));
        }
        else
        {
            Add(ref _errors, code, property, message);
        }
    }

    private void Specialist(HashSet<SpecialistId> known, SpecialistId id, At property)
    {
        if (!known.Contains(id))
        {
            Unknown(ErrorCodes.Programme.UnknownSpecialist, property, "a specialist");
        }
    }

    private void Participant(Dictionary<ParticipantId, bool> known, ParticipantId id, At property)
    {
        if (!known.ContainsKey(id))
        {
            Unknown(ErrorCodes.Programme.UnknownParticipant, property, "a participant");
        }
    }

    private void Employer(HashSet<EmployerId> known, EmployerId id, At property)
    {
        if (!known.Contains(id))
        {
            Unknown(ErrorCodes.Programme.UnknownEmployer, property, "an employer");
        }
    }

    private void Unknown(string code, At at, string what)
    {
        var property = at.ToString();
        Add(ref _errors, code, property, Invariant($"{property} refers to {what} (id not shown) that is not in programme '{_programme}'."));
    }

    private void Duplicate(string code, At at, string what)
    {
        var property = at.ToString();
        Add(ref _errors, code, property, Invariant($"{property} repeats the id of an earlier {what} (id not shown) in programme '{_programme}'; ids are unique."));
    }

    /// <summary>Where a checked reference is, e.g. <c>EmployerContacts[3].Participants[0]</c>: formatted only when a rule fails (the checks run millions of times on a large export).</summary>
    private readonly record struct At(string Collection, int Index, string? Member = null, int Sub = -1)
    {
        public override string ToString() =>
            Member is null ? Invariant($"{Collection}[{Index}]")
            : Sub < 0 ? Invariant($"{Collection}[{Index}].{Member}")
            : Invariant($"{Collection}[{Index}].{Member}[{Sub}]");
    }
}
