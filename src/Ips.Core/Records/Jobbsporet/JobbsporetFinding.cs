namespace Ips.Core.Records.Jobbsporet;

/// <summary>Something a Jobbsporet read noticed that is not a bad row: rows left out by a scope rule, a person identifier column in a header, a fact the export lacks.</summary>
/// <remarks>One finding per code and file, with how many rows (or columns) it concerns. The message never holds a value from the export. Immutable and thread-safe.</remarks>
/// <param name="Code">The stable code, one of <see cref="Validation.ErrorCodes.Jobbsporet"/>.</param>
/// <param name="File">The export file, e.g. <c>Work_Trail__c.csv</c>.</param>
/// <param name="Count">How many rows (or header columns) it concerns.</param>
/// <param name="Message">An invariant-culture message naming the rule and what to do, without any value from the export.</param>
public sealed record JobbsporetFinding(string Code, string File, int Count, string Message)
{
    /// <summary>Returns <c>file CODE (count): message</c>.</summary>
    /// <returns>The finding as one line.</returns>
    public override string ToString() => FormattableString.Invariant($"{File} {Code} ({Count}): {Message}");
}
