using System.Globalization;
using System.Text;
using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Outcomes;

/// <summary>Writes <see cref="NavOutcomeTables"/> as text or Markdown: every table a label column and one column per period.</summary>
internal sealed class NavOutcomeTableWriter
{
    private static readonly NavEndReason[] WorkReasons =
        [NavEndReason.WorkWithoutWageSubsidy, NavEndReason.WorkWithWageSubsidy, NavEndReason.WorkCombinedWithOtherNavBenefits, NavEndReason.WorkWithGradedDisabilityPension];

    private readonly NavOutcomeTables _tables;
    private readonly NavOutcomeLabels _l;
    private readonly NavReportFormat _format;
    private readonly StringBuilder _out = new();

    internal NavOutcomeTableWriter(NavOutcomeTables tables, NavOutcomeLabels labels, NavReportFormat format)
    {
        _tables = tables;
        _l = labels;
        _format = format;
    }

    internal string Write()
    {
        var a = _tables.Period;
        var b = _tables.SecondPeriod;
        var heading = _l.Format("title", ("programme", a.Programme.Value));
        _out.Append(_format == NavReportFormat.Markdown ? "# " + heading : heading).Append('\n');
        if (_tables.Group is { } group)
        {
            _out.Append('\n').Append(_l.Format("group", ("kind", _l["group.kind." + group.Kind]), ("value", GroupValue(group)))).Append('\n');
        }

        // Benefits rows and tables appear only when benefits are recorded, so reports without them stay as they were.
        var benefits = a.Exits.Benefits.AnyRecorded || b.Exits.Benefits.AnyRecorded;

        // Exits to work: the four work reasons, their sum and share of all exits.
        var rows = new List<string[]>();
        foreach (var reason in WorkReasons)
        {
            rows.Add([_l["reason." + reason], Count(Reason(a, reason)), Count(Reason(b, reason))]);
        }

        rows.Add([_l["row.sumWork"], Count(a.Exits.ToWork.Count), Count(b.Exits.ToWork.Count)]);
        rows.Add([_l["row.shareWork"], Percent(a.Exits.ToWork), Percent(b.Exits.ToWork)]);
        if (benefits)
        {
            rows.Add([_l["row.workWithoutBenefits"], Share(a.Exits.Benefits.ToWorkWithoutBenefits), Share(b.Exits.Benefits.ToWorkWithoutBenefits)]);
            rows.Add([_l["row.workBenefitsNotRecorded"], Count(a.Exits.Benefits.ToWorkBenefitsNotRecorded), Count(b.Exits.Benefits.ToWorkBenefitsNotRecorded)]);
        }

        Table("table.work", ExitCohort(a), ExitCohort(b), rows);

        // Other end reasons and the share with other outcomes than work.
        rows = [];
        foreach (var reason in Enum.GetValues<NavEndReason>())
        {
            if (!NavEndReasons.IsWork(reason))
            {
                rows.Add([_l["reason." + reason], Count(Reason(a, reason)), Count(Reason(b, reason))]);
            }
        }

        rows.Add([_l["row.shareOther"], Percent(Other(a.Exits)), Percent(Other(b.Exits))]);
        Table("table.other", ExitCohort(a), ExitCohort(b), rows);

        rows =
        [
            [_l["row.starts6"], Count(a.JobStartsLast6Months.Jobs), Count(b.JobStartsLast6Months.Jobs)],
            [_l["row.starts12"], Count(a.JobStartsLast12Months.Jobs), Count(b.JobStartsLast12Months.Jobs)],
        ];
        Table("table.starts", Starts(a.JobStartsLast12Months.Window), Starts(b.JobStartsLast12Months.Window), rows);

        rows = [];
        foreach (var status in a.Exits.ByStatus.Select(s => s.Status))
        {
            rows.Add([_l["status." + status], Share(a.Exits.ByStatus.Single(s => s.Status == status).Exits), Share(b.Exits.ByStatus.Single(s => s.Status == status).Exits)]);
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
            rows.Add([_l["band." + a.PositionSizeAtExit[i].Band], Share(a.PositionSizeAtExit[i].Jobs), Share(b.PositionSizeAtExit[i].Jobs)]);
        }

        var jobs = a.Options.PositionSizeCohort == PositionSizeCohort.JobsHeldAtExit;
        Table(jobs ? "table.position.jobs" : "table.position", PositionCohort(a, jobs), PositionCohort(b, jobs), rows);

        rows = [[_l["row.median"], Median(a.DaysToFirstEmployerContact), Median(b.DaysToFirstEmployerContact)]];
        Table("table.days", DaysCohort(a), DaysCohort(b), rows);

        var options = a.Options;
        _out.Append('\n').Append(_l.Format(
            "stamp.options",
            ("position", _l["option." + options.PositionSizeCohort]),
            ("days", _l["option." + options.FirstContactCohort]),
            ("entry", _l["option." + options.FirstContact.Entry]))).Append('\n');
        var suppression = _tables.Suppression;
        _out.Append(suppression.IsOn
            ? _l.Format("stamp.suppression.on", ("max", Int(suppression.MinimumCount - 1)), ("min", Int(suppression.MinimumCount)))
            : _l["stamp.suppression.off"]).Append('\n');
        return _out.ToString();
    }

