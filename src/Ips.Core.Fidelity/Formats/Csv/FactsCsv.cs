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
/// Reads review facts for many programmes from one wide CSV: one row per programme, one column per fact, named for
/// analysis (<see cref="CsvColumnNames"/>: <c>i01_active_participants</c>, <c>i17_contact_log_review</c>).
/// </summary>
/// <remarks>
/// <para><b>Format</b> (UTF-8 with or without a BOM; comma separator; RFC 4180 quoting; LF or CRLF; the Norwegian
/// Excel dialect by <see cref="FactsCsvOptions.Dialect"/>):</para>
/// <list type="bullet">
/// <item><b>Header</b>: <c>programme</c> and <c>review_date</c> (required), <c>period_start</c> and <c>period_end</c>
/// (optional, both or neither), then any fact columns in any order (<see cref="Columns"/> lists them all). An unknown
/// or repeated column is an error for the whole file. A fact whose definition gives a <c>column</c> name
/// (<c>i17_contacts_per_week</c>) is also read under the name derived from its id (<c>i17_perso_employ_contac_per_week</c>,
/// as version 0.2 wrote it; deprecated). The names before version 0.2 (<c>reviewDate</c>,
/// <c>periodStart</c>, <c>periodEnd</c>, <c>&lt;item&gt;.&lt;factId&gt;</c> such as <c>1.activeParticipants</c>, and R's
/// rewriting of them, <c>X1.activeParticipants</c>) are still read; they are deprecated.</item>
/// <item><b>Dates</b>: ISO-8601 <c>yyyy-MM-dd</c> (the Excel dialect also reads <c>dd.MM.yyyy</c>).</item>
/// <item><b>Empty field</b> (or <c>NA</c>, as R writes it; so no level or element id may be <c>NA</c>): the fact
/// was not recorded (never zero). An item whose fact fields are all empty is left out, so it is not rated.</item>
/// <item><b>number</b>: invariant culture, decimal point, exponent allowed (<c>4.2</c>, <c>1e+05</c>; the Excel
/// dialect reads the decimal comma, <c>4,2</c>). <b>count</b>: a whole number (also as pandas writes it, <c>36.0</c>).
/// <b>flag</b>: <c>true</c> / <c>false</c>, <c>TRUE</c> / <c>FALSE</c> (R), <c>True</c> / <c>False</c> (pandas); the
/// Excel dialect also reads <c>SANN</c> / <c>USANN</c>. <b>level</b>: the level id (<c>weekly</c>).
/// <b>elements</b>: the element ids present joined by <c>|</c> (<c>intakeAsksAboutWork|writtenMaterialOnWork</c>);
/// <c>[]</c> for none present.</item>
/// <item><b>Per-specialist items</b> (in IPS-25: 1, 2, 4, 5, 16, 17, 18 and 24) take programme-level facts in this format (policy 2's
/// programme path): e.g. item 1's participants and FTE summed over the specialists.</item>
/// </list>
/// <para>
/// A file in the other dialect than the one chosen is refused with a hint naming the option (a semicolon-separated
/// header read as comma-separated, and the reverse; a decimal comma in a number field).
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
    public const string ReviewDateColumn = "review_date";

    /// <summary>The optional first day of the review period.</summary>
    public const string PeriodStartColumn = "period_start";

    /// <summary>The optional last day of the review period (inclusive).</summary>
    public const string PeriodEndColumn = "period_end";

    /// <summary>The text of an empty element set.</summary>
    public const string NoElements = "[]";

    /// <summary>How R's <c>write.csv</c> writes a missing value; read as an empty field (so no level or element id may be <c>NA</c>).</summary>
    private const string MissingInR = "NA";

    /// <summary>The names of the fixed columns before version 0.2, still read (deprecated).</summary>
    private static readonly Dictionary<string, string> LegacyColumns = new(StringComparer.Ordinal)
    {
        ["reviewDate"] = ReviewDateColumn,
        ["periodStart"] = PeriodStartColumn,
        ["periodEnd"] = PeriodEndColumn,
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ScaleDefinition, System.Runtime.CompilerServices.StrongBox<ImmutableArray<string>>> ColumnsByScale = [];

    /// <summary>The column name of fact <paramref name="factId"/> of item <paramref name="item"/>: <c>i17_contact_log_review</c> (<see cref="CsvColumnNames"/>).</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="scale">The scale definition, whose other columns a name must differ from; by default the embedded IPS-25.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factId"/> is null.</exception>
    public static string ColumnName(int item, string factId, ScaleDefinition? scale = null)
    {
        ArgumentNullException.ThrowIfNull(factId);
        scale ??= ScaleDefinition.Ips25;
        var definition = scale.FindItem(item);
        if (definition?.FindFact(factId) is null)
        {
            return CsvColumnNames.Fact(Math.Max(0, item), factId);
        }

        var columns = Columns(scale);
        var index = 4;
        foreach (var candidate in scale.Items)
        {
            foreach (var fact in candidate.Facts)
            {
                if (candidate.Number == item && string.Equals(fact.Id, factId, StringComparison.Ordinal))
                {
                    return columns[index];
                }

                index++;
            }
        }

        return CsvColumnNames.Fact(item, factId);
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
        return ColumnsByScale.GetValue(scale, static scale => new(Canonical(scale))).Value;
    }

    private static ImmutableArray<string> Canonical(ScaleDefinition scale)
    {
        {
            var columns = ImmutableArray.CreateBuilder<string>();
            columns.AddRange(ProgrammeColumn, ReviewDateColumn, PeriodStartColumn, PeriodEndColumn);
            var taken = new HashSet<string>(columns, StringComparer.Ordinal);

            // The names the definition gives are taken first (validated unique), so a derived name never displaces one.
            foreach (var item in scale.Items)
            {
                foreach (var fact in item.Facts)
                {
                    if (fact.Column is { } given)
                    {
                        taken.Add(given);
                    }
                }
            }

            foreach (var item in scale.Items)
            {
                foreach (var fact in item.Facts)
                {
                    columns.Add(fact.Column ?? CsvColumnNames.Unique(CsvColumnNames.Fact(item.Number, fact.Id), item.Number.ToString(CultureInfo.InvariantCulture) + "." + fact.Id, taken));
                }
            }

            return columns.ToImmutable();
        }
    }

    /// <summary>Reads every programme row from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="scale">The scale definition the fact columns belong to; by default the embedded IPS-25.</param>
    /// <param name="options">The dialect; by default <see cref="FactsCsvOptions.Default"/> (comma, decimal point).</param>
    /// <returns>One row per programme, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="FormatException">The file is empty, its header is wrong (a missing required column, an unknown or repeated column, the other dialect), or a quoted field is not closed.</exception>
    /// <example>
    /// <code>
    /// var rows = FactsCsv.Read(new StringReader("programme,review_date,i02_employment_time_percent\nTeam Nord,2026-10-01,92\n"));
    /// var excel = FactsCsv.Read(File.OpenText("fra-excel.csv"), options: new FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel });
    /// </code>
    /// </example>
    public static ImmutableArray<FactsCsvRow> Read(TextReader reader, ScaleDefinition? scale = null, FactsCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        scale ??= ScaleDefinition.Ips25;
        options ??= FactsCsvOptions.Default;
        var excel = options.Dialect == CsvDialect.NorwegianExcel;
        using var records = Csv.Read(reader, excel ? ';' : ',').GetEnumerator();
        if (!records.MoveNext())
        {
            throw new FormatException("The facts CSV is empty; it needs a header row with at least '" + ProgrammeColumn + "' and '" + ReviewDateColumn + "'.");
        }

        var header = ReadHeader(records.Current.Fields, scale, excel);
        var rows = ImmutableArray.CreateBuilder<FactsCsvRow>();
        while (records.MoveNext())
        {
            rows.Add(ReadRow(records.Current.Line, records.Current.Fields, header, excel));
        }

        return rows.ToImmutable();
    }

    /// <summary>Reads every programme row from CSV text.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="scale">The scale definition; by default the embedded IPS-25.</param>
    /// <param name="options">The dialect; by default <see cref="FactsCsvOptions.Default"/>.</param>
    /// <returns>One row per programme, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    /// <exception cref="FormatException">The header is wrong (see <see cref="Read(TextReader, ScaleDefinition?, FactsCsvOptions?)"/>).</exception>
    public static ImmutableArray<FactsCsvRow> Read(string csv, ScaleDefinition? scale = null, FactsCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StringReader(csv);
        return Read(reader, scale, options);
    }

    /// <summary>The hint for a header that looks like the other dialect, or null.</summary>
    private static string? DialectHint(List<string> names, bool excel)
    {
        if (names.Count != 1)
        {
            return null;
        }

        var other = excel ? ',' : ';';
        if (!names[0].Contains(other, StringComparison.Ordinal))
        {
            return null;
        }

        return excel
            ? "Line 1: the header is one column holding commas; this looks like a comma-separated file: read it without the Norwegian Excel dialect (FactsCsvOptions.Dialect = CsvDialect.Standard; ips-fidelity batch --dialect standard)."
            : "Line 1: the header is one column holding semicolons; this looks like the Norwegian Excel dialect (semicolon separator, decimal comma): read it with FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel } (ips-fidelity batch --dialect excel-nb).";
    }

    private static Column[] ReadHeader(List<string> names, ScaleDefinition scale, bool excel)
    {
        if (DialectHint(names, excel) is { } hint)
        {
            throw new FormatException(hint);
        }

        var canonical = Columns(scale);
        var byName = new Dictionary<string, (int Item, FactDefinition Fact)>(StringComparer.Ordinal);
        var index = 4;
        foreach (var item in scale.Items)
        {
            foreach (var fact in item.Facts)
            {
                byName[canonical[index++]] = (item.Number, fact);
            }
        }

        var columns = new Column[names.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            var key = LegacyColumns.TryGetValue(name, out var renamed) ? renamed : name;
            if (key is ProgrammeColumn or ReviewDateColumn or PeriodStartColumn or PeriodEndColumn)
            {
                if (!seen.Add(key))
                {
                    throw new FormatException("Line 1: the column '" + key + "' appears twice (perhaps under its old name too).");
                }

                columns[i] = new Column(name, key, 0, null);
                continue;
            }

            var (number, fact) = byName.TryGetValue(name, out var found) ? found : Legacy(name, scale);
            if (fact is null)
            {
                throw new FormatException("Line 1: unknown column '" + name + "'; fact columns are named as FactsCsv.Columns() lists them (e.g. " + canonical[4] + "), and the other columns are " + ProgrammeColumn + ", " + ReviewDateColumn + ", " + PeriodStartColumn + " and " + PeriodEndColumn + ".");
            }

            if (!seen.Add(number.ToString(CultureInfo.InvariantCulture) + "." + fact.Id))
            {
                throw new FormatException("Line 1: the column '" + name + "' appears twice (perhaps under its old name too).");
            }

            columns[i] = new Column(name, null, number, fact);
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

    /// <summary>
    /// A fact column under a deprecated name: the name derived from the fact id where the definition now gives one
    /// (<c>i17_perso_employ_contac_per_week</c> for <c>i17_contacts_per_week</c>, version 0.2), or the name before
    /// version 0.2 (<c>1.activeParticipants</c>), or that as R rewrites it (<c>X1.activeParticipants</c>).
    /// </summary>
    private static (int Item, FactDefinition? Fact) Legacy(string name, ScaleDefinition scale)
    {
        foreach (var candidate in scale.Items)
        {
            foreach (var fact in candidate.Facts)
            {
                if (fact.Column is not null && string.Equals(CsvColumnNames.Fact(candidate.Number, fact.Id), name, StringComparison.Ordinal))
                {
                    return (candidate.Number, fact);
                }
            }
        }

        var text = name.Length > 2 && name[0] == 'X' && char.IsAsciiDigit(name[1]) ? name[1..] : name;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && scale.FindItem(number) is { } item)
        {
            return (number, item.FindFact(text[(dot + 1)..]));
        }

        return (0, null);
    }

    private static FactsCsvRow ReadRow(int line, List<string> fields, Column[] columns, bool excel)
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
            switch (column.Fixed)
            {
                case ProgrammeColumn:
                    programme = fields[i];
                    if (text.Length == 0)
                    {
                        errors.Add(new FactsCsvError(line, column.Name, fields[i], "The programme label is empty."));
                    }

                    continue;
                case ReviewDateColumn:
                    reviewDate = Date(line, column.Name, text, required: true, excel, errors);
                    continue;
                case PeriodStartColumn:
                    start = Date(line, column.Name, text, required: false, excel, errors);
                    continue;
                case PeriodEndColumn:
                    end = Date(line, column.Name, text, required: false, excel, errors);
                    continue;
            }

            // R's write.csv writes a missing value (and a column read as all empty) as NA.
            if (text.Length == 0 || text == MissingInR)
            {
                continue;
            }

            if (Value(column.Fact!, text, excel) is { } value)
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
                errors.Add(new FactsCsvError(line, column.Name, fields[i], Expected(column.Fact!, text, excel)));
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

    private static readonly LocalDatePattern ExcelDate = LocalDatePattern.CreateWithInvariantCulture("dd'.'MM'.'uuuu");

    private static LocalDate? Date(int line, string column, string text, bool required, bool excel, ImmutableArray<FactsCsvError>.Builder errors)
    {
        if (text.Length == 0 || text == MissingInR)
        {
            if (required)
            {
                errors.Add(new FactsCsvError(line, column, text, "The review date is empty."));
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success && excel)
        {
            result = ExcelDate.Parse(text);
        }

        if (!result.Success)
        {
            errors.Add(new FactsCsvError(line, column, text, excel ? "Not a date in the form yyyy-MM-dd or dd.MM.yyyy." : "Not a date in the form yyyy-MM-dd."));
            return null;
        }

        return result.Value;
    }

    private static FactValue? Value(FactDefinition fact, string text, bool excel)
    {
        switch (fact.Kind)
        {
            case FactKind.Number:
                // The Excel dialect writes a decimal comma; there are no thousands separators in either dialect.
                return double.TryParse(excel ? text.Replace(',', '.') : text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    ? FactValue.FromNumber(number) : null;
            case FactKind.Count:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
                {
                    return FactValue.FromCount(count);
                }

                // pandas writes a count column with a gap as floats (36.0), R a large one as 1e+05: whole numbers still.
                return double.TryParse(excel ? text.Replace(',', '.') : text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var whole)
                    && whole == Math.Floor(whole) && Math.Abs(whole) < 9e15 ? FactValue.FromCount((long)whole) : null;
            case FactKind.Flag:
                return text switch
                {
                    // R writes TRUE / FALSE, pandas True / False, Norwegian Excel SANN / USANN.
                    "true" or "TRUE" or "True" => FactValue.FromFlag(true),
                    "false" or "FALSE" or "False" => FactValue.FromFlag(false),
                    "SANN" or "Sann" when excel => FactValue.FromFlag(true),
                    "USANN" or "Usann" when excel => FactValue.FromFlag(false),
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

    private static string Expected(FactDefinition fact, string text, bool excel) => fact.Kind switch
    {
        FactKind.Number when !excel && text.Contains(',', StringComparison.Ordinal) && double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _) =>
            "Expected a number with a decimal point (e.g. 4.2); this has a decimal comma, as the Norwegian Excel dialect writes: read the file with FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel } (ips-fidelity batch --dialect excel-nb).",
        FactKind.Number => excel ? "Expected a number with a decimal comma or point (e.g. 4,2)." : "Expected a number with a decimal point (e.g. 4.2).",
        FactKind.Count => "Expected a whole number.",
        FactKind.Flag => excel ? "Expected true or false (or SANN / USANN)." : "Expected true or false.",
        FactKind.Level => "Expected one level id (e.g. " + (fact.Levels.IsDefaultOrEmpty ? "weekly" : fact.Levels[0].Id) + ").",
        FactKind.Elements => "Expected element ids joined by | (or [] for none).",
        _ => "Unexpected value.",
    };

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A column as named in the file; <paramref name="Fixed"/> is the canonical name of a fixed column (programme, dates), else null.</summary>
    private readonly record struct Column(string Name, string? Fixed, int Item, FactDefinition? Fact);
}
