using Ips.Core.Employers;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

public sealed class JobbsporetExportTests
{
    private static readonly JobbsporetPseudonyms Ids = new(default);

    private static IpsProgramme Alesund(JobbsporetReadResult read) => read.Programmes[read.Teams.IndexOf(read.Teams.Single(t => t.Name == "IPS Ålesund"))];

    private static Participant Trail(IpsProgramme programme, int n) =>
        programme.Participants.Single(p => p.Id.Value == Ids.Map('p', Id("a0W", n)));

    [Fact]
    public void Export_IsReadStrictly_IntoOneProgrammePerIpsTeam_WithTheTeamsNames()
    {
        var read = Read();

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(0, read.ErrorCount);
        Assert.Equal(["IPS Ålesund", "IPS Bergen"], read.Teams.Select(t => t.Name));
        Assert.Equal([Id("a0T", 1), Id("a0T", 2)], read.Programmes.Select(p => p.Id.Value));
        Assert.Equal(read.Programmes.Select(p => p.Id), read.Teams.Select(t => t.Programme));
        // Started IPS trails: 6 active and 15 ended in Ålesund (2 referrals and 2 "Not applicable" left out); 2 in Bergen.
        Assert.Equal(21, read.Programmes[0].Participants.Length);
        Assert.Equal(2, read.Programmes[1].Participants.Length);
    }

    [Theory]
    [InlineData(1, ParticipantPhase.Engagement)]
    [InlineData(2, ParticipantPhase.JobSearch)]
    [InlineData(3, ParticipantPhase.Working)]
    [InlineData(4, ParticipantPhase.Education)]
    [InlineData(5, ParticipantPhase.FollowAlong)]
    [InlineData(101, ParticipantPhase.Exited)]
    public void Status_MapsToThePhase(int trail, ParticipantPhase phase) =>
        Assert.Equal(phase, Trail(Alesund(Read()), trail).Phase);

    [Fact]
    public void Dates_AreIso_AndDatetimesBecomeOsloDates()
    {
        var programme = Alesund(Read());

        Assert.Equal(new LocalDate(2026, 1, 5), Trail(programme, 1).ReferralDate);
        Assert.Equal(new LocalDate(2026, 1, 12), Trail(programme, 1).EnrolmentDate);
        // 2025-11-05T23:30Z is 00:30 on 6 November in Oslo.
        Assert.Equal(new LocalDate(2025, 11, 6), Trail(programme, 4).EnrolmentDate);
        Assert.Equal(ReferralSourceKind.TreatmentTeam, Trail(programme, 1).ReferralSource.Kind);
    }

    [Theory]
    [InlineData(101, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)]
    [InlineData(102, NavEndReason.WorkWithWageSubsidy, ExitStatus.Working)]
    [InlineData(103, NavEndReason.WorkCombinedWithOtherNavBenefits, ExitStatus.Working)]
    [InlineData(104, NavEndReason.WorkWithGradedDisabilityPension, ExitStatus.Working)]
    [InlineData(105, NavEndReason.EducationSelfFunded, ExitStatus.Studying)]
    [InlineData(106, NavEndReason.EducationFundedByNav, ExitStatus.Studying)]
    [InlineData(107, NavEndReason.MovedToAnotherNavMeasure, ExitStatus.Unresolved)]
    [InlineData(108, NavEndReason.OtherActivity, ExitStatus.Unresolved)]
    [InlineData(109, NavEndReason.StoppedDueToIllness, ExitStatus.Unresolved)]
    [InlineData(110, NavEndReason.DisabilityPension, ExitStatus.Unresolved)]
    [InlineData(111, NavEndReason.OldAgePension, ExitStatus.Unresolved)]
    [InlineData(112, NavEndReason.Other, ExitStatus.Unresolved)]
    [InlineData(115, NavEndReason.EducationSelfFunded, ExitStatus.Studying)]
    [InlineData(116, NavEndReason.EducationFundedByNav, ExitStatus.Unresolved)]
    [InlineData(117, NavEndReason.StoppedDueToIllness, ExitStatus.Working)]
    public void EndCauseAndDetail_MapToStatusAndReason_StatusFromTheCause(int trail, NavEndReason reason, ExitStatus status)
    {
        var exit = Trail(Alesund(Read()), trail).ExitRecord!;

        Assert.Equal(reason, exit.Reason);
        Assert.Equal(status, exit.Status);
        Assert.Equal(new LocalDate(2026, 4, trail - 100 + 5), exit.Date);
    }

