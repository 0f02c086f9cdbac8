using NodaTime;

namespace Ips.Core.Outcomes;

/// <summary>
/// The outcome report's content, format-neutral: every table, row and cell as numbers and as the text the tables show.
/// Built once by <see cref="NavOutcomeContentBuilder"/>; every format (text, Markdown, HTML, CSV, JSON) writes this and
/// only this, so a figure added to the content comes out in every format.
/// </summary>
internal sealed record NavOutcomeContent(
    string Title,
    string Language,
    string Programme,
    string? Group,
    IReadOnlyList<NavOutcomeColumn> Columns,
    IReadOnlyList<NavOutcomeSection> Sections,
    NavOutcomeOptions Options,
    string OptionsStamp,
    SmallCellSuppression Suppression,
    string SuppressionStamp);

/// <summary>One period column: <c>first</c> (e.g. the month) or <c>second</c> (by default the year to date).</summary>
internal sealed record NavOutcomeColumn(string Id, DateInterval Period, LocalDate ReferenceDate, string Name);

/// <summary>One table: its stable id (the label key, e.g. <c>table.work</c>), title, the cohort of each column, and its rows.</summary>
internal sealed record NavOutcomeSection(string Id, string Title, IReadOnlyList<string> Cohorts, IReadOnlyList<NavOutcomeRow> Rows);

/// <summary>One figure: its stable id (the label key, e.g. <c>reason.WorkWithoutWageSubsidy</c>), label, and one cell per column.</summary>
internal sealed record NavOutcomeRow(string Figure, string Label, IReadOnlyList<NavOutcomeCell> Cells);

/// <summary>How a cell reads in the tables.</summary>
internal enum NavOutcomeCellKind
{
    /// <summary>A count, with its denominator when it has one ("13").</summary>
    Count,

    /// <summary>A share of the denominator ("43 %").</summary>
    Percent,

    /// <summary>A count and its share ("15 (43 %)").</summary>
    CountAndShare,

    /// <summary>A value measured over <see cref="NavOutcomeCell.Denominator"/> people (median days).</summary>
    Value,
}

/// <summary>
/// One cell. A number the small-cell policy hides is null and <see cref="Suppressed"/> is set; <see cref="Text"/> is the
/// cell as the tables show it (<c>&lt;5</c>, <c>–</c> when there is no share).
/// </summary>
internal sealed record NavOutcomeCell(NavOutcomeCellKind Kind, int? Count, int? Denominator, double? Share, double? Value, bool Suppressed, string Text);
