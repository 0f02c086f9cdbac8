using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using NodaTime;
using NodaTime.Text;

namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>One problem in a facts CSV: where (line, column), the value as given, and what is wrong.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Column">The column name, if the problem is in one field.</param>
/// <param name="Value">The field as given, if any.</param>
/// <param name="Message">What is wrong, in invariant English.</param>
public sealed record FactsCsvError(int Line, string? Column, string? Value, string Message)
{
    /// <summary>The problem on one line: <c>line 4, column 17.contactLogReview: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "line " + Line.ToString(CultureInfo.InvariantCulture) + (Column is null ? string.Empty : ", column " + Column) + ": " + Message;
}

/// <summary>One programme's row of a facts CSV: the facts read, or the problems that kept them from being read.</summary>
/// <remarks>Immutable. <see cref="Facts"/> is null exactly when <see cref="Errors"/> is not empty.</remarks>
public sealed record FactsCsvRow
{
    /// <summary>The 1-based line the row starts on.</summary>
    public int Line { get; init; }

    /// <summary>The programme label as given (may be empty when the row is broken).</summary>
    public required string Programme { get; init; }

    /// <summary>The facts, or null when the row has errors.</summary>
    public ReviewFacts? Facts { get; init; }

    /// <summary>The row's problems (empty when read).</summary>
    public ImmutableArray<FactsCsvError> Errors { get => errors; init => errors = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactsCsvError> errors = [];

    /// <summary>Whether the row was read.</summary>
    public bool IsValid => Facts is not null;
}

/// <summary>
/// Reads review facts for many programmes from one wide CSV: one row per programme, one column per fact
/// (<c>&lt;item&gt;.&lt;factId&gt;</c>, e.g. <c>1.activeParticipants</c>, <c>17.contactLogReview</c>).
/// </summary>
/// <remarks>
/// <para><b>Format</b> (UTF-8, a BOM is ignored; comma separator; RFC 4180 quoting; LF or CRLF):</para>
/// <list type="bullet">
/// <item><b>Header</b>: <c>programme</c> and <c>reviewDate</c> (required), <c>periodStart</c> and <c>periodEnd</c>
/// (optional, both or neither), then any fact columns <c>&lt;item&gt;.&lt;factId&gt;</c> in any order
/// (<see cref="Columns"/> lists them all). An unknown or repeated column is an error for the whole file.</item>
/// <item><b>Dates</b>: ISO-8601 <c>yyyy-MM-dd</c>.</item>
/// <item><b>Empty field</b>: the fact was not recorded (never zero). An item whose fact fields are all empty is left
/// out, so it is not rated.</item>
/// <item><b>number</b>: invariant culture, decimal point (<c>4.2</c>; never a decimal comma). <b>count</b>: a whole
/// number. <b>flag</b>: <c>true</c> / <c>false</c>. <b>level</b>: the level id (<c>weekly</c>). <b>elements</b>: the
/// element ids present joined by <c>|</c> (<c>intakeAsksAboutWork|writtenMaterialOnWork</c>); <c>[]</c> for none
/// present.</item>
/// <item><b>Per-specialist items</b> (in IPS-25: 1, 2, 4, 5, 16, 17, 18 and 24) take programme-level facts in this format (policy 2's
/// programme path): e.g. item 1's participants and FTE summed over the specialists.</item>
/// </list>
/// <para>
/// Reading checks the syntax of each field against the fact's kind; the facts' domains, element and level ids are
/// checked by the engine (or <see cref="ReviewFactsValidator"/>), as for JSON. A row with a syntax error is returned
/// with its errors and no facts, and the other rows are still read. Thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var reader = new StreamReader("examples/data/programmes.csv");
/// foreach (var row in FactsCsv.Read(reader))
/// {
///     if (row.Facts is { } facts) { var report = Ips25Scale.Engine.Score(facts); }
///     else { foreach (var error in row.Errors) Console.Error.WriteLine(error); }
/// }
/// </code>
/// </example>
public static class FactsCsv
{
    /// <summary>The programme label column.</summary>
    public const string ProgrammeColumn = "programme";

    /// <summary>The review date column (<c>yyyy-MM-dd</c>).</summary>
    public const string ReviewDateColumn = "reviewDate";

    /// <summary>The optional first day of the review period.</summary>
    public const string PeriodStartColumn = "periodStart";

    /// <summary>The optional last day of the review period (inclusive).</summary>
    public const string PeriodEndColumn = "periodEnd";

    /// <summary>The text of an empty element set.</summary>
    public const string NoElements = "[]";

