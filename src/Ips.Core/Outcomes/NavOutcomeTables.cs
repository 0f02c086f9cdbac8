using Ips.Core.Programmes;
using NodaTime;

namespace Ips.Core.Outcomes;

/// <summary>NAV's JobbResept outcome tables for one programme: a period (e.g. a month) beside a second period (by default the year to date).</summary>
/// <remarks>
/// <para>
/// Both columns are <see cref="NavOutcomeReport"/>s computed with the same options, each with the period's end as
/// reference date. <see cref="Render"/> writes the tables in Norwegian or English as text, Markdown or HTML (with
/// charts), or as CSV or JSON for analysis (see <see cref="NavReportFormat"/>): work end reasons
/// (with their sum and share of all exits), other end reasons (with the share with other outcomes than work), job
/// starts in the last 6 and 12 months, status at exit, position size at exit and the median days to the first employer
/// meeting. Every table states its cohort and denominator per column ("of 35 who left in January–September 2019"),
/// and the options and the small-cell policy are stamped below the tables. Labels are data (an embedded JSON table).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record NavOutcomeTables
{
    private NavOutcomeTables(NavOutcomeReport period, NavOutcomeReport second, SmallCellSuppression suppression, NavOutcomeGroupKey? group)
    {
        Period = period;
        SecondPeriod = second;
        Suppression = suppression;
        Group = group;
    }

    /// <summary>The figures of the first column (e.g. the month).</summary>
    public NavOutcomeReport Period { get; }

    /// <summary>The figures of the second column (by default the year to date).</summary>
    public NavOutcomeReport SecondPeriod { get; }

    /// <summary>The small-cell policy applied when rendering; <see cref="SmallCellSuppression.Off"/> unless given.</summary>
    public SmallCellSuppression Suppression { get; }

    /// <summary>The group the tables are about (from <see cref="NavOutcomeCalculator.ComputeBy"/>), or null for all participants of the programme.</summary>
    public NavOutcomeGroupKey? Group { get; }

    /// <summary>Computes the tables.</summary>
    /// <param name="programme">The programme (site).</param>
    /// <param name="period">The first column's period, both ends inclusive (e.g. September 2019).</param>
    /// <param name="secondPeriod">The second column's period; when null, the year to date: 1 January of the period's last year through the period's end.</param>
    /// <param name="options">The options; <see cref="NavOutcomeOptions.Default"/> when null.</param>
    /// <param name="suppression">The small-cell policy; <see cref="SmallCellSuppression.Off"/> when null.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException">The programme or period is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The options are invalid (see <see cref="NavOutcomeOptionsValidator"/>).</exception>
    public static NavOutcomeTables Create(IpsProgramme programme, DateInterval period, DateInterval? secondPeriod = null, NavOutcomeOptions? options = null, SmallCellSuppression? suppression = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        return Compute(programme, period, secondPeriod, NavOutcomeCalculator.Resolve(options), suppression, null, null);
    }

    internal static NavOutcomeTables Compute(IpsProgramme programme, DateInterval period, DateInterval? secondPeriod, NavOutcomeOptions options, SmallCellSuppression? suppression, bool[]? include, NavOutcomeGroupKey? group)
    {
        var second = secondPeriod ?? new DateInterval(new LocalDate(period.End.Year, 1, 1), period.End);
        return new NavOutcomeTables(
            NavOutcomeCalculator.Calculate(programme, period, options, include),
            NavOutcomeCalculator.Calculate(programme, second, options, include),
            suppression ?? SmallCellSuppression.Off,
            group);
    }

    /// <summary>Renders the tables.</summary>
    /// <param name="language">The language.</param>
    /// <param name="format">The format: text, Markdown, HTML, CSV or JSON (see <see cref="NavReportFormat"/>).</param>
    /// <returns>The rendered report, lines ending in <c>\n</c>; the same under any culture. Every format holds the same tables, rows and cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The language or format is undefined.</exception>
    public string Render(NavReportLanguage language = NavReportLanguage.Norwegian, NavReportFormat format = NavReportFormat.Text)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "The language is not a defined NavReportLanguage.");
        }

        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The format is not a defined NavReportFormat.");
        }

        var content = new NavOutcomeContentBuilder(this, language).Build();
        return format switch
        {
            NavReportFormat.Html => new NavOutcomeHtmlWriter(content, NavOutcomeLabels.For(language)).Write(),
            NavReportFormat.Csv => NavOutcomeCsvWriter.Write(content),
            NavReportFormat.Json => NavOutcomeJsonWriter.Write(content),
            _ => new NavOutcomeTableWriter(content, markdown: format == NavReportFormat.Markdown).Write(),
        };
    }
}
