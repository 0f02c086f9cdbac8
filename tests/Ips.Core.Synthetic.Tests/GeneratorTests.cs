using Ips.Core.Caseloads;
using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;

namespace Ips.Core.Synthetic.Tests;

public sealed class GeneratorTests
{
    [Fact]
    public void SplitMix64_MatchesTheReferenceAlgorithm()
    {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.Next());
    }

    [Fact]
    public void Generate_GivesTheRequestedShape()
    {
        var programmes = TestData.SmallSet;

        Assert.Equal(4, programmes.Length);
        Assert.All(programmes, p => Assert.Equal(150, p.Participants.Length));
        Assert.Equal(["prog0001", "prog0002", "prog0003", "prog0004"], programmes.Select(p => p.Id.Value));
    }

    [Fact]
    public void TotalParticipants_AreSpreadOverProgrammes()
    {
        var programmes = SyntheticProgrammeGenerator.Generate(new SyntheticOptions { Programmes = 3, TotalParticipants = 100 });

        Assert.Equal([34, 33, 33], programmes.Select(p => p.Participants.Length));
    }

    [Fact]
    public void EveryProgramme_PassesTheDomainRules_WhenRebuilt()
    {
        foreach (var programme in TestData.MediumSet)
        {
            Assert.True(programme.ToBuilder().TryBuild().IsSuccess);
        }
    }

    [Fact]
    public void EveryExit_IsConsistentWithItsJobs_EvenWhenOnlyReported()
    {
        foreach (var programme in TestData.MediumSet)
        {
            var builder = programme.ToBuilder();
            builder.ExitConsistency = Ips.Core.Programmes.ExitConsistency.Report;
            var rebuilt = builder.Build();

            Assert.DoesNotContain(rebuilt.Findings, f => f.PropertyName.EndsWith(".ExitRecord", StringComparison.Ordinal));
            Assert.Contains(rebuilt.Participants, p => p.ExitRecord is { Reason: Ips.Core.Participants.NavEndReason.WorkWithWageSubsidy });
            Assert.Contains(rebuilt.Participants, p => p.ExitRecord is { Status: Ips.Core.Participants.ExitStatus.Studying });
        }
    }

    [Fact]
    public void GenerateOne_EqualsTheSameIndexOfGenerate()
    {
        var one = SyntheticProgrammeGenerator.GenerateOne(TestData.Small, 2);
        var all = TestData.SmallSet[2];

        Assert.Equal(all.Participants.Length, one.Participants.Length);
        Assert.Equal(all.EmployerContacts, one.EmployerContacts);
        Assert.Equal(all.Jobs, one.Jobs);
        Assert.Equal(all.Employers, one.Employers);
    }

    [Fact]
    public void Caseloads_RespectCapacity_AndHoldExactlyTheActiveParticipants()
    {
        var end = TestData.Medium.End;

        // Caseloads hold the participants who have not exited (an exit on End itself leaves the caseload).
        foreach (var programme in TestData.MediumSet)
        {
            var specialists = programme.Specialists.ToDictionary(s => s.Id);
            var onCaseload = new HashSet<ParticipantId>();
            foreach (var caseload in programme.Caseloads)
            {
                Assert.True(caseload.Count <= caseload.Capacity);
                Assert.Equal(CaseloadCapacityPolicy.Default.CapacityFor(specialists[caseload.Specialist].Fte), caseload.Capacity);
                foreach (var participant in caseload.Participants)
                {
                    Assert.True(onCaseload.Add(participant));
                }
            }

            foreach (var participant in programme.Participants)
            {
                Assert.Equal(!participant.HasExited, onCaseload.Contains(participant.Id));
                Assert.Equal(!participant.HasExited, participant.IsActiveOn(end) && participant.ExitRecord is null);
            }
        }
    }

    [Fact]
    public void Specialists_Have2To8_WithFteAndTeamsInRange_At200Participants()
    {
        var programmes = SyntheticProgrammeGenerator.Generate(new SyntheticOptions { Seed = 3, Programmes = 20, ParticipantsPerProgramme = 200 });

        Assert.All(programmes, p => Assert.InRange(p.Specialists.Length, 2, 8));
        var specialists = programmes.SelectMany(p => p.Specialists).ToList();
        Assert.All(specialists, s => Assert.InRange(s.Fte, 0.5m, 1.0m));
        Assert.All(specialists, s => Assert.InRange(s.Teams.Length, 1, 3));
        Assert.All(specialists, s => Assert.True(s.CommunityHoursPerWeek <= s.ScheduledHoursPerWeek));
    }

    [Fact]
    public void Means_AreWithin20PercentOfTheOptions()
    {
        var programmes = TestData.MediumSet;
        double participants = programmes.Sum(p => p.Participants.Length);
        double contacts = programmes.Sum(p => p.EmployerContacts.Length);
        double jobs = programmes.Sum(p => p.Jobs.Length);
        double followAlong = programmes.Sum(p => p.FollowAlongContacts.Length);

        Assert.InRange(contacts / participants, 25 * 0.8, 25 * 1.2);
        Assert.InRange(jobs / participants, 1.5 * 0.8, 1.5 * 1.2);

        // Follow-along is cut short by job ends and dropout, so the realised mean lies below the target.
        Assert.InRange(followAlong / jobs, 15 * 0.4, 15 * 1.2);
    }

    [Fact]
    public void Data_LookRealistic()
    {
        var programmes = TestData.MediumSet;
        var participants = programmes.SelectMany(p => p.Participants).ToList();
        var contacts = programmes.SelectMany(p => p.EmployerContacts).ToList();
        var jobs = programmes.SelectMany(p => p.Jobs).ToList();

        // Some exits, with work exits having status Working.
        var exits = participants.Where(p => p.HasExited).ToList();
        Assert.InRange(exits.Count / (double)participants.Count, 0.3, 0.85);
        Assert.All(exits.Where(p => Outcomes.NavEndReasons.IsWork(p.ExitRecord!.Reason)), p => Assert.Equal(ExitStatus.Working, p.ExitRecord!.Status));
        Assert.Contains(exits, p => p.ExitRecord!.Reason == NavEndReason.EducationFundedByNav);

        // Referrals mostly from treatment teams.
        Assert.InRange(participants.Count(p => p.ReferralSource.Kind == ReferralSourceKind.TreatmentTeam) / (double)participants.Count, 0.85, 0.97);

        // Contacts: mixes of in person, general, purpose and preferences.
        Assert.InRange(contacts.Count(c => c.InPerson) / (double)contacts.Count, 0.6, 0.85);
        Assert.InRange(contacts.Count(c => c.IsGeneral) / (double)contacts.Count, 0.1, 0.2);
        Assert.Contains(contacts, c => c.Specialist is null);
        Assert.InRange(contacts.Count(c => c.FollowedPreferences == true) / (double)contacts.Count(c => !c.IsGeneral), 0.7, 0.9);

        // Jobs: on call, 100 %, subsidies, ended with reasons, ongoing.
        Assert.Contains(jobs, j => j.PositionSize.Kind == PositionSizeKind.OnCall);
        Assert.Contains(jobs, j => j.PositionSize.PercentOfFullTime == 100m);
        Assert.Contains(jobs, j => j.WageSubsidy == NavWageSubsidy.Permanent);
        Assert.Contains(jobs, j => j.End is null);
        Assert.Contains(jobs, j => j.EndReason == JobEndReason.TemporaryJobEnded);
        Assert.InRange(jobs.Count(j => j.IsCompetitive(CompetitiveJobPolicy.Default)) / (double)jobs.Count, 0.75, 0.95);
        Assert.All(jobs, j => Assert.Contains(j.Occupation.Code.Value, Occupations.Table.Select(t => t.Code)));

        Assert.NotEmpty(programmes.SelectMany(p => p.WorkTrials));
        Assert.NotEmpty(programmes.SelectMany(p => p.DisclosureDiscussions));
        Assert.NotEmpty(programmes.SelectMany(p => p.DisclosureHistories));
        Assert.NotEmpty(programmes.SelectMany(p => p.BenefitsPlanningSessions));
        Assert.NotEmpty(programmes.SelectMany(p => p.OutreachAttempts));
    }

    [Fact]
    public void EveryRecord_IsDatedWithinStartAndEnd()
    {
        var o = TestData.Medium;
        foreach (var p in TestData.MediumSet)
        {
            Assert.All(p.Participants, x => Assert.InRange(x.ReferralDate, o.Start, o.End));
            Assert.All(p.Participants, x => Assert.InRange(x.ExitRecord?.Date ?? o.End, x.EnrolmentDate, o.End));
            Assert.All(p.EmployerContacts, c => Assert.InRange(c.Date, o.Start, o.End));
            Assert.All(p.Jobs, j => Assert.InRange(j.End ?? o.End, j.Start, o.End));
            Assert.All(p.FollowAlongContacts, f => Assert.InRange(f.Date, o.Start, o.End));
        }
    }

    [Fact]
    public void OrganisationNumbers_AreValidAndUnique()
    {
        var numbers = TestData.MediumSet.SelectMany(p => p.Employers).Select(e => e.OrganisationNumber).OfType<OrganisationNumber>().Select(n => n.Value).ToList();

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(OrganisationNumber.IsValid(n)));
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());

        var generated = Enumerable.Range(0, 50_000).Select(SyntheticProgrammeGenerator.OrganisationNumberFor).ToList();
        Assert.All(generated, n => Assert.True(OrganisationNumber.IsValid(n)));
        Assert.Equal(generated.Count, generated.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Employers_IncludeNamesNeedingCsvQuoting()
    {
        Assert.Contains(TestData.MediumSet.SelectMany(p => p.Employers), (Employer e) => e.Name!.Contains(',', StringComparison.Ordinal));
    }
}
