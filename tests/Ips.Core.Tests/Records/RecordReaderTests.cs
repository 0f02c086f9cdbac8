using Ips.Core.Records;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Records;

/// <summary>One read of a directory as a whole: which files stop it, how errors are counted and ordered, and what it leaves behind.</summary>
public sealed class RecordReaderTests
{
    [Fact]
    public void A_repeated_programme_is_reported_with_its_rule()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "programmes.csv", "prog-1");

        var result = ProgrammeRecords.TryRead(directory);

        Assert.Equal(["programmes.csv:3:1 (programme_id) IPS-REC-019: programme_id repeats an earlier programme; each programme is listed once."], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_file_that_cannot_be_opened_stops_the_read_before_any_row_is_read()
    {
        var directory = RecordSample.Write();
        File.Delete(Path.Combine(directory, "outreach_attempts.csv"));
        RecordSample.SetField(directory, "work_trials.csv", 2, 3, "not-a-date");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.MissingFile, "outreach_attempts.csv"), (error.Code, error.File));
        Assert.Equal(1, result.RowsRead); // programmes.csv's one row, nothing after it
    }

    [Fact]
    public void A_missing_programmes_file_stops_the_read_before_any_other_row_is_read()
    {
        var directory = RecordSample.Write();
        File.Delete(Path.Combine(directory, "programmes.csv"));

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.MissingFile, "programmes.csv"), (error.Code, error.File));
    }

    [Fact]
    public void Rows_when_programmes_csv_lists_no_programme_are_each_reported()
    {
        var directory = RecordSample.Write();
        File.WriteAllText(Path.Combine(directory, "programmes.csv"), "programme_id\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Programmes);
        Assert.Equal(37, result.ErrorCount);
        Assert.All(result.Errors, e => Assert.Equal((ErrorCodes.Records.UnknownProgramme, 1), (e.Code, e.Column)));
        Assert.Equal(37, result.RowsRead);
    }

    [Fact]
    public void Every_data_row_of_every_file_is_counted()
    {
        var result = ProgrammeRecords.TryRead(RecordSample.Write());

        Assert.Equal(38, result.RowsRead);
    }

    [Fact]
    public void Errors_of_every_file_and_programme_are_counted_and_listed_by_file_line_column_and_code()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1,bad,part-4,phone,Specialist,false,false");
        RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1,bad,part-4,Phone,Specialist,false,false");
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 7, 16, "rus|rus|bad tag");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                ("participants.csv", 7L, 17, ErrorCodes.Participant.GroupingTagInvalid),
                ("participants.csv", 7L, 17, ErrorCodes.Participant.DuplicateGroupingTag),
                ("caseload_assignments.csv", 5L, 4, ErrorCodes.Records.DependsOnRejectedRow),
                ("outreach_attempts.csv", 3L, 2, ErrorCodes.Records.InvalidDate),
                ("outreach_attempts.csv", 3L, 4, ErrorCodes.Records.InvalidEnum),
                ("outreach_attempts.csv", 4L, 2, ErrorCodes.Records.InvalidDate),
            ],
            result.Errors.Select(e => (e.File, e.Line, e.Column, e.Code)));
        Assert.Equal(6, result.ErrorCount);
    }

    [Fact]
    public void The_more_errors_entry_names_the_file_of_the_last_error_listed()
    {
        var directory = RecordSample.Write();
        for (var i = 0; i < 3; i++)
        {
            RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1,bad,part-4,Phone,Specialist,false,false");
        }

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxErrors = 1 });

        Assert.Equal(
            ["outreach_attempts.csv:3:2 (date) IPS-REC-013: date must be an ISO calendar date yyyy-MM-dd (value not shown).", "outreach_attempts.csv IPS-REC-027: … and 2 more errors not listed (MaxErrors is 1)."],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Beyond_max_errors_the_errors_listed_are_the_first_in_file_order_not_the_first_found()
    {
        // The assembler checks a specialist's team ordinals before the specialist's own rules: found in that order,
        // listed in file order (specialists.csv before specialist_teams.csv).
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "specialist_teams.csv", 3, 2, "3");
        RecordSample.SetField(directory, "specialists.csv", 3, 2, "0");

        var all = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);
        var first = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxErrors = 1 });

        Assert.Equal(all.ErrorCount, first.ErrorCount);
        Assert.Equal([all.Errors[0].ToString(), "specialists.csv IPS-REC-027: … and " + (all.ErrorCount - 1) + " more errors not listed (MaxErrors is 1)."], first.Errors.Select(e => e.ToString()));
        Assert.Equal("specialists.csv", first.Errors[0].File);
    }

    [Fact]
    public void Too_many_rows_stops_the_read_before_the_programme_is_built()
    {
        var result = ProgrammeRecords.TryRead(RecordSample.Write(), RecordReadOptions.Lenient with { MaxRowsPerFile = 2 });

        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["participants.csv", "caseload_assignments.csv", "employer_contacts.csv", "employer_contact_participants.csv", "jobs.csv"],
            result.Errors.Select(e => e.File));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Records.TooManyRows, e.Code));
    }

    [Fact]
    public void Every_file_is_closed_when_the_read_returns()
    {
        var directory = RecordSample.Write();

        ProgrammeRecords.TryRead(directory);

        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            using var exclusive = new FileStream(Path.Combine(directory, file), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_directory_is_an_argument_error(string directory)
    {
        Assert.Throws<ArgumentException>(() => ProgrammeRecords.TryRead(directory));
        Assert.Throws<ArgumentNullException>(() => ProgrammeRecords.TryRead(null!));
    }

    [Fact]
    public void The_default_bounds_are_as_documented()
    {
        var options = RecordReadOptions.Default;

        Assert.Equal((RecordReadMode.Strict, 1 << 20, 100_000_000, 1_000), (options.Mode, options.MaxLineLength, options.MaxRowsPerFile, options.MaxErrors));
        Assert.Equal(RecordReadMode.Lenient, RecordReadOptions.Lenient.Mode);
    }

    public static TheoryData<RecordReadOptions, string> OutOfRange() => new()
    {
        { new RecordReadOptions { Mode = (RecordReadMode)7 }, "Mode" },
        { new RecordReadOptions { MaxLineLength = 255 }, "MaxLineLength" },
        { new RecordReadOptions { MaxLineLength = (1 << 24) + 1 }, "MaxLineLength" },
        { new RecordReadOptions { MaxRowsPerFile = 0 }, "MaxRowsPerFile" },
        { new RecordReadOptions { MaxErrors = 0 }, "MaxErrors" },
        { new RecordReadOptions { MaxErrors = 1_000_001 }, "MaxErrors" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void An_option_out_of_range_is_an_argument_error_naming_it(RecordReadOptions options, string name)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRecords.TryRead(RecordSample.NewDirectory(), options));

        Assert.Equal(name, thrown.ParamName);
        if (name == "Mode")
        {
            Assert.StartsWith("Mode must be Strict or Lenient.", thrown.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_at_their_bounds_are_accepted()
    {
        var result = ProgrammeRecords.TryRead(RecordSample.Write(), new RecordReadOptions { MaxLineLength = 1 << 24, MaxRowsPerFile = 1_000, MaxErrors = 1_000_000 });

        Assert.True(result.IsSuccess);
    }
}
