using System.Text;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.Core.Validation;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>How one export file is read: its header, its rows, and each field's parse rule, as a reader of the export meets them.</summary>
public sealed class JobbsporetTableTests
{
    private const string Events = "Event.csv";
    private const string Trails = "Work_Trail__c.csv";
    private const string Jobs = "ips_Job__c.csv";

    private static void AssertError(RecordError error, string code, string file, long line, int column, string? columnName, string message)
    {
        Assert.Equal((code, file, line, column, columnName, message), (error.Code, error.File, error.Line, error.Column, error.ColumnName, error.Message));
    }

    private static void Write(string directory, string file, string text) => File.WriteAllText(Path.Combine(directory, file), text);

    [Fact]
    public void Missing_required_file_is_reported_for_the_file_as_a_whole_naming_the_documentation()
    {
        var directory = Copy();
        File.Delete(Path.Combine(directory, Trails));

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.MissingFile, Trails, 0, 0, null, "Work_Trail__c.csv is missing; it is required (see docs/jobbsporet.md for the objects to export).");
    }

    [Theory]
    [InlineData("empty file", "")]
    [InlineData("blank first line", "\n\"a0TQ00000000001AAA\",\"IPS Ålesund\",\"IPS\"\n")]
    [InlineData("header longer than MaxLineLength", "long")]
    public void Unreadable_header_fails_the_read_as_no_header(string kind, string text)
    {
        _ = kind;
        var directory = Copy();
        Write(directory, "ips_Team__c.csv", text == "long" ? "\"Id\",\"Name\",\"" + new string('x', 2000) + "\"\n" : text);

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxLineLength = 1024 } });

        Assert.False(read.IsSuccess);
        AssertError(Assert.Single(read.Errors, e => e.File == "ips_Team__c.csv"), ErrorCodes.Records.NoHeader, "ips_Team__c.csv", 0, 0, null, "ips_Team__c.csv has no readable header line (the field API names, comma-separated).");
        Assert.DoesNotContain(read.Errors, e => e.Code == ErrorCodes.Jobbsporet.MissingColumn);
    }

    public static TheoryData<string, byte[]> MalformedHeaders() => new()
    {
        { "unclosed quote", Encoding.UTF8.GetBytes("\"Id\",\"Name,\"ips_Methodology__c\"\n") },
        { "not UTF-8", [(byte)'I', (byte)'d', (byte)',', (byte)'N', 0xC3, 0x28, (byte)',', (byte)'x', (byte)'\n'] },
        { "2049 fields", Encoding.UTF8.GetBytes("Id,Name," + string.Join(',', Enumerable.Range(0, 2047).Select(i => "f" + i)) + "\n") },
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public void Malformed_header_fails_the_read_at_line_1(string kind, byte[] header)
    {
        _ = kind;
        var directory = Copy();
        File.WriteAllBytes(Path.Combine(directory, "ips_Team__c.csv"), header);

        var read = ReadLenient(directory);

        Assert.False(read.IsSuccess);
        AssertError(Assert.Single(read.Errors, e => e.File == "ips_Team__c.csv"), ErrorCodes.Records.Quoting, "ips_Team__c.csv", 1, 0, null, "ips_Team__c.csv: the header is not a comma-separated list of field names (quotes malformed, not UTF-8, or more than 2048 fields).");
    }

    [Fact]
    public void Header_of_2048_fields_is_read_the_extra_fields_ignored()
    {
        var directory = Copy();
        var header = "Id,Name,ips_Methodology__c," + string.Join(',', Enumerable.Range(0, 2045).Select(i => "f" + i));
        var filler = string.Concat(Enumerable.Repeat(",", 2045));
        Write(directory, "ips_Team__c.csv", header + "\na0TQ00000000001AAA,IPS Ålesund,IPS" + filler + "\na0TQ00000000002AAA,IPS Bergen,IPS" + filler + "\na0TQ00000000003AAA,AMS Oslo,AMS" + filler + "\n");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(["IPS Ålesund", "IPS Bergen"], read.Teams.Select(t => t.Name));
    }

    [Theory]
    [InlineData("Id;Name;ips_Methodology__c\n")]
    [InlineData(";Id;Name\n")]
    public void Semicolon_separated_header_is_named_as_such(string header)
    {
        var directory = Copy();
        Write(directory, "ips_Team__c.csv", header);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors, e => e.File == "ips_Team__c.csv"), ErrorCodes.Records.SemicolonSeparated, "ips_Team__c.csv", 1, 0, null, "ips_Team__c.csv: the header looks semicolon-separated; a Salesforce export is comma-separated. Export again, or convert.");
    }

    [Theory]
    [InlineData("\"Id\",\"Note;Subject\"\n\"00TQ00000000001AAA\",\"a\"\n")]
    [InlineData("\"Id\"\n\"00TQ00000000001AAA\"\n")]
    public void Header_with_a_semicolon_inside_a_field_name_or_with_one_field_is_comma_separated(string text)
    {
        var directory = Copy();
        Write(directory, "Task.csv", text);

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(1, read.Findings.Single(f => f.Code == ErrorCodes.Jobbsporet.ObjectNotRead && f.File == "Task.csv").Count);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\"Id\",\"Name,\"ips_Methodology__c\"\n")]
    [InlineData("Id;Name;ips_Methodology__c\n")]
    public void File_with_a_rejected_header_is_released(string header)
    {
        var directory = Copy();
        Write(directory, "ips_Team__c.csv", header);

        var read = ReadAndAssertReleased(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

        Assert.False(read.IsSuccess);
    }

    [Fact]
    public void Missing_field_in_a_header_is_the_only_error_of_its_file_no_row_is_read()
    {
        var directory = Copy();
        DropField(directory, Events, "ips_uo_Kanal__c");

        var read = ReadLenient(directory);

        Assert.Equal(1, read.ErrorCount);
        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.MissingColumn, Events, 1, 0, null, "Event.csv: the header lacks the field ips_uo_Kanal__c, which the mapping reads (docs/jobbsporet.md).");
    }

    [Fact]
    public void Optional_field_left_out_of_the_header_reads_as_empty()
    {
        var directory = Copy();
        DropField(directory, "Account.csv", "INT_Industry__c");
        DropField(directory, Events, "Subject");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.All(read.Programmes.SelectMany(p => p.Employers), e => Assert.Null(e.Industry));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_not_counted_and_line_numbers_stay_physical()
    {
        var directory = Copy();
        var path = Path.Combine(directory, "ips_Team__c.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(2, string.Empty);
        File.WriteAllLines(path, lines);
        SetField(directory, "ips_Team__c.csv", 4, "ips_Methodology__c", "SE");

        var read = ReadLenient(directory);

        Assert.Equal(Read().RowsRead, read.RowsRead);
        var error = Assert.Single(read.Errors, e => e.File == "ips_Team__c.csv");
        Assert.Equal((ErrorCodes.Jobbsporet.UnknownPicklistValue, 4L), (error.Code, error.Line));
    }

    [Fact]
    public void Too_many_rows_stop_the_file_at_the_first_row_over_the_bound_and_nothing_after_it_is_read()
    {
        var read = Read(new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxRowsPerFile = 10 } });

        Assert.False(read.IsSuccess);
        // Only the record types read before the bound exist, so the later files name the missing ones; RecordType.csv itself has the one error.
        AssertError(Assert.Single(read.Errors, e => e.File == "RecordType.csv"), ErrorCodes.Records.TooManyRows, "RecordType.csv", 12, 0, null, "RecordType.csv has more than 10 rows (MaxRowsPerFile); reading stopped here.");
    }

    [Fact]
    public void Row_that_is_not_UTF8_is_reported_for_the_row_and_not_read()
    {
        var directory = Copy();
        var copy = Encoding.UTF8.GetBytes(File.ReadAllLines(Path.Combine(directory, Events))[1].Replace("Møte", "M\u0001te", StringComparison.Ordinal) + "\n");
        copy[Array.IndexOf(copy, (byte)1)] = 0xFF;
        File.AppendAllBytes(Path.Combine(directory, Events), copy);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Encoding, Events, 20, 0, null, "The row is not valid UTF-8; a Salesforce export is UTF-8.");
    }

    [Fact]
    public void Row_with_malformed_quotes_is_reported_for_the_row_and_not_read()
    {
        var directory = Copy();
        var line = File.ReadAllLines(Path.Combine(directory, Events))[1];
        File.AppendAllText(Path.Combine(directory, Events), line + "x\n");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Quoting, Events, 20, 0, null, "A field's quotes are malformed: a quoted field must close with \" followed by , or the line end, and a \" inside is written \"\".");
    }

    [Theory]
    [InlineData(1, "more")]
    [InlineData(-1, "fewer")]
    public void Row_with_another_field_count_than_the_header_says_which_and_is_not_read(int extra, string which)
    {
        var directory = Copy();
        var fields = Fields(directory, Events, 2).ToList();
        if (extra > 0)
        {
            fields.Add("x");
        }
        else
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var line = AppendRow(directory, Events, [.. fields]);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.FieldCount, Events, line, 0, null, "The row has " + which + " fields than the header's 18.");
    }

    [Fact]
    public void Row_longer_than_the_read_buffer_is_read_whole()
    {
        var directory = Copy();
        var line = LineOf(directory, "Account.csv", Id("001", 1));
        SetField(directory, "Account.csv", line, "INT_Industry__c", new string('v', 5000));

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Contains(read.Programmes[0].Employers, e => e.Industry == new string('v', 200));
    }

    [Fact]
    public void Empty_required_id_is_reported_once_as_required()
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "OwnerId", "");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Required, Trails, line, ColumnOf(directory, Trails, "OwnerId"), "OwnerId", "The id is required.");
    }

    [Theory]
    [InlineData("-05Q00000000001AAA")]
    [InlineData("005Q00000000001AA-")]
    [InlineData("005Q0000000001")]
    [InlineData("005Q00000000001ÅAA")]
    public void Malformed_id_is_reported_without_its_value(string value)
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "OwnerId", value);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.InvalidId, Trails, line, ColumnOf(directory, Trails, "OwnerId"), "OwnerId", "The field is not a Salesforce id (15 or 18 letters and digits; value not shown).");
    }

    [Theory]
    [InlineData("", ErrorCodes.Records.Required, "The date is required.")]
    [InlineData("05.01.2026", ErrorCodes.Records.InvalidDate, "The field is not an ISO date yyyy-MM-dd.")]
    public void Required_date_empty_or_not_ISO_is_reported_once(string value, string code, string message)
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "ips_Referred_date__c", value);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), code, Trails, line, ColumnOf(directory, Trails, "ips_Referred_date__c"), "ips_Referred_date__c", message);
    }

    [Theory]
    [InlineData("", ErrorCodes.Records.Required, "The datetime is required.")]
    [InlineData("27.01.2026 10:00", ErrorCodes.Jobbsporet.InvalidDateTime, "The field is not an ISO datetime (e.g. 2026-03-04T09:00:00.000Z).")]
    public void Meeting_start_empty_or_not_ISO_is_reported_once_and_the_meeting_left_out(string value, string code, string message)
    {
        var directory = Copy();
        var line = LineOf(directory, Events, Id("00U", 1));
        SetField(directory, Events, line, "StartDateTime", value);

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), code, Events, line, ColumnOf(directory, Events, "StartDateTime"), "StartDateTime", message);
        Assert.Equal(5, read.Programmes[0].EmployerContacts.Length);
    }

    [Fact]
    public void Datetime_with_an_offset_is_read_as_its_instant()
    {
        var directory = Copy();
        SetField(directory, Trails, LineOf(directory, Trails, Id("a0W", 1)), "Oppstartsdato__c", "2026-01-11T23:30:00.000-0100");

        var read = JobbsporetExport.TryRead(directory);

        // 23:30 at -01:00 is 00:30 UTC, 01:30 in Oslo: 12 January, not the 11th the text starts with.
        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(new NodaTime.LocalDate(2026, 1, 12), read.Programmes[0].Participants.Single(p => p.Id.Value == new JobbsporetPseudonyms(default).Map('p', Id("a0W", 1))).EnrolmentDate);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("FALSE", false)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("True", true)]
    public void Checkbox_is_true_false_or_1_0_in_any_case_and_empty_is_false(string value, bool present)
    {
        var directory = Copy();
        SetField(directory, Events, LineOf(directory, Events, Id("00U", 1)), "IPS_participant_related_to_meeting__c", value);

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(present, read.Programmes[0].EmployerContacts.Single(c => c.Date == new NodaTime.LocalDate(2026, 1, 27)).ParticipantPresent);
    }

    [Fact]
    public void Checkbox_that_is_not_true_or_false_is_reported_and_the_meeting_left_out()
    {
        var directory = Copy();
        var line = LineOf(directory, Events, Id("00U", 1));
        SetField(directory, Events, line, "IPS_participant_related_to_meeting__c", "yes");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.InvalidBoolean, Events, line, ColumnOf(directory, Events, "IPS_participant_related_to_meeting__c"), "IPS_participant_related_to_meeting__c", "The checkbox is not true/false (or 1/0).");
        Assert.Equal(5, read.Programmes[0].EmployerContacts.Length);
    }

    [Fact]
    public void Decimal_of_32_characters_is_read()
    {
        var directory = Copy();
        SetField(directory, Jobs, LineOf(directory, Jobs, Id("a0J", 1)), "ips_Number_of_hours__c", new string('0', 30) + "20");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(20m, read.Programmes[0].Jobs.Single(j => j.Id.Value == new JobbsporetPseudonyms(default).Map('j', Id("a0J", 1))).PositionSize.Amount);
    }

    [Fact]
    public void Decimal_longer_than_32_characters_is_reported_without_its_value()
    {
        var directory = Copy();
        var line = LineOf(directory, Jobs, Id("a0J", 1));
        SetField(directory, Jobs, line, "ips_Number_of_hours__c", new string('0', 31) + "20");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.InvalidDecimal, Jobs, line, ColumnOf(directory, Jobs, "ips_Number_of_hours__c"), "ips_Number_of_hours__c", "The field is not an invariant decimal (digits, optional sign and decimal point).");
    }

    [Fact]
    public void Required_number_left_empty_is_reported_as_required()
    {
        var directory = Copy();
        SetField(directory, "supplement_specialists.csv", 2, "fte", "");

        var read = ReadLenient(directory);

        var error = Assert.Single(read.Errors, e => e.File == "supplement_specialists.csv");
        AssertError(error, ErrorCodes.Records.Required, "supplement_specialists.csv", 2, 2, "fte", "The number is required.");
    }
}
