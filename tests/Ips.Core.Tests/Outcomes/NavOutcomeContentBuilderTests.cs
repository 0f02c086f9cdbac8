using Ips.Core.Outcomes;
using Ips.Core.Programmes;
using Ips.TestSupport;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

/// <summary>The format-neutral content every format writes: which tables appear, their cohorts, and each cell's numbers and text.</summary>
public sealed class NavOutcomeContentBuilderTests
{
    /// <summary>The grouping site (see <see cref="NavOutcomeGroupingTests.Site"/>) with first employer meetings in September for person 4 (339 days after enrolment) and person 9 (354 days).</summary>
    private static IpsProgramme SiteWithMeetings()
    {
        var site = NavOutcomeGroupingTests.Site();
        return Programme("site-c", site.Participants, site.Jobs, [InPersonContact(D(2019, 9, 5), 4), InPersonContact(D(2019, 9, 20), 9)]);
    }

    private static NavOutcomeContent Content(NavOutcomeTables tables) => new NavOutcomeContentBuilder(tables, NavReportLanguage.English).Build();

    private static NavOutcomeSection Section(NavOutcomeTables tables, string id) => Content(tables).Sections.Single(s => s.Id == id);

    [Fact]
    public async Task IpsUngGroup_InEnglishText_ShowsBenefitsAtExitAndAtEntry_EachOfItsOwnRecordedExits()
    {
        // IPS Ung: exits 1 (September; AAP at entry, none at exit), 2 (March; AAP and social assistance at entry, AAP at
        // exit) and 3 (April; social assistance at entry, exit not recorded): 3 recorded at entry, 2 at exit.
        var ung = NavOutcomeCalculator.ComputeBy([SiteWithMeetings()], September, OutcomeGrouping.Measure)[1];

        Assert.Equal((3, 2), (ung.Tables.SecondPeriod.Exits.Benefits.RecordedAtEntry, ung.Tables.SecondPeriod.Exits.Benefits.RecordedAtExit));
        await Snapshot.Verify(ung.Tables.Render(NavReportLanguage.English));
    }

    [Fact]
    public void BenefitTables_Appear_WhenOnlyTheSecondPeriodHasBenefitsRecorded()
    {
        // INDJOBSTOT (people 5–7) has no exit in September, but two earlier in the year with benefits recorded.
        var ips = NavOutcomeCalculator.ComputeBy([SiteWithMeetings()], September, OutcomeGrouping.Measure)[0].Tables;

        Assert.False(ips.Period.Exits.Benefits.AnyRecorded);
        Assert.True(ips.SecondPeriod.Exits.Benefits.AnyRecorded);
        var content = Content(ips);
        Assert.Equal(
            ["table.work", "table.other", "table.starts", "table.status", "table.benefits.exit", "table.benefits.entry", "table.position", "table.days"],
            content.Sections.Select(s => s.Id));
        Assert.Equal(
            ["reason.WorkWithoutWageSubsidy", "reason.WorkWithWageSubsidy", "reason.WorkCombinedWithOtherNavBenefits", "reason.WorkWithGradedDisabilityPension", "row.sumWork", "row.shareWork", "row.workWithoutBenefits", "row.workBenefitsNotRecorded"],
            content.Sections[0].Rows.Select(r => r.Figure));
        Assert.Equal(["of 0 who left in September 2019 with benefits at exit recorded", "of 2 who left in January–September 2019 with benefits at exit recorded"], content.Sections[4].Cohorts);
    }

    [Fact]
    public void JobsHeldAtExit_AndEnrolledInPeriod_NameTheirOwnTablesAndCohorts()
    {
        var options = new NavOutcomeOptions { PositionSizeCohort = PositionSizeCohort.JobsHeldAtExit, FirstContactCohort = FirstContactCohort.EnrolledInPeriod };
        var tables = NavOutcomeTables.Create(SiteWithMeetings(), September, options: options);
        var content = Content(tables);

        var position = content.Sections.Single(s => s.Id.StartsWith("table.position", StringComparison.Ordinal));
        Assert.Equal(("table.position.jobs", "Position size of jobs held at exit"), (position.Id, position.Title));
        Assert.Equal(["of 1 jobs held at exit by those who left in September 2019", "of 5 jobs held at exit by those who left in January–September 2019"], position.Cohorts);
        Assert.Equal(["over 0 enrolled in September 2019", "over 0 enrolled in January–September 2019"], Section(tables, "table.days").Cohorts);
    }

    [Fact]
    public void ByDefault_ThePositionTableIsOfPeopleLeftForWork_AndTheDaysOfFirstMeetingsInThePeriod()
    {
        var tables = NavOutcomeTables.Create(SiteWithMeetings(), September);

        var position = Section(tables, "table.position");
        Assert.Equal("Position size of those who left for work", position.Title);
        Assert.Equal(["of 1 who left for work in September 2019 (largest job at exit)", "of 5 who left for work in January–September 2019 (largest job at exit)"], position.Cohorts);
        Assert.Equal(["over 2 whose first employer meeting fell in September 2019, from enrolment", "over 2 whose first employer meeting fell in January–September 2019, from enrolment"], Section(tables, "table.days").Cohorts);
    }

    [Fact]
    public void MedianDays_IsShownOverItsCohort_AndASmallCohortHidesBothTheMedianAndTheCount()
    {
        var shown = Section(NavOutcomeTables.Create(SiteWithMeetings(), September), "table.days").Rows.Single();
        var hidden = Section(NavOutcomeTables.Create(SiteWithMeetings(), September, suppression: SmallCellSuppression.HideBelow(3)), "table.days").Rows.Single();

        Assert.Equal(new NavOutcomeCell(NavOutcomeCellKind.Value, null, 2, null, 346.5, false, "346.5"), shown.Cells[0]);
        Assert.Equal(new NavOutcomeCell(NavOutcomeCellKind.Value, null, null, null, null, true, "–"), hidden.Cells[0]);
        Assert.Equal(hidden.Cells[0], hidden.Cells[1]);
    }

    [Fact]
    public void JobStarts_ASmallCountIsHiddenAsANumber_NotOnlyAsText_AndZeroIsShown()
    {
        var ung = NavOutcomeCalculator.ComputeBy([SiteWithMeetings()], September, OutcomeGrouping.Measure, suppression: SmallCellSuppression.HideBelow(5))[1].Tables;

        var starts = Section(ung, "table.starts");
        Assert.Equal(new NavOutcomeCell(NavOutcomeCellKind.Count, 0, null, null, null, false, "0"), starts.Rows[0].Cells[1]);
        Assert.Equal(new NavOutcomeCell(NavOutcomeCellKind.Count, null, null, null, null, true, "<5"), starts.Rows[1].Cells[1]);
        Assert.Equal(3, ung.SecondPeriod.JobStartsLast12Months.Jobs);
    }
}