    /// <summary>The column name of fact <paramref name="factId"/> of item <paramref name="item"/>: <c>17.contactLogReview</c>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <returns>The column name.</returns>
    public static string ColumnName(int item, string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        return item.ToString(CultureInfo.InvariantCulture) + "." + factId;
    }

    /// <summary>Every column a facts CSV for <paramref name="scale"/> may have, in the canonical order.</summary>
    /// <param name="scale">The scale definition; by default the embedded IPS-25.</param>
    /// <returns>The programme, date and period columns, then one column per declared fact in item order.</returns>
    /// <example>
    /// <code>
    /// File.WriteAllText("template.csv", string.Join(",", FactsCsv.Columns()) + "\n");
    /// </code>
    /// </example>
    public static ImmutableArray<string> Columns(ScaleDefinition? scale = null)
    {
        scale ??= ScaleDefinition.Ips25;
        var columns = ImmutableArray.CreateBuilder<string>();
        columns.AddRange(ProgrammeColumn, ReviewDateColumn, PeriodStartColumn, PeriodEndColumn);
        foreach (var item in scale.Items)
        {
            foreach (var fact in item.Facts)
            {
                columns.Add(ColumnName(item.Number, fact.Id));
            }
        }

        return columns.ToImmutable();
    }

    /// <summary>Reads every programme row from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="scale">The scale definition the fact columns belong to; by default the embedded IPS-25.</param>
    /// <returns>One row per programme, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The file is empty, its header is wrong (a missing required column, an unknown or repeated column), or a quoted field is not closed.</exception>
    /// <example>
    /// <code>
    /// var rows = FactsCsv.Read(new StringReader("programme,reviewDate,2.employmentServicesTimePercent\nTeam Nord,2026-10-01,92\n"));
    /// </code>
    /// </example>
    public static ImmutableArray<FactsCsvRow> Read(TextReader reader, ScaleDefinition? scale = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        scale ??= ScaleDefinition.Ips25;
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("The facts CSV is empty; it needs a header row with at least '" + ProgrammeColumn + "' and '" + ReviewDateColumn + "'.");
        }

        var header = ReadHeader(records.Current.Fields, scale);
        var rows = ImmutableArray.CreateBuilder<FactsCsvRow>();
        while (records.MoveNext())
        {
            rows.Add(ReadRow(records.Current.Line, records.Current.Fields, header));
        }

        return rows.ToImmutable();
    }

