using System.Text.RegularExpressions;
using Ips.Core.Jobs;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeTablesTests
{

    /// <summary>
    /// The seed's Rusklinikken year to date (JobbResept1, January–September 2019), where its tables agree: 35 exits,
    /// 13 to work without subsidy + 2 combined with other NAV benefits = 15 to work (working), 1 to self-funded
    /// education (studying), 19 unresolved (4 moved to another measure, 13 other activity, 2 stopped for illness).
    /// In September: 1 to work without subsidy and 2 to other activity.
    /// </summary>
    internal static IpsProgramme Rusklinikken()
    {
        var participants = new List<Participant>();
        var jobs = new List<Job>();
        var n = 0;
        void Exit(int month, NavEndReason reason, ExitStatus status, decimal? percent = null)
        {
            n++;
            var date = D(2019, month, 10 + (n % 15));
            participants.Add(Person(n, D(2018, 6, 1), ExitOn(date, reason, status)));
            if (percent is { } p)
            {
                jobs.Add(Work(n, n, D(2018, 9, 1), size: p == 0 ? PositionSize.OnCall : PositionSize.FromPercent(p)));
            }
        }

        for (var i = 0; i < 12; i++)
        {
            Exit(1 + (i % 8), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working, i % 3 == 0 ? 0m : 50m);
        }

        Exit(9, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working, 100m);
        Exit(3, NavEndReason.WorkCombinedWithOtherNavBenefits, ExitStatus.Working, 20m);
        Exit(5, NavEndReason.WorkCombinedWithOtherNavBenefits, ExitStatus.Working, 20m);
        Exit(4, NavEndReason.EducationSelfFunded, ExitStatus.Studying);
        for (var i = 0; i < 4; i++)
        {
            Exit(2 + i, NavEndReason.MovedToAnotherNavMeasure, ExitStatus.Unresolved);
        }

        for (var i = 0; i < 11; i++)
        {
            Exit(1 + (i % 8), NavEndReason.OtherActivity, ExitStatus.Unresolved);
        }

        Exit(9, NavEndReason.OtherActivity, ExitStatus.Unresolved);
        Exit(9, NavEndReason.OtherActivity, ExitStatus.Unresolved);
        Exit(6, NavEndReason.StoppedDueToIllness, ExitStatus.Unresolved);
        Exit(7, NavEndReason.StoppedDueToIllness, ExitStatus.Unresolved, 30m); // a job, but not a work exit: not in the position table

        participants.Add(Person(++n, D(2019, 2, 1))); // still active
        return Programme("rusklinikken", participants, jobs);
    }

    /// <summary>The cells of the text row whose label is <paramref name="label"/>: label, first column, second column.</summary>
    private static string[] Row(string text, string label)
    {
        var line = Assert.Single(text.Split('\n'), l => l.StartsWith(label + "  ", StringComparison.Ordinal));
        return Regex.Split(line, "  +");
    }

    [Fact]
    public void Rusklinikken_YearToDate_RendersTheSeedsFiguresThatAgree_InNorwegianText()
    {
        var text = NavOutcomeTables.Create(Rusklinikken(), September).Render(NavReportLanguage.Norwegian, NavReportFormat.Text);

        Assert.Equal(["Arbeid uten lønnstilskudd", "1", "13"], Row(text, "Arbeid uten lønnstilskudd"));
        Assert.Equal(["Arbeid i kombinasjon med andre ytelser fra NAV", "0", "2"], Row(text, "Arbeid i kombinasjon med andre ytelser fra NAV"));
        Assert.Equal(["SUM formidling til arbeid", "1", "15"], Row(text, "SUM formidling til arbeid"));
        Assert.Equal(["Jobber", "1 (33 %)", "15 (43 %)"], Row(text, "Jobber"));
        Assert.Equal(["Studerer", "0 (0 %)", "1 (3 %)"], Row(text, "Studerer"));
        Assert.Equal(["Uavklart", "2 (67 %)", "19 (54 %)"], Row(text, "Uavklart"));
        Assert.Equal(["Andel av avsluttede saker med andre utfall enn arbeid", "67 %", "57 %"], Row(text, "Andel av avsluttede saker med andre utfall enn arbeid"));
        Assert.Equal(["Andre aktive tiltak (medisinsk behandling, kommunale tilbud)", "2", "13"], Row(text, "Andre aktive tiltak (medisinsk behandling, kommunale tilbud)"));

        // Every table states its cohort and denominator per column.
        Assert.Contains("av 3 som avsluttet i september 2019", text, StringComparison.Ordinal);
        Assert.Contains("av 35 som avsluttet i januar–september 2019", text, StringComparison.Ordinal);
        Assert.Contains("av 15 som avsluttet til jobb i januar–september 2019 (største stilling ved avslutning)", text, StringComparison.Ordinal);

        // Position size: the 15 work exits once each; the illness exit's 30 % job is not counted.
        Assert.Equal(["<10 (og tilkalling)", "0 (0 %)", "4 (27 %)"], Row(text, "<10 (og tilkalling)"));
        Assert.Equal(["20–40", "0 (0 %)", "2 (13 %)"], Row(text, "20–40"));
        Assert.Equal(["40–60", "0 (0 %)", "8 (53 %)"], Row(text, "40–60"));
        Assert.Equal(["80–100", "1 (100 %)", "1 (7 %)"], Row(text, "80–100"));

        Assert.Contains("Små tall: vises (ingen skjuling).", text, StringComparison.Ordinal);
        Assert.Contains("Valg: stillingsprosent personer avsluttet til jobb, én gang hver; dager til arbeidsgivermøte første møte i perioden; oppstart = første møte med jobbspesialist.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rusklinikken_InEnglishMarkdown_StatesCohortsAndShares()
    {
        var markdown = NavOutcomeTables.Create(Rusklinikken(), September).Render(NavReportLanguage.English, NavReportFormat.Markdown);

        Assert.StartsWith("# Results rusklinikken\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Total exits to work | 1 | 15 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Working | 1 (33%) | 15 (43%) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Studying | 0 (0%) | 1 (3%) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Unresolved | 2 (67%) | 19 (54%) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Share of those who left who left for work | 33% | 43% |", markdown, StringComparison.Ordinal);
        Assert.Contains("|  | of 3 who left in September 2019 | of 35 who left in January–September 2019 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Job starts in the last 12 months |", markdown, StringComparison.Ordinal);
        Assert.Contains("Small cells: shown (no suppression).", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("p-", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallCellSuppression_HidesCountsBelowTheMinimum_AndIsStamped()
    {
        var text = NavOutcomeTables.Create(Rusklinikken(), September, suppression: SmallCellSuppression.HideBelow(5)).Render();

        Assert.Equal(["Studerer", "0 (0 %)", "<5"], Row(text, "Studerer"));
        Assert.Equal(["Jobber", "<5", "15 (43 %)"], Row(text, "Jobber"));
        Assert.Equal(["SUM formidling til arbeid", "<5", "15"], Row(text, "SUM formidling til arbeid"));
        Assert.Equal(["Arbeid i kombinasjon med andre ytelser fra NAV", "0", "<5"], Row(text, "Arbeid i kombinasjon med andre ytelser fra NAV"));
        Assert.Contains("av <5 som avsluttet i september 2019", text, StringComparison.Ordinal);
        Assert.Contains("Små tall: tall fra 1 til 4 er skjult (<5).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallCellSuppression_IsOffByDefault_AndBoundsItsMinimum()
    {
        Assert.False(NavOutcomeTables.Create(Rusklinikken(), September).Suppression.IsOn);
        Assert.False(SmallCellSuppression.Off.Hides(1));
        Assert.True(SmallCellSuppression.HideBelow(5).Hides(4));
        Assert.False(SmallCellSuppression.HideBelow(5).Hides(5));
        Assert.False(SmallCellSuppression.HideBelow(5).Hides(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppression.HideBelow(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppression.HideBelow(101));
    }

    [Fact]
    public void SecondPeriod_DefaultsToTheYearToDate_AndCanBeAnyPeriod()
    {
        var programme = Rusklinikken();

        Assert.Equal(new DateInterval(D(2019, 1, 1), D(2019, 9, 30)), NavOutcomeTables.Create(programme, September).SecondPeriod.Period);
        var any = NavOutcomeTables.Create(programme, September, new DateInterval(D(2019, 3, 5), D(2019, 9, 30)));
        Assert.Contains("2019-03-05–2019-09-30", any.Render(NavReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UndefinedLanguageOrFormat_Throws()
    {
        var tables = NavOutcomeTables.Create(Programme("p", []), September);

        var language = Assert.Throws<ArgumentOutOfRangeException>(() => tables.Render((NavReportLanguage)5));
        var format = Assert.Throws<ArgumentOutOfRangeException>(() => tables.Render(NavReportLanguage.English, (NavReportFormat)5));

        Assert.Equal(("language", (object)(NavReportLanguage)5), (language.ParamName, language.ActualValue!));
        Assert.StartsWith("The language is not a defined NavReportLanguage.", language.Message, StringComparison.Ordinal);
        Assert.Equal(("format", (object)(NavReportFormat)5), (format.ParamName, format.ActualValue!));
        Assert.StartsWith("The format is not a defined NavReportFormat.", format.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullProgrammeOrPeriod_IsRejectedByName()
    {
        Assert.Equal("programme", Assert.Throws<ArgumentNullException>(() => NavOutcomeTables.Create(null!, September)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => NavOutcomeTables.Create(Programme("p", []), null!)).ParamName);
    }

    [Fact]
    public void EmptyProgramme_RendersDashesForSharesWithoutADenominator()
    {
        var text = NavOutcomeTables.Create(Programme("p", []), September).Render(NavReportLanguage.English);

        Assert.Equal(["Share of those who left who left for work", "–", "–"], Row(text, "Share of those who left who left for work"));
        Assert.Equal(["Median days", "–", "–"], Row(text, "Median days"));
    }

    [Fact]
    public void Labels_HaveTheSameKeysInBothLanguages()
    {
        var nb = NavOutcomeLabels.For(NavReportLanguage.Norwegian).Keys.Order(StringComparer.Ordinal).ToArray();
        var en = NavOutcomeLabels.For(NavReportLanguage.English).Keys.Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(nb, en);
        Assert.All(Enum.GetValues<NavEndReason>(), r => Assert.Contains("reason." + r, nb));
        Assert.All(Enum.GetValues<ExitStatus>(), s => Assert.Contains("status." + s, nb));
        Assert.All(Enum.GetValues<PositionSizeBand>(), b => Assert.Contains("band." + b, nb));
    }
}