    [Fact]
    public void ScopeRules_LeaveRowsOut_AndCountEachAsAFinding()
    {
        var read = Read();

        int Count(string code, string file) => read.Findings.Single(f => f.Code == code && f.File == file).Count;
        Assert.Equal(2, Count(ErrorCodes.Jobbsporet.OtherRecordType, "Work_Trail__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.OtherRecordType, "Event.csv"));
        Assert.Equal(2, Count(ErrorCodes.Jobbsporet.NotStarted, "Work_Trail__c.csv"));
        Assert.Equal(2, Count(ErrorCodes.Jobbsporet.NotApplicableEnd, "Work_Trail__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.InconsistentEndCause, "Work_Trail__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.EndDetailsIgnored, "Work_Trail__c.csv"));
        Assert.Equal(2, Count(ErrorCodes.Jobbsporet.JobNotMapped, "ips_Job__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.JobWithoutSupplement, "ips_Job__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.RowOfTrailLeftOut, "ips_Job__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.RowOfTrailLeftOut, "Event.csv"));
        Assert.Equal(6, Count(ErrorCodes.Jobbsporet.MeetingNotCounted, "Event.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.FollowAlongWithoutJob, "Event.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.SpecialistWithoutFte, "ips_Team_Member__c.csv"));
        Assert.Equal(1, Count(ErrorCodes.Jobbsporet.SpecialistWithoutFte, "Event.csv"));
        Assert.Equal(2, Count(ErrorCodes.Jobbsporet.ObjectNotRead, "Task.csv"));
        Assert.Equal(5, Count(ErrorCodes.Jobbsporet.ObjectNotRead, "ips_Education__c.csv"));
        foreach (var file in new[] { "ips_Office__c.csv", "ips_report__c.csv", "Recruitment_Program__c.csv", "IPS_Historic_Work_Trail__c.csv" })
        {
            Assert.Equal(1, Count(ErrorCodes.Jobbsporet.ObjectNotRead, file));
        }
    }

    [Fact]
    public void PersonIdentifierColumns_AreReportedByName_AndTheirValuesAppearNowhere()
    {
        var read = Read();

        var columns = read.Findings.Where(f => f.Code == ErrorCodes.Jobbsporet.PersonIdentifierColumn).ToList();
        Assert.Equal(2, columns.Single(f => f.File == "Work_Trail__c.csv").Count);   // IPS_Personnummer__c, Name
        Assert.Equal(2, columns.Single(f => f.File == "Account.csv").Count);         // INT_PersonIdent__c, PersonBirthdate
        Assert.Contains("IPS_Personnummer__c", columns.Single(f => f.File == "Work_Trail__c.csv").Message, StringComparison.Ordinal);

        var everything = string.Join('\n', read.Findings.Select(f => f.ToString()).Concat(read.Errors.Select(e => e.ToString())).Append(read.ToString())
            .Concat(read.Programmes.SelectMany(Texts)));
        foreach (var sentinel in PersonSentinels)
        {
            Assert.DoesNotContain(sentinel, everything, StringComparison.Ordinal);
        }

        // The person account is never an employer, even though its row is in Account.csv.
        Assert.DoesNotContain(read.Programmes.SelectMany(p => p.Employers), e => e.Id.Value == Ids.Map('e', Id("001", 3)));
    }

    [Fact]
    public void SalesforceIdsOfPeople_BecomeOpaqueIds_StableForOneSecret()
    {
        var plain = Read();
        var keyed = Read(new JobbsporetReadOptions { IdSecret = "team secret"u8.ToArray() });
        var again = Read(new JobbsporetReadOptions { IdSecret = "team secret"u8.ToArray() });

        var ids = plain.Programmes.SelectMany(p => p.Participants.Select(x => x.Id.Value).Concat(p.Specialists.Select(s => s.Id.Value)).Concat(p.Jobs.Select(j => j.Id.Value)).Concat(p.Employers.Select(e => e.Id.Value))).ToList();
        Assert.All(ids, id => Assert.Matches("^[psje]-[0-9a-f]{16}$", id));
        Assert.DoesNotContain(ids, id => id.Contains("Q0000", StringComparison.Ordinal));
        Assert.Equal(Alesund(keyed).Participants.Select(p => p.Id), Alesund(again).Participants.Select(p => p.Id));
        Assert.Empty(Alesund(keyed).Participants.Select(p => p.Id).Intersect(Alesund(plain).Participants.Select(p => p.Id)));
        Assert.Matches("^v-[0-9a-f]{16}$", Alesund(plain).Specialists[0].Supervisor!.Value.Value);
    }

    [Fact]
    public void EmploymentForms_BecomeJobsOrWorkTrials_WithTheSuppliedTerms()
    {
        var programme = Alesund(Read());

        Job JobOf(int n) => programme.Jobs.Single(j => j.Id.Value == Ids.Map('j', Id("a0J", n)));
        Assert.Equal(5, programme.Jobs.Length);
        Assert.Equal((EmploymentForm.Permanent, PositionSizeKind.HoursPerWeek, "5223"), (JobOf(1).Form, JobOf(1).PositionSize.Kind, JobOf(1).Occupation.Code.Value));
        Assert.Equal("Butikkmedarbeider", JobOf(1).Occupation.Title);
        Assert.Equal((EmploymentForm.Temporary, new LocalDate(2026, 8, 31)), (JobOf(2).Form, JobOf(2).End!.Value));
        Assert.Equal((EmploymentForm.Temporary, PositionSizeKind.OnCall), (JobOf(3).Form, JobOf(3).PositionSize.Kind));
        Assert.Equal((EmploymentForm.Temporary, NavWageSubsidy.TimeLimited), (JobOf(4).Form, JobOf(4).WageSubsidy));
        Assert.True(JobOf(4).OrdinaryWage);
        Assert.Equal([WorkTrialKind.Arbeidstrening, WorkTrialKind.Praksis], programme.WorkTrials.Select(t => t.Kind));
        Assert.Equal(new LocalDate(2026, 3, 31), programme.WorkTrials[0].End);
    }

    [Fact]
    public void Meetings_BecomeEmployerContacts_WithPurposeInPersonAndPresence()
    {
        var programme = Alesund(Read());

        var contacts = programme.EmployerContacts;
        Assert.Equal(6, contacts.Length);
        var byDate = contacts.ToDictionary(c => c.Date);
        var first = byDate[new LocalDate(2026, 1, 27)];
        Assert.Equal((ContactPurpose.JobDevelopment, true, true), (first.Purpose, first.InPerson, first.ParticipantPresent));
        Assert.Equal(Trail(programme, 2).Id, Assert.Single(first.Participants));
        var digital = byDate[new LocalDate(2026, 2, 10)];
        Assert.Equal((false, false), (digital.InPerson, digital.ParticipantPresent));
        Assert.Equal(ContactPurpose.FollowUpOfWorkingParticipant, byDate[new LocalDate(2026, 2, 3)].Purpose);
        var general = byDate[new LocalDate(2026, 2, 4)];
        Assert.True(general.IsGeneral);
        Assert.Null(general.ParticipantPresent);
        Assert.Equal(ContactPurpose.JobDevelopment, general.Purpose);
        // The inactive First Meeting with Employer type, with the AMS subcategory Relationship building.
        Assert.Equal(ContactPurpose.JobDevelopment, byDate[new LocalDate(2026, 1, 29)].Purpose);
        Assert.Equal(ContactPurpose.FollowUpOfWorkingParticipant, byDate[new LocalDate(2026, 2, 11)].Purpose);
        Assert.All(contacts, c => Assert.NotNull(c.Specialist));
        Assert.All(contacts, c => Assert.Null(c.FollowedPreferences));
    }

    [Fact]
    public void NoShowMeetings_AreLeftOut_OrWhenCounted_AreNeverInPerson()
    {
        var counted = Alesund(Read(new JobbsporetReadOptions { CountNoShowMeetings = true }));

        var noShow = counted.EmployerContacts.Single(c => c.Date == new LocalDate(2026, 1, 20));
        Assert.False(noShow.InPerson);
        Assert.False(noShow.ParticipantPresent);
        Assert.DoesNotContain(Alesund(Read()).EmployerContacts, c => c.Date == new LocalDate(2026, 1, 20));
    }

    [Fact]
    public void JobSupportMeetings_BecomeFollowAlongContacts_OnTheJobHeld()
    {
        var programme = Alesund(Read());

        Assert.Equal(2, programme.FollowAlongContacts.Length);
        var employerSide = programme.FollowAlongContacts.Single(c => c.Date == new LocalDate(2026, 2, 3));
        Assert.Equal(Ids.Map('j', Id("a0J", 1)), employerSide.Job.Value);
        Assert.True(employerSide.InPerson);
        Assert.False(programme.FollowAlongContacts.Single(c => c.Date == new LocalDate(2026, 2, 5)).InPerson);
    }

    [Fact]
    public void Specialists_TakeFteAndHoursFromTheSupplement_CaseloadsFromTheOwnersActiveTrails()
    {
        var read = Read();
        var programme = Alesund(read);

        Assert.Equal([1m, 0.5m], programme.Specialists.OrderBy(s => s.Id.Value == Ids.Map('s', Id("005", 1)) ? 0 : 1).Select(s => s.Fte));
        var first = programme.Specialists.Single(s => s.Id.Value == Ids.Map('s', Id("005", 1)));
        Assert.Equal((37.5m, 15m), (first.ScheduledHoursPerWeek!.Value, first.CommunityHoursPerWeek!.Value));
        Assert.Equal(4, programme.Caseloads.Single(c => c.Specialist == first.Id).Participants.Length);
        Assert.Equal(2, programme.Caseloads.Single(c => c.Specialist != first.Id).Participants.Length);
        Assert.Empty(first.Teams);

        // Bergen: one specialist without FTE left out (with her contact); one with FTE but no hours.
        var bergen = read.Programmes[1];
        Assert.Single(bergen.Specialists);
        Assert.Single(bergen.EmployerContacts);
        Assert.Empty(bergen.Jobs);
    }

    [Fact]
    public void FteOfUnlistedSpecialists_IsTheCallersStatement_ForSpecialistsNotInTheSupplement()
    {
        var read = Read(new JobbsporetReadOptions { FteOfUnlistedSpecialists = 1m, ScheduledHoursOfUnlistedSpecialists = 37.5m });

        var bergen = read.Programmes[1];
        Assert.Equal(2, bergen.Specialists.Length);
        Assert.Equal(2, bergen.EmployerContacts.Length);
        Assert.DoesNotContain(read.Teams[1].SourceGaps, g => g.Fact == SourceFact.SpecialistFte);
    }

    [Fact]
    public void SourceGaps_NameEachFactTheExportLacks_PerTeam_WithTheRemedy()
    {
        var read = Read();

        Assert.Equal(
            [SourceFact.TreatmentTeamAssignment, SourceFact.FollowedPreferences, SourceFact.BenefitsPlanningSessions, SourceFact.DisclosureRecords, SourceFact.CareerProfileEntries, SourceFact.OutreachAttempts],
            read.Teams[0].SourceGaps.Select(g => g.Fact));
        var bergen = read.Teams[1].SourceGaps.ToDictionary(g => g.Fact);
        Assert.Equal(1, bergen[SourceFact.SpecialistFte].Records);
        Assert.Equal(1, bergen[SourceFact.SpecialistHours].Records);
        Assert.Equal(1, bergen[SourceFact.OccupationCodes].Records);
        Assert.Equal(1, bergen[SourceFact.JobTerms].Records);
        Assert.Contains("supplement_specialists.csv", bergen[SourceFact.SpecialistFte].Remedy, StringComparison.Ordinal);
        Assert.Contains("supplement_jobs.csv", bergen[SourceFact.OccupationCodes].Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSupplements_NoJobIsBuiltAndNoSpecialist_NothingIsGuessed()
    {
        var directory = Copy();
        File.Delete(Path.Combine(directory, "supplement_jobs.csv"));
        File.Delete(Path.Combine(directory, "supplement_specialists.csv"));

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.All(read.Programmes, p => Assert.Empty(p.Jobs));
        Assert.All(read.Programmes, p => Assert.Empty(p.Specialists));
        Assert.All(read.Programmes, p => Assert.Empty(p.EmployerContacts));
        Assert.Equal(21, read.Programmes[0].Participants.Length);
        Assert.Equal(2, read.Programmes[0].WorkTrials.Length);
        Assert.Contains(read.Teams[0].SourceGaps, g => g.Fact == SourceFact.SpecialistFte && g.Records == 2);
        Assert.Contains(read.Teams[0].SourceGaps, g => g.Fact == SourceFact.OccupationCodes && g.Records == 5);
    }

    private static IEnumerable<string> Texts(IpsProgramme programme) =>
        new[] { programme.ToString() }
            .Concat(programme.Participants.Select(p => p.ToString()))
            .Concat(programme.Employers.Select(e => e.ToString() + e.Name + e.Industry))
            .Concat(programme.Jobs.Select(j => j.ToString() + j.Occupation.Title))
            .Concat(programme.Findings.Select(f => f.ToString()));
}
