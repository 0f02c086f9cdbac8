using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Records;

/// <summary>Reading one record file: the header checks and their messages, then the rows' bounds, field counts, quoting and programme order.</summary>
public sealed class RecordFileParserTests
{
    private const string Outreach = "outreach_attempts.csv";
    private const string Header = "programme_id,date,participant_id,method,by,coordinated_visit,family_contact";
    private const string Row = "prog-1,2024-03-13,part-4,HomeVisit,Specialist,true,false";

    private static readonly RecordReadOptions Lenient512 = RecordReadOptions.Lenient with { MaxLineLength = 512 };

    private static string WriteOutreach(string content)
    {
        var directory = RecordSample.Write();
        File.WriteAllText(Path.Combine(directory, Outreach), content);
        return directory;
    }

    private static string Text(RecordError error) => $"{error.Code} {error.File}:{error.Line}:{error.Column} {error.Message}";

    [Fact]
    public void A_missing_file_is_reported_saying_every_file_is_required()
    {
        var directory = RecordSample.Write();
        File.Delete(Path.Combine(directory, Outreach));

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.Equal($"{ErrorCodes.Records.MissingFile} {Outreach}:0:0 {Outreach} is missing; every record file is required, with its header, even when it has no rows.", Text(error));
    }

    public static TheoryData<string, string, string> FatalHeaders() => new()
    {
        { string.Empty, ErrorCodes.Records.NoHeader, $"{Outreach} is empty; the first line must be the header: {Header}." },
        { "\n" + Header + "\n" + Row + "\n", ErrorCodes.Records.NoHeader, $"{Outreach} is empty; the first line must be the header: {Header}." },
        { Header + "," + new string('x', 600) + "\n" + Row + "\n", ErrorCodes.Records.UnknownColumn, $"{Outreach} has a header longer than MaxLineLength; expected: {Header}." },
        { Header.Replace(',', ';') + "\n" + Row.Replace(',', ';') + "\n", ErrorCodes.Records.SemicolonSeparated, $"{Outreach}: the header looks like semicolon-separated (as Excel writes with Norwegian settings); the record files are comma-separated with a decimal point. Save as CSV UTF-8 (comma delimited), or convert. Expected header: {Header}." },
        { ";" + Header.Replace(',', ';') + "\n", ErrorCodes.Records.SemicolonSeparated, $"{Outreach}: the header looks like semicolon-separated (as Excel writes with Norwegian settings); the record files are comma-separated with a decimal point. Save as CSV UTF-8 (comma delimited), or convert. Expected header: {Header}." },
        { "programme_id;date;participant_id,method\n", ErrorCodes.Records.SemicolonSeparated, $"{Outreach}: the header looks like semicolon-separated (as Excel writes with Norwegian settings); the record files are comma-separated with a decimal point. Save as CSV UTF-8 (comma delimited), or convert. Expected header: {Header}." },
        { Header[..^",family_contact".Length] + "\n", ErrorCodes.Records.MissingColumn, $"{Outreach}: the header lacks family_contact; expected: {Header}." },
        { Header + ",SECRET-ID-123\n", ErrorCodes.Records.UnknownColumn, $"{Outreach}: header column(s) 8 are not columns of {Outreach} (or repeat one; names not shown); expected: {Header}." },
        { "programme_id,participant_id,date,method,by,coordinated_visit,family_contact\n" + Row + "\n", ErrorCodes.Records.ColumnOrder, $"{Outreach}: the header has the right columns in the wrong order (programme_id,participant_id,date,method,by,coordinated_visit,family_contact); expected: {Header}." },
    };