    /// <summary>Reads every programme row from CSV text.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="scale">The scale definition; by default the embedded IPS-25.</param>
    /// <returns>One row per programme, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="FormatException">The header is wrong (see <see cref="Read(TextReader, ScaleDefinition?)"/>).</exception>
    public static ImmutableArray<FactsCsvRow> Read(string csv, ScaleDefinition? scale = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, scale);
    }

    private static Column[] ReadHeader(List<string> names, ScaleDefinition scale)
    {
        var columns = new Column[names.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            if (!seen.Add(name))
            {
                throw new FormatException("Line 1: the column '" + name + "' appears twice.");
            }

            if (name is ProgrammeColumn or ReviewDateColumn or PeriodStartColumn or PeriodEndColumn)
            {
                columns[i] = new Column(name, 0, null);
                continue;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            ItemDefinition? item = null;
            if (dot > 0 && int.TryParse(name.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                item = scale.FindItem(number);
            }

            var fact = item?.FindFact(name[(dot + 1)..]);
            if (item is null || fact is null)
            {
                throw new FormatException("Line 1: unknown column '" + name + "'; fact columns are named <item>.<factId> (e.g. 1.activeParticipants), and the other columns are " + ProgrammeColumn + ", " + ReviewDateColumn + ", " + PeriodStartColumn + " and " + PeriodEndColumn + ".");
            }

            columns[i] = new Column(name, item.Number, fact);
        }

        foreach (var required in new[] { ProgrammeColumn, ReviewDateColumn })
        {
            if (!seen.Contains(required))
            {
                throw new FormatException("Line 1: the header has no '" + required + "' column.");
            }
        }

        if (seen.Contains(PeriodStartColumn) != seen.Contains(PeriodEndColumn))
        {
            throw new FormatException("Line 1: give both '" + PeriodStartColumn + "' and '" + PeriodEndColumn + "', or neither.");
        }

        return columns;
    }

    private static FactsCsvRow ReadRow(int line, List<string> fields, Column[] columns)
    {
        var errors = ImmutableArray.CreateBuilder<FactsCsvError>();
        if (fields.Count != columns.Length)
        {
            errors.Add(new FactsCsvError(line, null, null, "The row has " + Int(fields.Count) + " fields; the header has " + Int(columns.Length) + "."));
        }

        string programme = string.Empty;
        LocalDate? reviewDate = null;
        LocalDate? start = null;
        LocalDate? end = null;
        var facts = new SortedDictionary<int, List<FactEntry>>();
        for (var i = 0; i < Math.Min(fields.Count, columns.Length); i++)
        {
            var column = columns[i];
            var text = fields[i].Trim();
            switch (column.Name)
            {
                case ProgrammeColumn:
                    programme = fields[i];
                    if (text.Length == 0)
                    {
                        errors.Add(new FactsCsvError(line, column.Name, fields[i], "The programme label is empty."));
                    }

                    continue;
                case ReviewDateColumn:
                    reviewDate = Date(line, column.Name, text, required: true, errors);
                    continue;
                case PeriodStartColumn:
                    start = Date(line, column.Name, text, required: false, errors);
                    continue;
                case PeriodEndColumn:
                    end = Date(line, column.Name, text, required: false, errors);
                    continue;
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (Value(column.Fact!, text) is { } value)
            {
                if (!facts.TryGetValue(column.Item, out var list))
                {
                    list = [];
                    facts.Add(column.Item, list);
                }

                list.Add(new FactEntry(column.Fact!.Id, value));
            }
            else
            {
                errors.Add(new FactsCsvError(line, column.Name, fields[i], Expected(column.Fact!)));
            }
        }

        DateInterval? period = null;
        if (start is { } s && end is { } e)
        {
            if (e < s)
            {
                errors.Add(new FactsCsvError(line, PeriodEndColumn, null, "The period ends before it starts."));
            }
            else
            {
                period = new DateInterval(s, e);
            }
        }
        else if (start.HasValue != end.HasValue)
        {
            errors.Add(new FactsCsvError(line, start.HasValue ? PeriodEndColumn : PeriodStartColumn, null, "Give both ends of the period, or neither."));
        }

        if (errors.Count > 0 || reviewDate is null)
        {
            return new FactsCsvRow { Line = line, Programme = programme, Errors = errors.ToImmutable() };
        }

        var items = ImmutableArray.CreateBuilder<ItemFacts>(facts.Count);
        foreach (var (item, entries) in facts)
        {
            items.Add(ItemFacts.ForProgramme(item, entries));
        }

        return new FactsCsvRow
        {
            Line = line,
            Programme = programme,
            Facts = new ReviewFacts { ProgrammeLabel = programme, ReviewDate = reviewDate.Value, ReviewPeriod = period, Items = items.MoveToImmutable() },
        };
    }

    private static LocalDate? Date(int line, string column, string text, bool required, ImmutableArray<FactsCsvError>.Builder errors)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new FactsCsvError(line, column, text, "The review date is empty."));
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(new FactsCsvError(line, column, text, "Not a date in the form yyyy-MM-dd."));
            return null;
        }

        return result.Value;
    }

    private static FactValue? Value(FactDefinition fact, string text)
    {
        switch (fact.Kind)
        {
            case FactKind.Number:
                return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? FactValue.FromNumber(number) : null;
            case FactKind.Count:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)
                    ? FactValue.FromCount(count) : null;
            case FactKind.Flag:
                return text switch
                {
                    "true" => FactValue.FromFlag(true),
                    "false" => FactValue.FromFlag(false),
                    _ => null,
                };
            case FactKind.Level:
                return text.Contains(' ', StringComparison.Ordinal) || text.Contains('|', StringComparison.Ordinal) ? null : FactValue.FromLevel(text);
            case FactKind.Elements:
                if (string.Equals(text, NoElements, StringComparison.Ordinal))
                {
                    return FactValue.FromElements([]);
                }

                var ids = text.Split('|', StringSplitOptions.TrimEntries);
                return Array.Exists(ids, static id => id.Length == 0) ? null : FactValue.FromElements(ids);
            default:
                return null;
        }
    }

    private static string Expected(FactDefinition fact) => fact.Kind switch
    {
        FactKind.Number => "Expected a number with a decimal point (e.g. 4.2).",
        FactKind.Count => "Expected a whole number.",
        FactKind.Flag => "Expected true or false.",
        FactKind.Level => "Expected one level id (e.g. " + (fact.Levels.IsDefaultOrEmpty ? "weekly" : fact.Levels[0].Id) + ").",
        FactKind.Elements => "Expected element ids joined by | (or [] for none).",
        _ => "Unexpected value.",
    };

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Column(string Name, int Item, FactDefinition? Fact);
}
