using System.Globalization;

namespace Ips.Core.Records;

/// <summary>One problem found while reading record files: where (file, line, column) and which rule (a stable code).</summary>
/// <remarks>
/// The message names the rule and, where it is not an identity value, what was expected; it never contains a field's
/// value, so identifiers, organisation numbers and free text never reach a log or a report. Immutable and thread-safe.
/// </remarks>
/// <param name="Code">The stable code: one of <see cref="Validation.ErrorCodes.Records"/>, or the domain's code for a domain rule (e.g. <c>IPS-PART-001</c>).</param>
/// <param name="File">The file name, e.g. <c>participants.csv</c>.</param>
/// <param name="Line">The 1-based physical line the row starts on (the header is line 1); 0 for the file as a whole.</param>
/// <param name="Column">The 1-based column; 0 for the row (or file) as a whole.</param>
/// <param name="ColumnName">The column's name from the documented header, or <see langword="null"/> when <paramref name="Column"/> is 0.</param>
/// <param name="Message">An invariant-culture message naming the rule, without any field value.</param>
public sealed record RecordError(string Code, string File, long Line, int Column, string? ColumnName, string Message)
{
    /// <summary>Returns <c>file:line:column (column_name) CODE: message</c>, e.g. <c>jobs.csv:12:7 (start_date) IPS-REC-013: …</c>.</summary>
    /// <returns>The location, the code and the message.</returns>
    public override string ToString() => Location + " " + Code + ": " + Message;

    /// <summary>The location as <c>file:line:column (column_name)</c>; just the file (and line) when the error concerns the whole file (row).</summary>
    public string Location =>
        Line == 0 ? File
        : Column == 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column} ({ColumnName})");
}