    [Theory]
    [MemberData(nameof(FatalHeaders))]
    public void A_bad_header_is_the_one_error_reported_and_no_row_of_any_file_is_read(string content, string code, string message)
    {
        var directory = WriteOutreach(content);
        RecordSample.SetField(directory, "participants.csv", 5, 3, "not-a-date");

        var result = ProgrammeRecords.TryRead(directory, Lenient512);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Programmes);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{code} {Outreach}:0:0 {message}", Text(error));
        RecordSample.AssertNoIdentity(result);
    }

    public static TheoryData<string, string, string> HeadersWithUnknownAndMissingColumns() => new()
    {
        { "programme", "programme_id, date, participant_id, method, by, coordinated_visit, family_contact", "1" },
        { "programme_id,date;x,participant_id,method,by,coordinated_visit,family_contact", "date", "2" },
        { "programme_id,date,date,method,by,coordinated_visit,family_contact", "participant_id", "3" },
    };

    [Theory]
    [MemberData(nameof(HeadersWithUnknownAndMissingColumns))]
    public void A_header_with_unknown_columns_names_their_positions_and_the_missing_columns(string header, string missing, string positions)
    {
        var directory = WriteOutreach(header + "\n" + Row + "\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                $"{ErrorCodes.Records.MissingColumn} {Outreach}:0:0 {Outreach}: the header lacks {missing}; expected: {Header}.",
                $"{ErrorCodes.Records.UnknownColumn} {Outreach}:0:0 {Outreach}: header column(s) {positions} are not columns of {Outreach} (or repeat one; names not shown); expected: {Header}.",
            ],
            result.Errors.Select(Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void After_a_fatal_header_the_file_yields_no_rows()
    {
        var directory = WriteOutreach(Header.Replace(',', ';') + "\n" + Row.Replace(',', ';') + "\n");
        using var parser = new RecordFileParser(RecordSchema.OutreachAttemptsFile, RecordReadOptions.Default, new RecordTextPool(), new Dictionary<string, ProgrammeRows>());

        Assert.False(parser.Open(directory));
        parser.ReadRowsOf(null);

        Assert.True(parser.Fatal);
        Assert.Equal(0, parser.Rows);
        Assert.Equal(ErrorCodes.Records.SemicolonSeparated, Assert.Single(parser.Errors.Kept).Code);
    }

    [Fact]
    public void Blank_lines_between_rows_are_skipped_and_count_in_the_line_numbers()
    {
        var directory = WriteOutreach(Header + "\n\n\r\n" + Row + "\n\n" + Row.Replace("2024-03-13", "2024-13-01", StringComparison.Ordinal) + "\n\n");

        var result = ProgrammeRecords.TryRead(directory);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.InvalidDate, Outreach, 6L, 2), (error.Code, error.File, error.Line, error.Column));
    }

    public static TheoryData<string, string> RowsWithTheWrongFieldCount() => new()
    {
        { Row + ",extra", "The row has more than 7 fields; the header has 7. A text with a comma must be quoted." },
        { Row + ",,,", "The row has more than 7 fields; the header has 7. A text with a comma must be quoted." },
        { Row[..Row.LastIndexOf(',')], "The row has 6 fields; the header has 7. A text with a comma must be quoted." },
        { "prog-1", "The row has 1 fields; the header has 7. A text with a comma must be quoted." },
    };

    [Theory]
    [MemberData(nameof(RowsWithTheWrongFieldCount))]
    public void A_row_with_the_wrong_field_count_is_rejected_saying_how_many_fields_it_has(string row, string message)
    {
        var directory = WriteOutreach(Header + "\n" + row + "\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ErrorCodes.Records.FieldCount} {Outreach}:2:0 {message}", Text(error));
        Assert.Empty(Assert.Single(result.Programmes).OutreachAttempts);
    }

    [Fact]
    public void A_row_with_text_after_a_closing_quote_is_rejected_though_its_fields_would_parse()
    {
        var directory = RecordSample.Write();
        RecordSample.ReplaceLine(directory, "work_trials.csv", 2, text => text.Replace("Praksis", "\"Praksis\"x", StringComparison.Ordinal));

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ErrorCodes.Records.Quoting} work_trials.csv:2:0 A field's quotes are malformed: a quoted field must close with \" followed by , or the line end, and a \" inside is written \"\".", Text(error));
        Assert.Empty(Assert.Single(result.Programmes).WorkTrials);
    }

    [Fact]
    public void A_quote_left_open_on_the_last_row_is_a_quoting_error_and_the_rows_before_it_load()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "work_trials.csv", "prog-1,part-4,emp-2,2024-03-06,,\"Praksis");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.Quoting, "work_trials.csv", 3L, 0), (error.Code, error.File, error.Line, error.Column));
        Assert.Single(Assert.Single(result.Programmes).WorkTrials);
    }

    [Fact]
    public void A_file_of_exactly_MaxRowsPerFile_rows_reads_and_one_more_row_stops_the_read()
    {
        // participants.csv has the most rows of the sample: five, the first spanning two lines, so the fifth is on line 7.
        var directory = RecordSample.Write();

        var exact = ProgrammeRecords.TryRead(directory, RecordReadOptions.Default with { MaxRowsPerFile = 5 });
        var over = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxRowsPerFile = 4 });

        Assert.True(exact.IsSuccess, string.Join('\n', exact.Errors));
        Assert.Single(exact.Programmes);
        Assert.False(over.IsSuccess);
        var error = Assert.Single(over.Errors);
        Assert.Equal($"{ErrorCodes.Records.TooManyRows} participants.csv:7:0 participants.csv has more than 4 rows (MaxRowsPerFile); reading stopped here.", Text(error));
    }

    [Fact]
    public void A_row_of_an_unlisted_programme_is_reported_without_its_value()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, Outreach, 2, 0, "prog-x");

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.Equal($"{ErrorCodes.Records.UnknownProgramme} {Outreach}:2:1 programme_id is not in programmes.csv (value not shown); every row belongs to a listed programme.", Text(error));
    }

    [Fact]
    public void A_row_with_an_empty_programme_id_is_reported_as_required()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, Outreach, 2, 0, string.Empty);

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.Equal($"{ErrorCodes.Records.Required} {Outreach}:2:1 programme_id is required; the field is empty.", Text(error));
    }

    [Fact]
    public void A_programme_id_of_control_bytes_is_reported_and_never_taken_for_a_programme()
    {
        // A one-byte id first, then an id as long as the programme's just after a row of it.
        var row = Row["prog-1".Length..];
        var directory = WriteOutreach(Header + "\n\0" + row + "\n" + Row + "\n\0\0\0\0\0\0" + row + "\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [(ErrorCodes.Identity.Invalid, 2L, 1), (ErrorCodes.Identity.Invalid, 4L, 1)],
            result.Errors.Select(e => (e.Code, e.Line, e.Column)));
        Assert.Single(Assert.Single(result.Programmes).OutreachAttempts);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("300")]        // past the small numbers .NET keeps one string of
    [InlineData("1000000000")] // contact indexes are any non-negative int: ten digits too
    public void The_participants_of_a_rejected_contact_point_at_its_row(string index)
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "employer_contacts.csv", 3, 1, index);
        RecordSample.SetField(directory, "employer_contacts.csv", 3, 2, "not-a-date");
        RecordSample.SetField(directory, "employer_contact_participants.csv", 2, 1, index);
        RecordSample.SetField(directory, "employer_contact_participants.csv", 3, 1, index);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.InvalidDate, File: "employer_contacts.csv", Line: 3, Column: 3 });
        Assert.Equal(
            [
                $"{ErrorCodes.Records.DependsOnRejectedRow} employer_contact_participants.csv:2:2 The row belongs to a contact whose row was rejected (employer_contacts.csv:3).",
                $"{ErrorCodes.Records.DependsOnRejectedRow} employer_contact_participants.csv:3:2 The row belongs to a contact whose row was rejected (employer_contacts.csv:3).",
            ],
            result.Errors.Where(e => e.File == "employer_contact_participants.csv").Select(Text));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("300")]
    public void A_contact_with_a_rejected_participant_row_points_at_that_row(string index)
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "employer_contacts.csv", 3, 1, index);
        RecordSample.SetField(directory, "employer_contact_participants.csv", 2, 1, index);
        RecordSample.SetField(directory, "employer_contact_participants.csv", 3, 1, index);
        RecordSample.SetField(directory, "employer_contact_participants.csv", 3, 3, "part 3");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Identity.Invalid, File: "employer_contact_participants.csv", Line: 3, Column: 4 });
        Assert.Contains($"{ErrorCodes.Records.DependsOnRejectedRow} employer_contacts.csv:3:0 The contact is rejected because a participant row of it was rejected (employer_contact_participants.csv:3).", result.Errors.Select(Text));
        Assert.Equal(2, Assert.Single(result.Programmes).EmployerContacts.Length);
    }

    /// <summary>The sample, then a second programme whose first participant row is far longer than a typical row.</summary>
    private static (string Directory, string Description) WriteTwoProgrammes()
    {
        var description = string.Join(' ', Enumerable.Repeat("Ønsker arbeid i butikk, gjerne deltid.", 20));
        var second = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-2"))
            .Add(Fixtures.Specialist())
            .Add(Participant.Create(Fixtures.P(1), Fixtures.Day, Fixtures.Day.PlusDays(7), ReferralSource.FromTeam(TeamId.Create("team-1")), JobPreferences.Create([], description)))
            .Add(Fixtures.Participant(2))
            .Build();
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write([RecordSample.Programme(), second], directory);
        return (directory, description);
    }

    [Fact]
    public void The_first_row_of_the_next_programme_is_kept_whole_however_long()
    {
        var (directory, description) = WriteTwoProgrammes();

        var programmes = ProgrammeRecords.Read(directory);

        Assert.Equal(["prog-1", "prog-2"], programmes.Select(p => p.Id.Value));
        Assert.Equal(5, programmes[0].Participants.Length);
        Assert.Equal([description, null], programmes[1].Participants.Select(p => p.Preferences.Description));
    }

    [Fact]
    public void A_row_of_a_programme_read_already_is_reported_as_out_of_order()
    {
        var (directory, _) = WriteTwoProgrammes();
        var line = File.ReadAllLines(Path.Combine(directory, "specialists.csv")).Length + 1;
        RecordSample.AppendLine(directory, "specialists.csv", "prog-1,spec-9,1,,,");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"{ErrorCodes.Records.ProgrammeOrder} specialists.csv:{line}:1 The row's programme was read already: the rows of each programme are contiguous and in programmes.csv order (as written); sort the file by programme, in that order.", Text(error));
        Assert.Equal([2, 1], result.Programmes.Select(p => p.Specialists.Length));
    }
}
