namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>The shape of a scores CSV.</summary>
public enum ScoresCsvLayout
{
    /// <summary>One row per review: every item's score in its own column (<c>i01_caseload_size</c> …), the section subtotals and the total.</summary>
    Wide = 0,

    /// <summary>One row per review and item (tidy data for R, Stata <c>reshape</c> and pandas): the item, its status, score and possible range, and the review's total on every row.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Wide and long are the statisticians' names for the two layouts (R's reshape, Stata's reshape long, pandas' wide_to_long).")]
    Long = 1,
}
