using System.Globalization;
using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Outcomes;

/// <summary>Builds the <see cref="NavOutcomeContent"/> of <see cref="NavOutcomeTables"/> in one language, the small-cell policy applied.</summary>
internal sealed class NavOutcomeContentBuilder
{
    private static readonly NavEndReason[] WorkReasons =
        [NavEndReason.WorkWithoutWageSubsidy, NavEndReason.WorkWithWageSubsidy, NavEndReason.WorkCombinedWithOtherNavBenefits, NavEndReason.WorkWithGradedDisabilityPension];

    private readonly NavOutcomeTables _tables;
    private readonly NavOutcomeLabels _l;
    private readonly string _language;
    private readonly List<NavOutcomeSection> _sections = [];

    internal NavOutcomeContentBuilder(NavOutcomeTables tables, NavReportLanguage language)
    {
        _tables = tables;
        _l = NavOutcomeLabels.For(language);
        _language = language == NavReportLanguage.English ? "en" : "nb";
    }

    internal NavOutcomeContent Build()
    {
        var a = _tables.Period;
        var b = _tables.SecondPeriod;

        // Benefits rows and tables appear only when benefits are recorded, so reports without them stay as they were.
        var benefits = a.Exits.Benefits.AnyRecorded || b.Exits.Benefits.AnyRecorded;

        // Exits to work: the four work reasons, their sum and share of all exits.
        var rows = new List<NavOutcomeRow>();
        foreach (var reason in WorkReasons)
        {
            rows.Add(Row("reason." + reason, Count(Reason(a, reason)), Count(Reason(b, reason))));
        }

        rows.Add(Row("row.sumWork", Count(a.Exits.ToWork), Count(b.Exits.ToWork)));
        rows.Add(Row("row.shareWork", Percent(a.Exits.ToWork), Percent(b.Exits.ToWork)));
        if (benefits)
        {
            rows.Add(Row("row.workWithoutBenefits", Share(a.Exits.Benefits.ToWorkWithoutBenefits), Share(b.Exits.Benefits.ToWorkWithoutBenefits)));
            rows.Add(Row("row.workBenefitsNotRecorded", Count(a.Exits.Benefits.ToWorkBenefitsNotRecorded), Count(b.Exits.Benefits.ToWorkBenefitsNotRecorded)));
        }

        Table("table.work", ExitCohort(a), ExitCohort(b), rows);

        // Other end reasons and the share with other outcomes than work.
        rows = [];
        foreach (var reason in Enum.GetValues<NavEndReason>())
        {
            if (!NavEndReasons.IsWork(reason))
            {
                rows.Add(Row("reason." + reason, Count(Reason(a, reason)), Count(Reason(b, reason))));
            }
        }

        rows.Add(Row("row.shareOther", Percent(Other(a.Exits)), Percent(Other(b.Exits))));
        Table("table.other", ExitCohort(a), ExitCohort(b), rows);

        rows =
        [
            Row("row.starts6", Count(a.JobStartsLast6Months.Jobs), Count(b.JobStartsLast6Months.Jobs)),
            Row("row.starts12", Count(a.JobStartsLast12Months.Jobs), Count(b.JobStartsLast12Months.Jobs)),
        ];
        Table("table.starts", Starts(a.JobStartsLast12Months.Window), Starts(b.JobStartsLast12Months.Window), rows);

        rows = [];
        foreach (var status in a.Exits.ByStatus.Select(s => s.Status))
        {
            rows.Add(Row("status." + status, Share(a.Exits.ByStatus.Single(s => s.Status == status).Exits), Share(b.Exits.ByStatus.Single(s => s.Status == status).Exits)));
        }

        Table("table.status", ExitCohort(a), ExitCohort(b), rows);
        if (benefits)
        {
            BenefitTable("table.benefits.exit", "cohort.benefits.exit", a, b, atExit: true);
            BenefitTable("table.benefits.entry", "cohort.benefits.entry", a, b, atExit: false);
        }

        rows = [];
        for (var i = 0; i < a.PositionSizeAtExit.Length; i++)
        {
            rows.Add(Row("band." + a.PositionSizeAtExit[i].Band, Share(a.PositionSizeAtExit[i].Jobs), Share(b.PositionSizeAtExit[i].Jobs)));
        }

        var jobs = a.Options.PositionSizeCohort == PositionSizeCohort.JobsHeldAtExit;
        Table(jobs ? "table.position.jobs" : "table.position", PositionCohort(a, jobs), PositionCohort(b, jobs), rows);

        rows = [Row("row.median", Median(a.DaysToFirstEmployerContact), Median(b.DaysToFirstEmployerContact))];
        Table("table.days", DaysCohort(a), DaysCohort(b), rows);

        var options = a.Options;
        var optionsStamp = _l.Format(
            "stamp.options",
            ("position", _l["option." + options.PositionSizeCohort]),
            ("days", _l["option." + options.FirstContactCohort]),
            ("entry", _l["option." + options.FirstContact.Entry]));
        var suppression = _tables.Suppression;
        var suppressionStamp = suppression.IsOn
            ? _l.Format("stamp.suppression.on", ("max", Int(suppression.MinimumCount - 1)), ("min", Int(suppression.MinimumCount)))
            : _l["stamp.suppression.off"];
        return new NavOutcomeContent(
            _l.Format("title", ("programme", a.Programme.Value)),
            _language,
            a.Programme.Value,
            _tables.Group is { } group ? _l.Format("group", ("kind", _l["group.kind." + group.Kind]), ("value", GroupValue(group))) : null,
            [new("first", a.Period, a.ReferenceDate, PeriodName(a.Period)), new("second", b.Period, b.ReferenceDate, PeriodName(b.Period))],
            _sections,
            options,
            optionsStamp,
            suppression,
            suppressionStamp);
    }