    private void BenefitTable(string titleKey, string cohortKey, NavOutcomeReport a, NavOutcomeReport b, bool atExit)
    {
        var rows = new List<string[]>();
        var (ra, rb) = (a.Exits.Benefits.ByBenefit, b.Exits.Benefits.ByBenefit);
        for (var i = 0; i < ra.Length; i++)
        {
            rows.Add([_l["benefit." + ra[i].Benefit], Share(atExit ? ra[i].AtExit : ra[i].AtEntry), Share(atExit ? rb[i].AtExit : rb[i].AtEntry)]);
        }

        string Cohort(NavOutcomeReport r) =>
            _l.Format(cohortKey, ("n", Count(atExit ? r.Exits.Benefits.RecordedAtExit : r.Exits.Benefits.RecordedAtEntry)), ("period", PeriodName(r.Period)));
        Table(titleKey, Cohort(a), Cohort(b), rows);
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

    private static int Reason(NavOutcomeReport report, NavEndReason reason) => report.Exits.ByReason.Single(r => r.Reason == reason).Exits.Count;

    private static CountShare Other(ExitFigures exits) => new(exits.Total - exits.ToWork.Count, exits.Total);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Count(int count) => _tables.Suppression.Hides(count) ? _l.Format("cell.suppressed", ("0", Int(_tables.Suppression.MinimumCount))) : Int(count);

    private string Percent(CountShare share)
    {
        if (share.Share is not { } fraction || _tables.Suppression.Hides(share.Count))
        {
            return _l["cell.none"];
        }

        var percent = (int)Math.Round(fraction * 100, MidpointRounding.AwayFromZero);
        return _l.Format("percent", ("0", Int(percent)));
    }

    private string Share(CountShare share) =>
        share.Share is null || _tables.Suppression.Hides(share.Count)
            ? Count(share.Count)
            : _l.Format("cell.share", ("count", Int(share.Count)), ("percent", Percent(share)));

    private string Median(DaysToFirstEmployerContact days) =>
        days.MedianDays is { } median && !_tables.Suppression.Hides(days.Measured)
            ? median.ToString("0.#", CultureInfo.InvariantCulture)
            : _l["cell.none"];

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

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private string ExitCohort(NavOutcomeReport r) => _l.Format("cohort.exits", ("n", Count(r.Exits.Total)), ("period", PeriodName(r.Period)));

    private string PositionCohort(NavOutcomeReport r, bool jobs) =>
        _l.Format(jobs ? "cohort.position.jobs" : "cohort.position.people", ("n", Count(r.PositionSizeAtExit.IsEmpty ? 0 : r.PositionSizeAtExit[0].Jobs.Denominator)), ("period", PeriodName(r.Period)));

    private string DaysCohort(NavOutcomeReport r) =>
        _l.Format(
            r.DaysToFirstEmployerContact.CohortDefinition == FirstContactCohort.EnrolledInPeriod ? "cohort.days.enrolled" : "cohort.days.first",
            ("n", Count(r.DaysToFirstEmployerContact.Measured)),
            ("period", PeriodName(r.Period)));

    private string Starts(DateInterval window) => _l.Format("cohort.starts", ("from", Iso(window.Start)), ("to", Iso(window.End)));

    private void Table(string titleKey, string firstColumn, string secondColumn, List<string[]> rows)
    {
        var title = _l[titleKey];
        string[] header = [string.Empty, PeriodName(_tables.Period.Period), PeriodName(_tables.SecondPeriod.Period)];
        string[] cohort = [string.Empty, firstColumn, secondColumn];
        _out.Append('\n');
        if (_format == NavReportFormat.Markdown)
        {
            _out.Append("## ").Append(title).Append("\n\n");
            MarkdownRow(header);
            _out.Append("|---|---:|---:|\n");
            MarkdownRow(cohort);
            foreach (var row in rows)
            {
                MarkdownRow(row);
            }

            return;
        }

        _out.Append(title).Append('\n');
        var all = new List<string[]> { header, cohort };
        all.AddRange(rows);
        var widths = new int[3];
        foreach (var row in all)
        {
            for (var c = 0; c < 3; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in all)
        {
            _out.Append(row[0].PadRight(widths[0])).Append("  ").Append(row[1].PadLeft(widths[1])).Append("  ").Append(row[2].PadLeft(widths[2]));
            TrimEnd();
            _out.Append('\n');
        }
    }

    private void MarkdownRow(string[] cells)
    {
        _out.Append('|');
        foreach (var cell in cells)
        {
            _out.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        _out.Append('\n');
    }

    private void TrimEnd()
    {
        while (_out.Length > 0 && _out[^1] == ' ')
        {
            _out.Length--;
        }
    }
}
