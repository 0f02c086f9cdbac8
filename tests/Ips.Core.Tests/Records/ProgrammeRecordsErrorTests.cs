using Ips.Core.Records;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Records;

public sealed class ProgrammeRecordsErrorTests
{
    public static TheoryData<string, int, int, string, string, int, int> FieldErrors() => new()
    {
        // file, line, 0-based column to set, value → expected code, line, 1-based column
        { "participants.csv", 5, 2, "2024-02-30", ErrorCodes.Records.InvalidDate, 5, 3 },
        { "specialists.csv", 2, 2, "1e0", ErrorCodes.Records.InvalidDecimal, 2, 3 },
        { "caseloads.csv", 2, 2, "-1", ErrorCodes.Records.InvalidInteger, 2, 3 },
        { "follow_along_contacts.csv", 2, 4, "True", ErrorCodes.Records.InvalidBoolean, 2, 5 },
        { "outreach_attempts.csv", 2, 3, "homevisit", ErrorCodes.Records.InvalidEnum, 2, 4 },
        { "outreach_attempts.csv", 2, 3, "0", ErrorCodes.Records.InvalidEnum, 2, 4 },
        { "disclosure_decisions.csv", 3, 4, "ReceivingTreatment|None", ErrorCodes.Records.InvalidEnum, 3, 5 },
        { "benefits_planning_sessions.csv", 2, 1, "", ErrorCodes.Records.Required, 2, 2 },
        { "disclosure_discussions.csv", 2, 2, "SECRET-ID-123 x", ErrorCodes.Identity.Invalid, 2, 3 },
        { "outreach_attempts.csv", 2, 0, "prog-x", ErrorCodes.Records.UnknownProgramme, 2, 1 },
        { "caseloads.csv", 3, 3, "3", ErrorCodes.Records.CountMismatch, 3, 4 },
        { "caseloads.csv", 2, 2, "19", ErrorCodes.Records.CapacityMismatch, 2, 3 },
        { "jobs.csv", 3, 16, "false", ErrorCodes.Records.DerivedMismatch, 3, 17 },
        { "specialist_teams.csv", 3, 2, "5", ErrorCodes.Records.OrdinalSequence, 3, 3 },
        { "participants.csv", 5, 8, "Other", ErrorCodes.Records.NotAllowed, 5, 9 },
        { "participants.csv", 6, 2, "2024-06-01", ErrorCodes.Participant.EnrolmentBeforeReferral, 6, 4 },
        { "work_trials.csv", 2, 2, "emp-9", ErrorCodes.Programme.UnknownEmployer, 2, 3 },
        { "employer_contacts.csv", 3, 1, "0", ErrorCodes.Records.DuplicateKey, 3, 2 },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public void BadField_IsReported_WithFileLineColumnAndCode_WithoutTheValue(string file, int line, int column, string value, string code, int expectedLine, int expectedColumn)
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, file, line, column, value);