    private void BenefitTable(string id, string cohortKey, NavOutcomeReport a, NavOutcomeReport b, bool atExit)
    {
        var rows = new List<NavOutcomeRow>();
        var (ra, rb) = (a.Exits.Benefits.ByBenefit, b.Exits.Benefits.ByBenefit);
        for (var i = 0; i < ra.Length; i++)
        {
            rows.Add(Row("benefit." + ra[i].Benefit, Share(atExit ? ra[i].AtExit : ra[i].AtEntry), Share(atExit ? rb[i].AtExit : rb[i].AtEntry)));
        }

        string Cohort(NavOutcomeReport r) =>
            _l.Format(cohortKey, ("n", CountText(atExit ? r.Exits.Benefits.RecordedAtExit : r.Exits.Benefits.RecordedAtEntry)), ("period", PeriodName(r.Period)));
        Table(id, Cohort(a), Cohort(b), rows);
    }

    private string GroupValue(NavOutcomeGroupKey group)
    {
        if (group.Value is not { } value)
        {
            return _l["group.notRecorded"];
        }

        switch (group.Kind)
        {
            case OutcomeGroupingKind.Measure:
                return _l["measure." + value];
            case OutcomeGroupingKind.AgeBand:
                var dash = value.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0)
                {
                    return _l.Format("ageband.over", ("from", value.TrimEnd('+')));
                }

                var (from, last) = (value[..dash], value[(dash + 1)..]);
                return from == "0"
                    ? _l.Format("ageband.under", ("to", Int(int.Parse(last, CultureInfo.InvariantCulture) + 1)))
                    : _l.Format("ageband.range", ("from", from), ("last", last));
            case OutcomeGroupingKind.ReferringUnit:
                // The caller's label is theirs to publish; the opaque id is never rendered.
                return group.Label ?? _l["group.unlabelled"];
            default:
                return value;
        }
    }

    private static CountShare Reason(NavOutcomeReport report, NavEndReason reason) => report.Exits.ByReason.Single(r => r.Reason == reason).Exits;

    private static CountShare Other(ExitFigures exits) => new(exits.Total - exits.ToWork.Count, exits.Total);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private bool Hides(int count) => _tables.Suppression.Hides(count);

    private NavOutcomeRow Row(string figure, params NavOutcomeCell[] cells) => new(figure, _l[figure], cells);

    private string CountText(int count) => Hides(count) ? _l.Format("cell.suppressed", ("0", Int(_tables.Suppression.MinimumCount))) : Int(count);

    private string PercentText(double fraction) => _l.Format("percent", ("0", Int((int)Math.Round(fraction * 100, MidpointRounding.AwayFromZero))));

    /// <summary>A count without a denominator (job starts).</summary>
    private NavOutcomeCell Count(int count) =>
        new(NavOutcomeCellKind.Count, Hides(count) ? null : count, null, null, null, Hides(count), CountText(count));

    /// <summary>A count shown alone, its denominator and share kept for the analysis formats.</summary>
    private NavOutcomeCell Count(CountShare share) => Cell(NavOutcomeCellKind.Count, share, CountText(share.Count));

    private NavOutcomeCell Percent(CountShare share) =>
        Cell(NavOutcomeCellKind.Percent, share, share.Share is { } fraction && !Hides(share.Count) ? PercentText(fraction) : _l["cell.none"]);

    private NavOutcomeCell Share(CountShare share) =>
        Cell(
            NavOutcomeCellKind.CountAndShare,
            share,
            share.Share is { } fraction && !Hides(share.Count)
                ? _l.Format("cell.share", ("count", Int(share.Count)), ("percent", PercentText(fraction)))
                : CountText(share.Count));

    private NavOutcomeCell Cell(NavOutcomeCellKind kind, CountShare share, string text)
    {
        var hidden = Hides(share.Count) || Hides(share.Denominator);
        return new NavOutcomeCell(
            kind,
            Hides(share.Count) ? null : share.Count,
            Hides(share.Denominator) ? null : share.Denominator,
            Hides(share.Count) ? null : share.Share,
            null,
            hidden,
            text);
    }

    private NavOutcomeCell Median(DaysToFirstEmployerContact days)
    {
        var hidden = Hides(days.Measured);
        var text = days.MedianDays is { } median && !hidden ? median.ToString("0.#", CultureInfo.InvariantCulture) : _l["cell.none"];
        return new NavOutcomeCell(NavOutcomeCellKind.Value, null, hidden ? null : days.Measured, null, hidden ? null : days.MedianDays, hidden, text);
    }

    private string PeriodName(DateInterval period)
    {
        var (start, end) = (period.Start, period.End);
        var wholeMonths = start.Day == 1 && end == end.With(DateAdjusters.EndOfMonth) && start.Year == end.Year;
        if (!wholeMonths)
        {
            return _l.Format("period.dates", ("from", Iso(start)), ("to", Iso(end)));
        }

        return start.Month == end.Month
            ? _l.Format("period.month", ("month", _l["month." + Int(start.Month)]), ("year", Int(start.Year)))
            : _l.Format("period.months", ("from", _l["month." + Int(start.Month)]), ("to", _l["month." + Int(end.Month)]), ("year", Int(start.Year)));
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private string ExitCohort(NavOutcomeReport r) => _l.Format("cohort.exits", ("n", CountText(r.Exits.Total)), ("period", PeriodName(r.Period)));

    private string PositionCohort(NavOutcomeReport r, bool jobs) =>
        _l.Format(jobs ? "cohort.position.jobs" : "cohort.position.people", ("n", CountText(r.PositionSizeAtExit.IsEmpty ? 0 : r.PositionSizeAtExit[0].Jobs.Denominator)), ("period", PeriodName(r.Period)));

    private string DaysCohort(NavOutcomeReport r) =>
        _l.Format(
            r.DaysToFirstEmployerContact.CohortDefinition == FirstContactCohort.EnrolledInPeriod ? "cohort.days.enrolled" : "cohort.days.first",
            ("n", CountText(r.DaysToFirstEmployerContact.Measured)),
            ("period", PeriodName(r.Period)));

    private string Starts(DateInterval window) => _l.Format("cohort.starts", ("from", Iso(window.Start)), ("to", Iso(window.End)));

    private void Table(string id, string firstCohort, string secondCohort, List<NavOutcomeRow> rows) =>
        _sections.Add(new NavOutcomeSection(id, _l[id], [firstCohort, secondCohort], rows));
}
