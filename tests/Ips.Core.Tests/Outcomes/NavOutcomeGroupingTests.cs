using System.Globalization;
using System.Text.RegularExpressions;
using Ips.Core.Benefits;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeGroupingTests
{
    private static readonly DateInterval YearToDate = new(D(2019, 1, 1), D(2019, 9, 30));

    private static readonly ReferringUnit Rus = ReferringUnit.Create(ReferringUnitId.Create("unit-rus"), "Rusklinikken");
    private static readonly ReferringUnit Put = ReferringUnit.Create(ReferringUnitId.Create("unit-put"), "PUT");

    /// <summary>
    /// Ten people: 1–4 IPS Ung aged 19–28 from Rusklinikken tagged "rus"; 5–7 IPS aged 35–52 from PUT, 6 and 7 also
    /// tagged "pilot"; 8 and 9 with nothing recorded; 10 IPS Ung aged 24 from PUT tagged "rus" and "pilot". Exits in
    /// 2019: 1 (work, no benefits at exit), 2 (work, AAP at exit), 3 (work, benefits not recorded), 5 (work, none),
    /// 6 (other activity, AAP), 8 (work, none). Jobs for each work exit.
    /// </summary>
    internal static IpsProgramme Site(string id = "site-a")
    {
        var participants = new List<Participant>();
        var jobs = new List<Job>();
        void Add(int n, NavMeasure? measure, int? age, ReferringUnit? unit, string[] tags, NavBenefits? atEntry, (int Month, NavEndReason Reason, NavBenefits? AtExit)? exit = null)
        {
            ParticipantExit? record = exit is { } e
                ? ParticipantExit.Create(D(2019, e.Month, 15), e.Reason, NavEndReasons.IsWork(e.Reason) ? ExitStatus.Working : ExitStatus.Unresolved, e.AtExit)
                : null;
            var characteristics = EntryCharacteristics.Create(measure, age is { } a ? AgeAtEnrolment.FromAge(a) : null, unit, tags.Select(GroupingTag.Create), atEntry);
            participants.Add(Person(n, D(2018, 10, 1), record).WithCharacteristics(characteristics));
            if (exit is { } w && NavEndReasons.IsWork(w.Reason))
            {
                jobs.Add(Work(n, n, D(2019, 1, 2)));
            }
        }

        Add(1, NavMeasure.IpsUng, 19, Rus, ["rus"], NavBenefits.Aap, (9, NavEndReason.WorkWithoutWageSubsidy, NavBenefits.None));
        Add(2, NavMeasure.IpsUng, 22, Rus, ["rus"], NavBenefits.Aap | NavBenefits.SocialAssistance, (3, NavEndReason.WorkCombinedWithOtherNavBenefits, NavBenefits.Aap));
        Add(3, NavMeasure.IpsUng, 26, Rus, ["rus"], NavBenefits.SocialAssistance, (4, NavEndReason.WorkWithoutWageSubsidy, null));
        Add(4, NavMeasure.IpsUng, 28, Rus, ["rus"], null);
        Add(5, NavMeasure.Ips, 35, Put, [], NavBenefits.DisabilityBenefitGraded, (5, NavEndReason.WorkWithoutWageSubsidy, NavBenefits.None));
        Add(6, NavMeasure.Ips, 44, Put, ["pilot"], NavBenefits.Aap, (6, NavEndReason.OtherActivity, NavBenefits.Aap));
        Add(7, NavMeasure.Ips, 52, Put, ["pilot"], NavBenefits.None);
        Add(8, null, null, null, [], null, (7, NavEndReason.WorkWithoutWageSubsidy, NavBenefits.None));
        Add(9, null, null, null, [], null);
        Add(10, NavMeasure.IpsUng, 24, Put, ["rus", "pilot"], null);
        return Programme(id, participants, jobs);
    }

    private static string[] Keys(IEnumerable<NavOutcomeGroup> groups) => [.. groups.Select(g => g.Key.ToString())];

    [Fact]
    public void ByMeasure_GroupsInMeasureOrder_ThenNotRecorded_EachWithItsOwnFigures()
    {
        var groups = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Measure);

        Assert.Equal(["Measure=INDJOBSTOT", "Measure=IPSUNG", "Measure=(not recorded)"], Keys(groups));
        Assert.Equal([3, 5, 2], groups.Select(g => g.Participants));
        var ung = groups[1].Tables.SecondPeriod.Exits;
        Assert.Equal((3, 3), (ung.Total, ung.ToWork.Count));
        Assert.Equal((2, 1), (groups[0].Tables.SecondPeriod.Exits.Total, groups[0].Tables.SecondPeriod.Exits.ToWork.Count));
        Assert.Equal((1, 1), (groups[2].Tables.SecondPeriod.Exits.Total, groups[2].Tables.SecondPeriod.Exits.ToWork.Count));
        Assert.Equal(groups[1].Key, groups[1].Tables.Group);
        Assert.All(groups, g => Assert.Equal(ProgrammeId.Create("site-a"), g.Site));
    }

    [Fact]
    public void ByAgeBand_UsesTheDefaultBands_OrTheCallers()
    {
        var groups = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.AgeBand());
        Assert.Equal(["AgeBand=0-19", "AgeBand=20-24", "AgeBand=25-29", "AgeBand=30-39", "AgeBand=40-49", "AgeBand=50-59", "AgeBand=(not recorded)"], Keys(groups));
        Assert.Equal([1, 2, 2, 1, 1, 1, 2], groups.Select(g => g.Participants));

        var under30 = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.AgeBand(AgeBands.Create(30)));
        Assert.Equal(["AgeBand=0-29", "AgeBand=30+", "AgeBand=(not recorded)"], Keys(under30));
        Assert.Equal(3, under30[0].Tables.SecondPeriod.Exits.ToWork.Count);
    }

    [Fact]
    public void ByReferringUnit_GroupsByIdInOrdinalOrder_WithTheCallersLabel_NeverPrintingTheId()
    {
        var groups = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.ReferringUnit);

        Assert.Equal(["unit-put", "unit-rus", null], groups.Select(g => g.Key.Value));
        Assert.Equal(["PUT", "Rusklinikken", null], groups.Select(g => g.Key.Label));
        Assert.Equal([4, 4, 2], groups.Select(g => g.Participants));
        Assert.All(groups, g => Assert.DoesNotContain("unit-", g.Key.ToString(), StringComparison.Ordinal));
        Assert.Contains("Gruppe: henvisende enhet Rusklinikken", groups[1].Tables.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void ByReferringUnit_AUnitWithoutALabel_IsNamedByAPlaceholder_NeverByItsId()
    {
        var unlabelled = ReferringUnit.Create(ReferringUnitId.Create("SECRET-ID-123"));
        var programme = Programme("site-u", [Person(1, D(2019, 1, 5)).WithCharacteristics(EntryCharacteristics.Create(referringUnit: unlabelled))]);

        var group = Assert.Single(NavOutcomeCalculator.ComputeBy([programme], September, OutcomeGrouping.ReferringUnit));

        Assert.Equal("SECRET-ID-123", group.Key.Value);
        Assert.Null(group.Key.Label);
        foreach (var language in Enum.GetValues<NavReportLanguage>())
        {
            foreach (var format in Enum.GetValues<NavReportFormat>())
            {
                Assert.DoesNotContain("SECRET", group.Tables.Render(language, format), StringComparison.Ordinal);
            }
        }

        Assert.Contains("Gruppe: henvisende enhet (enhet uten navn)", group.Tables.Render(), StringComparison.Ordinal);
        Assert.Contains("Group: referring unit (unit without a label)", group.Tables.Render(NavReportLanguage.English), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", group.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ByTag_GroupsOverlap_APersonWithTwoTagsIsInBoth()
    {
        var groups = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Tag);

        Assert.Equal(["Tag=pilot", "Tag=rus", "Tag=(not recorded)"], Keys(groups));
        Assert.Equal([3, 5, 3], groups.Select(g => g.Participants));
        Assert.True(groups.Sum(g => g.Participants) > Site().Participants.Length);
    }

    [Fact]
    public void BySite_IsOneGroupPerProgramme_EqualToTheWholeSitesTables()
    {
        var a = Site("site-a");
        var b = Site("site-b");
        var groups = NavOutcomeCalculator.ComputeBy([a, b], September, OutcomeGrouping.Site);

        Assert.Equal(["Site=site-a", "Site=site-b"], Keys(groups));
        var whole = NavOutcomeTables.Create(a, September);
        Assert.Equal(whole.Render(), groups[0].Tables.Render().Replace("\nGruppe: sted site-a\n", string.Empty, StringComparison.Ordinal));
        Assert.Null(whole.Group);
    }

    [Fact]
    public void Groups_CountOnlyTheirParticipantsRecords_JobsContactsAndActivity()
    {
        var contacts = new[] { InPersonContact(D(2019, 9, 5), 4), InPersonContact(D(2019, 9, 20), 9) };
        var programme = Programme("site-c", Site().Participants, Site().Jobs, contacts);
        var groups = NavOutcomeCalculator.ComputeBy([programme], September, OutcomeGrouping.Measure);

        var ung = groups[1].Tables.Period;
        Assert.Equal(1, ung.DaysToFirstEmployerContact.Cohort);  // person 4's contact, not person 9's
        Assert.Equal(3, ung.ActiveParticipants);                // 1 (left on 15 September), 4 and 10
        Assert.Equal(3, groups[1].Tables.SecondPeriod.JobStartsLast12Months.Jobs);
        Assert.Equal(1, groups[2].Tables.Period.DaysToFirstEmployerContact.Cohort);
        Assert.Equal(0, groups[0].Tables.Period.DaysToFirstEmployerContact.Cohort);
    }

    [Fact]
    public void SmallCellSuppression_AppliesToEachGroupsOwnCounts()
    {
        var groups = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Measure, suppression: SmallCellSuppression.HideBelow(3));

        Assert.All(groups, g => Assert.Equal(3, g.Tables.Suppression.MinimumCount));
        var ung = groups[1].Tables.Render();
        Assert.Contains("SUM formidling til arbeid", ung, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"SUM formidling til arbeid +<3 +3\n"), ung);
    }

    [Fact]
    public void ComputeBy_Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.ComputeBy(null!, September, OutcomeGrouping.Site));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.ComputeBy([Site()], September, null!));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.ComputeBy([null!], September, OutcomeGrouping.Site));
        Assert.Throws<FluentValidation.ValidationException>(() => NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Site, options: new NavOutcomeOptions { CompetitiveJobPolicy = null! }));
    }

    [Fact]
    public void GroupsWithoutParticipants_AreLeftOut()
    {
        var plain = Programme("plain", [Person(1, D(2019, 1, 5))]);
        var groups = NavOutcomeCalculator.ComputeBy([plain], September, OutcomeGrouping.Measure);
        Assert.Equal(["Measure=(not recorded)"], Keys(groups));
        Assert.Empty(NavOutcomeCalculator.ComputeBy([Programme("empty", [])], September, OutcomeGrouping.Tag));
    }

    [Fact]
    public void Benefits_LeftForWorkWithoutBenefits_CountsWorkExitsRecordedAsNone_OfAllExits()
    {
        var exits = NavOutcomeCalculator.Calculate(Site(), YearToDate).Exits;

        // Work exits 1, 5, 8 with none at exit; 2 has AAP; 3 is not recorded and never counts as "without".
        Assert.Equal(new CountShare(3, 6), exits.Benefits.ToWorkWithoutBenefits);
        Assert.Equal(1, exits.Benefits.ToWorkBenefitsNotRecorded);
        Assert.Equal((5, 5), (exits.Benefits.RecordedAtEntry, exits.Benefits.RecordedAtExit));
    }

    [Fact]
    public void Benefits_ByBenefit_AtEntryAndExit_OfThoseRecorded_FlagsCountedEach()
    {
        var rows = NavOutcomeCalculator.Calculate(Site(), YearToDate).Exits.Benefits.ByBenefit;

        Assert.Equal(NavBenefits.None, rows[0].Benefit);
        Assert.Equal(7, rows.Length);
        CountShare At(NavBenefits b, bool exit) => exit ? rows.Single(r => r.Benefit == b).AtExit : rows.Single(r => r.Benefit == b).AtEntry;
        Assert.Equal(new CountShare(3, 5), At(NavBenefits.None, exit: true));
        Assert.Equal(new CountShare(2, 5), At(NavBenefits.Aap, exit: true));
        Assert.Equal(new CountShare(0, 5), At(NavBenefits.None, exit: false));             // 8 has none recorded
        Assert.Equal(new CountShare(3, 5), At(NavBenefits.Aap, exit: false));              // 1, 2, 6
        Assert.Equal(new CountShare(2, 5), At(NavBenefits.SocialAssistance, exit: false)); // 2, 3
        Assert.Equal(new CountShare(1, 5), At(NavBenefits.DisabilityBenefitGraded, exit: false));
    }

    [Fact]
    public void Benefits_OnlyExitsInThePeriod_AreCounted()
    {
        var september = NavOutcomeCalculator.Calculate(Site(), September).Exits.Benefits;
        Assert.Equal(new CountShare(1, 1), september.ToWorkWithoutBenefits);
        Assert.Equal((1, 1), (september.RecordedAtEntry, september.RecordedAtExit));
    }

    [Fact]
    public void Benefits_AreRendered_WhenRecorded_InBothLanguages()
    {
        var tables = NavOutcomeTables.Create(Site(), September);
        var nb = tables.Render();
        var en = tables.Render(NavReportLanguage.English, NavReportFormat.Markdown);

        Assert.Matches(new Regex(@"Formidlet til arbeid og uten ytelser ved avslutning +1 \(100 %\) +3 \(50 %\)\n"), nb);
        Assert.Matches(new Regex(@"Formidlet til arbeid, ytelser ved avslutning ikke registrert +0 +1\n"), nb);
        Assert.Contains("av 5 som avsluttet i januar–september 2019 med ytelser ved avslutning registrert", nb, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"Arbeidsavklaringspenger \(AAP\) +0 \(0 %\) +2 \(40 %\)\n"), nb);
        Assert.Contains("| Left for work and without benefits at exit | 1 (100%) | 3 (50%) |", en, StringComparison.Ordinal);
        Assert.Contains("## Benefits at entry of those who left", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Benefits_NotRecordedAnywhere_LeaveTheReportAsBefore()
    {
        var plain = Programme("plain", [Person(1, D(2019, 1, 5), ExitOn(D(2019, 9, 3)))]);
        var text = NavOutcomeTables.Create(plain, September).Render();
        Assert.DoesNotContain("ytelser ved avslutning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gruppe", text, StringComparison.Ordinal);
        Assert.False(NavOutcomeCalculator.Calculate(plain, September).Exits.Benefits.AnyRecorded);
    }

    [Fact]
    public void GroupHeading_NamesMeasureAndAgeBand_InEachLanguage()
    {
        var measure = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Measure);
        Assert.Contains("Gruppe: tiltak Individuell karrierestøtte (IPS Ung)", measure[1].Tables.Render(), StringComparison.Ordinal);
        Assert.Contains("Group: measure (not recorded)", measure[2].Tables.Render(NavReportLanguage.English), StringComparison.Ordinal);
        var age = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.AgeBand());
        Assert.Contains("Gruppe: alder ved oppstart under 20 år", age[0].Tables.Render(), StringComparison.Ordinal);
        Assert.Contains("Group: age at enrolment 20–24", age[1].Tables.Render(NavReportLanguage.English), StringComparison.Ordinal);
        var old = NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.AgeBand(AgeBands.Create(50)));
        Assert.Contains("Gruppe: alder ved oppstart 50 år og over", old[1].Tables.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeBy_IsTheSameUnderAnyCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var tr = string.Concat(NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Tag).Select(g => g.Tables.Render()));
            CultureInfo.CurrentCulture = new CultureInfo("nb-NO");
            var nb = string.Concat(NavOutcomeCalculator.ComputeBy([Site()], September, OutcomeGrouping.Tag).Select(g => g.Tables.Render()));
            Assert.Equal(nb, tr);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