        var result = ProgrammeRecords.TryRead(directory);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Programmes);
        var error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.Equal(file, error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.Equal(expectedColumn, error.Column);
        Assert.Equal(ProgrammeRecords.Files.Single(f => f.File == file).Columns[expectedColumn - 1], error.ColumnName);
        Assert.StartsWith($"{file}:{expectedLine}:{expectedColumn} (", error.ToString(), StringComparison.Ordinal);
        // The reader's own messages never show the value; domain rules name non-identity values (dates) as the domain does.
        if (value.Length > 2 && (code.StartsWith("IPS-REC", StringComparison.Ordinal) || code.StartsWith("IPS-ID", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }

        RecordSample.AssertNoIdentity(result);
    }

    [Fact]
    public void RowErrors_FieldCountQuotingAndEncoding_AreReportedPerRow()
    {
        var directory = RecordSample.Write();
        RecordSample.ReplaceLine(directory, "outreach_attempts.csv", 2, text => text + ",extra");
        RecordSample.ReplaceLine(directory, "work_trials.csv", 2, text => text.Replace("Praksis", "Prak\"sis", StringComparison.Ordinal));
        var employers = Path.Combine(directory, "employers.csv");
        var bytes = File.ReadAllBytes(employers).ToList();
        bytes.InsertRange(bytes.Count - 1, [0xC3, 0x28]);
        File.WriteAllBytes(employers, [.. bytes]);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.True(result.IsSuccess);
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.FieldCount, File: "outreach_attempts.csv", Line: 2, Column: 0 });
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.Quoting, File: "work_trials.csv", Line: 2 });
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.Encoding, File: "employers.csv", Line: 3, Column: 5, ColumnName: "industry" });
        var programme = Assert.Single(result.Programmes);
        Assert.Empty(programme.OutreachAttempts);
        Assert.Empty(programme.WorkTrials);
        RecordSample.AssertNoIdentity(result);
    }

    [Fact]
    public void Strict_ReturnsNothingHalfBuilt_LenientReturnsTheRest_WithDependentRowsRejectedAndSayingWhy()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "participants.csv", 5, 3, "not-a-date");

        var strict = ProgrammeRecords.TryRead(directory);
        var lenient = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.False(strict.IsSuccess);
        Assert.Empty(strict.Programmes);
        Assert.True(lenient.IsSuccess);
        var programme = Assert.Single(lenient.Programmes);
        Assert.Equal(4, programme.Participants.Length);
        Assert.DoesNotContain(programme.Participants, p => p.Id.Value == "part-3");
        Assert.Equal(strict.Errors, lenient.Errors);

        // The participant's own row, then every row that refers to it, each pointing at the rejected row.
        Assert.Equal((ErrorCodes.Records.InvalidDate, "participants.csv", 5L), (lenient.Errors[0].Code, lenient.Errors[0].File, lenient.Errors[0].Line));
        var dependents = lenient.Errors.Where(e => e.Code == ErrorCodes.Records.DependsOnRejectedRow).ToList();
        Assert.Contains(dependents, e => e is { File: "caseload_assignments.csv", Line: 3 });
        Assert.Contains(dependents, e => e is { File: "employer_contact_participants.csv", Line: 3 });
        Assert.Contains(dependents, e => e is { File: "employer_contact_participants.csv", Line: 4 });
        Assert.Contains(dependents, e => e is { File: "employer_contacts.csv", Line: 3 });
        Assert.Contains(dependents, e => e is { File: "employer_contacts.csv", Line: 4 });
        Assert.Contains(dependents, e => e is { File: "jobs.csv", Line: 4, ColumnName: "participant_id" });
        Assert.Contains(dependents, e => e is { File: "work_trials.csv", Line: 2 });
        Assert.All(dependents, e => Assert.Contains("participants.csv:5", e.Message, StringComparison.Ordinal));
        Assert.Single(programme.EmployerContacts);
        Assert.Equal(2, programme.Jobs.Length);
        RecordSample.AssertNoIdentity(lenient);

        var thrown = Assert.Throws<DomainException>(() => ProgrammeRecords.Read(directory, RecordReadOptions.Lenient));
        Assert.Equal(ErrorCodes.Records.InvalidDate, thrown.Code);
        Assert.Equal("participants.csv:5:4 (enrolment_date)", thrown.Errors[0].PropertyName);
    }

    [Fact]
    public void ContactParticipants_OfAMissingContact_AreReported()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "employer_contact_participants.csv", "prog-1,7,0,part-4");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.UnknownContact, "employer_contact_participants.csv", 5L, 2), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void RepeatedProgramme_IsADuplicateKey()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "programmes.csv", "prog-1");

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.Equal((ErrorCodes.Records.DuplicateKey, "programmes.csv", 3L, 1), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void MissingFile_FailsTheRead_InBothModes()
    {
        var directory = RecordSample.Write();
        File.Delete(Path.Combine(directory, "outreach_attempts.csv"));

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Programmes);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.MissingFile, "outreach_attempts.csv", 0L, 0), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void MissingDirectory_ReportsEveryFileMissing_WithoutThrowing()
    {
        var result = ProgrammeRecords.TryRead(Path.Combine(RecordSample.NewDirectory(), "absent"));

        Assert.Equal(ProgrammeRecords.Files.Length, result.Errors.Count(e => e.Code == ErrorCodes.Records.MissingFile));
    }

    public static TheoryData<string, string> HeaderErrors() => new()
    {
        { string.Empty, ErrorCodes.Records.NoHeader },
        { "programme_id,date,participant_id,method,by,coordinated_visit", ErrorCodes.Records.MissingColumn },
        { "programme_id,date,participant_id,method,by,coordinated_visit,family_contact,SECRET-ID-123", ErrorCodes.Records.UnknownColumn },
        { "programme_id,participant_id,date,method,by,coordinated_visit,family_contact", ErrorCodes.Records.ColumnOrder },
        { "programme_id;date;participant_id;method;by;coordinated_visit;family_contact", ErrorCodes.Records.SemicolonSeparated },
    };

    [Theory]
    [MemberData(nameof(HeaderErrors))]
    public void BadHeader_FailsTheRead_WithAClearErrorNamingTheExpectedColumns(string header, string code)
    {
        var directory = RecordSample.Write();
        var path = Path.Combine(directory, "outreach_attempts.csv");
        var rows = File.ReadAllLines(path).Skip(1);
        File.WriteAllText(path, header.Length == 0 ? string.Empty : header + "\n" + string.Join('\n', rows.Select(r => code == ErrorCodes.Records.SemicolonSeparated ? r.Replace(',', ';') : r)) + "\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors, e => e.Code == code);
        Assert.Equal("outreach_attempts.csv", error.File);
        Assert.Contains("programme_id,date,participant_id,method,by,coordinated_visit,family_contact", error.Message, StringComparison.Ordinal);
        if (code == ErrorCodes.Records.SemicolonSeparated)
        {
            Assert.Contains("looks like semicolon-separated", error.Message, StringComparison.Ordinal);
        }

        RecordSample.AssertNoIdentity(result);
    }

    [Fact]
    public void QuotedHeader_AsRWritesIt_IsAccepted()
    {
        var directory = RecordSample.Write();
        RecordSample.ReplaceLine(directory, "outreach_attempts.csv", 1, text => string.Join(',', text.Split(',').Select(c => "\"" + c + "\"")));

        Assert.Single(ProgrammeRecords.Read(directory));
    }

    [Fact]
    public void TooLongRow_IsRejected_WithoutBeingRead_AndTheRestLoads()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1," + new string('x', 600));

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxLineLength = 512 });

        Assert.True(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.LineTooLong, "outreach_attempts.csv", 3L), (error.Code, error.File, error.Line));
        Assert.Single(result.Programmes[0].OutreachAttempts);
    }

    [Fact]
    public void UnclosedQuote_StopsAtMaxLineLength_InsteadOfSwallowingTheFile()
    {
        var directory = RecordSample.Write();
        var path = Path.Combine(directory, "outreach_attempts.csv");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(1, "prog-1,\"2024-01-01");
        lines.AddRange(Enumerable.Repeat(new string('y', 200), 5));
        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxLineLength = 512 });

        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.LineTooLong, Line: 2 });
        Assert.True(result.ErrorCount >= 2);
    }

    [Fact]
    public void TooManyRows_StopsReading_AndFailsTheRead()
    {
        var directory = RecordSample.Write();

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxRowsPerFile = 2 });

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e is { Code: ErrorCodes.Records.TooManyRows, File: "participants.csv" });
    }

    [Fact]
    public void Errors_AreCapped_WithAnAndNMoreEntry()
    {
        var directory = RecordSample.Write();
        for (var i = 0; i < 5; i++)
        {
            RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1,bad,part-4,Phone,Specialist,false,false");
        }

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient with { MaxErrors = 2 });

        Assert.Equal(5, result.ErrorCount);
        Assert.Equal(3, result.Errors.Length);
        Assert.Equal(ErrorCodes.Records.MoreErrors, result.Errors[^1].Code);
        Assert.Contains("3 more", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverFullCaseload_Loads_AndIsAFinding()
    {
        var directory = RecordSample.Write();

        var programme = Assert.Single(ProgrammeRecords.Read(directory));

        Assert.Equal(2, programme.Caseloads[1].Count);
        Assert.Equal(1, programme.Caseloads[1].Capacity);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRecords.TryRead(".", new RecordReadOptions { MaxLineLength = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRecords.TryRead(".", new RecordReadOptions { MaxErrors = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeRecords.TryRead(".", new RecordReadOptions { Mode = (RecordReadMode)7 }));
    }

    [Fact]
    public void RowOfAProgrammeReadAlready_IsOutOfOrder_AndTheRestLoads()
    {
        var directory = RecordSample.Write();
        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            var path = Path.Combine(directory, file);
            var rows = File.ReadAllText(path).Split('\n').Skip(1).Where(r => r.Length > 0);
            File.AppendAllText(path, string.Concat(rows.Select(r => r.StartsWith("prog-1,", StringComparison.Ordinal) || r == "prog-1" ? "prog-2" + r[6..] + "\n" : r + "\n")));
        }

        var lines = File.ReadAllLines(Path.Combine(directory, "outreach_attempts.csv")).Length;
        RecordSample.AppendLine(directory, "outreach_attempts.csv", "prog-1,2024-03-20,part-4,Phone,Specialist,false,false");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.Programmes.Length);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Records.ProgrammeOrder, "outreach_attempts.csv", (long)lines + 1, 1), (error.Code, error.File, error.Line, error.Column));
        Assert.Single(result.Programmes[0].OutreachAttempts);
    }
}
