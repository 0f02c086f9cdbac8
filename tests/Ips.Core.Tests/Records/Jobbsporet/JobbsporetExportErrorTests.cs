using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.Core.Validation;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

public sealed class JobbsporetExportErrorTests
{
    public static TheoryData<string, string, string, string, string, string> FieldErrors() => new()
    {
        // file, row id (prefix, n as "prefix:n"), field, value → code
        { "Work_Trail__c.csv", "a0W:1", "ips_Status__c", "Kartlegging", ErrorCodes.Jobbsporet.UnknownPicklistValue, "ips_Status__c" },
        { "Work_Trail__c.csv", "a0W:1", "ips_Referred_date__c", "05.01.2026", ErrorCodes.Records.InvalidDate, "ips_Referred_date__c" },
        { "Work_Trail__c.csv", "a0W:1", "Oppstartsdato__c", "2026-01-12 09:00", ErrorCodes.Jobbsporet.InvalidDateTime, "Oppstartsdato__c" },
        { "Work_Trail__c.csv", "a0W:1", "OwnerId", "005Q0000000001", ErrorCodes.Jobbsporet.InvalidId, "OwnerId" },
        { "Work_Trail__c.csv", "a0W:1", "OwnerId", "005Q00000000099AAA", ErrorCodes.Jobbsporet.NoTeam, "OwnerId" },
        { "Work_Trail__c.csv", "a0W:1", "RecordTypeId", "012Q00000000099AAA", ErrorCodes.Jobbsporet.UnknownReference, "RecordTypeId" },
        { "Work_Trail__c.csv", "a0W:1", "ips_Behandlingsteam__c", "", ErrorCodes.Records.Required, "ips_Behandlingsteam__c" },
        { "Work_Trail__c.csv", "a0W:101", "ips_Other_end_cases__c", "N/A", ErrorCodes.Records.Required, "ips_Other_end_cases__c" },
        { "Work_Trail__c.csv", "a0W:101", "End_Cause__c", "Arbeid", ErrorCodes.Jobbsporet.UnknownPicklistValue, "End_Cause__c" },
        { "Work_Trail__c.csv", "a0W:101", "ips_End_Date__c", "", ErrorCodes.Records.Required, "ips_End_Date__c" },
        { "Work_Trail__c.csv", "a0W:1", "Oppstartsdato__c", "2025-12-01T09:00:00.000Z", ErrorCodes.Participant.EnrolmentBeforeReferral, "" },
        { "ips_Job__c.csv", "a0J:1", "ips_Work_Trail__c", "a0WQ00000000999AAA", ErrorCodes.Jobbsporet.UnknownReference, "ips_Work_Trail__c" },
        { "ips_Job__c.csv", "a0J:1", "ips_Form_of_Employment__c", "Fast ansettelse", ErrorCodes.Jobbsporet.UnknownPicklistValue, "ips_Form_of_Employment__c" },
        { "ips_Job__c.csv", "a0J:1", "ips_Number_of_hours__c", "20,5", ErrorCodes.Records.InvalidDecimal, "ips_Number_of_hours__c" },
        { "ips_Job__c.csv", "a0J:1", "ips_Wage_subsidies__c", "true", ErrorCodes.Records.DerivedMismatch, "ips_Wage_subsidies__c" },
        { "ips_Job__c.csv", "a0J:1", "ips_Employer__c", "", ErrorCodes.Records.Required, "ips_Employer__c" },
        { "Event.csv", "00U:1", "ips_uo_Kanal__c", "Telefon", ErrorCodes.Jobbsporet.UnknownPicklistValue, "ips_uo_Kanal__c" },
        { "Event.csv", "00U:1", "IPS_Status1__c", "Done", ErrorCodes.Jobbsporet.UnknownPicklistValue, "IPS_Status1__c" },
        { "Event.csv", "00U:1", "ips_Subcategory_Type_IPS__c", "Networking", ErrorCodes.Jobbsporet.UnknownPicklistValue, "ips_Subcategory_Type_IPS__c" },
        { "Event.csv", "00U:1", "IPS_Type__c", "Lunch", ErrorCodes.Jobbsporet.UnknownPicklistValue, "IPS_Type__c" },
        { "Event.csv", "00U:1", "IPS_participant_related_to_meeting__c", "yes", ErrorCodes.Records.InvalidBoolean, "IPS_participant_related_to_meeting__c" },
        { "Event.csv", "00U:1", "RelatedToAccount__c", "", ErrorCodes.Records.Required, "RelatedToAccount__c" },
        { "Event.csv", "00U:2", "Id", "00UQ00000000001AAA", ErrorCodes.Jobbsporet.DuplicateId, "Id" },
        { "Account.csv", "001:1", "INT_OrganizationNumber__c", "974760674", ErrorCodes.OrganisationNumber.CheckDigit, "INT_OrganizationNumber__c" },
        { "supplement_jobs.csv", "a0J:1", "occupation_code", "522", ErrorCodes.Occupation.Format, "occupation_code" },
        { "supplement_jobs.csv", "a0J:1", "wage_subsidy", "1", ErrorCodes.Records.InvalidEnum, "wage_subsidy" },
        { "supplement_specialists.csv", "005:1", "fte", "1.5", ErrorCodes.Specialist.FteOutOfRange, "" },
    };

    [Theory]
    [MemberData(nameof(FieldErrors))]
    public void BadField_IsReported_WithFileLineColumnAndRule_WithoutTheValue(string file, string row, string field, string value, string code, string column)
    {
        var directory = Copy();
        var key = row.Split(':');
        var line = LineOf(directory, file, Id(key[0], int.Parse(key[1], System.Globalization.CultureInfo.InvariantCulture)));
        SetField(directory, file, line, field, value);

        var strict = JobbsporetExport.TryRead(directory);
        var lenient = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

        Assert.False(strict.IsSuccess);
        Assert.Empty(strict.Programmes);
        var error = Assert.Single(strict.Errors, e => e.Code == code);
        Assert.Equal(file, error.File);
        if (column.Length > 0)
        {
            Assert.Equal(line, error.Line);
            Assert.Equal(column, error.ColumnName);
            Assert.Equal(File.ReadLines(Path.Combine(directory, file)).First().Split(',').ToList().IndexOf("\"" + column + "\"") + 1, error.Column);
        }

        if (value.Length > 3)
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }

        // Lenient: the other rows still make both programmes.
        Assert.True(lenient.IsSuccess);
        Assert.Equal(2, lenient.Programmes.Length);
        Assert.Contains(lenient.Errors, e => e.Code == code);
        Assert.Throws<DomainException>(() => lenient.GetProgrammesOrThrow());
    }

    [Fact]
    public void RejectedTrail_TakesItsJobsAndMeetingsWithIt_AsRowsOfATrailLeftOut()
    {
        var directory = Copy();
        SetField(directory, "Work_Trail__c.csv", LineOf(directory, "Work_Trail__c.csv", Id("a0W", 3)), "ips_Status__c", "Unknown");

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

        Assert.Equal(20, read.Programmes[0].Participants.Length);
        Assert.Equal(2, read.Findings.Single(f => f.Code == ErrorCodes.Jobbsporet.RowOfTrailLeftOut && f.File == "ips_Job__c.csv").Count);
    }

    [Theory]
    [InlineData("Work_Trail__c.csv")]
    [InlineData("RecordType.csv")]
    [InlineData("ips_Team__c.csv")]
    [InlineData("ips_Team_Member__c.csv")]
    public void MissingRequiredFile_FailsTheRead_InEitherMode(string file)
    {
        var directory = Copy();
        File.Delete(Path.Combine(directory, file));

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

        Assert.False(read.IsSuccess);
        Assert.Empty(read.Programmes);
        var error = Assert.Single(read.Errors, e => e.Code == ErrorCodes.Jobbsporet.MissingFile);
        Assert.Equal(file, error.File);
    }

    [Fact]
    public void MissingField_InAHeader_FailsTheRead_NamingTheField()
    {
        var directory = Copy();
        var path = Path.Combine(directory, "Event.csv");
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace("\"ips_uo_Kanal__c\"", "\"Kanal\"", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

        Assert.False(read.IsSuccess);
        var error = Assert.Single(read.Errors, e => e.Code == ErrorCodes.Jobbsporet.MissingColumn);
        Assert.Contains("ips_uo_Kanal__c", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowErrors_FieldCountQuotingEncodingAndLength_AreReportedPerRow()
    {
        var directory = Copy();
        var path = Path.Combine(directory, "Task.csv");
        File.AppendAllText(path, "\"a\",\"b\"\n\"x\"y\"\",\"1\",\"2\",\"3\",\"4\"\n");
        File.AppendAllBytes(path, [(byte)'"', 0xC3, 0x28, (byte)'"', (byte)',', (byte)'1', (byte)',', (byte)'2', (byte)',', (byte)'3', (byte)',', (byte)'4', (byte)'\n']);
        File.AppendAllText(path, "\"" + new string('x', 2000) + "\",\"1\",\"2\",\"3\",\"4\"\n");

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxLineLength = 1024 } });

        Assert.True(read.IsSuccess);
        Assert.Equal(
            [ErrorCodes.Records.FieldCount, ErrorCodes.Records.Quoting, ErrorCodes.Records.Encoding, ErrorCodes.Records.LineTooLong],
            read.Errors.Where(e => e.File == "Task.csv").Select(e => e.Code));
        Assert.Equal([4L, 5L, 6L, 7L], read.Errors.Where(e => e.File == "Task.csv").Select(e => e.Line));
    }

    [Fact]
    public void TooManyRows_StopsTheRead()
    {
        var read = Read(new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxRowsPerFile = 10 } });

        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Code == ErrorCodes.Records.TooManyRows && e.File == "RecordType.csv" && e.Line == 12);
    }

    [Fact]
    public void SemicolonSeparatedHeader_IsNamedAsSuch()
    {
        var directory = Copy();
        File.WriteAllText(Path.Combine(directory, "ips_Team__c.csv"), "Id;Name;ips_Methodology__c\n");

        var read = JobbsporetExport.TryRead(directory);

        Assert.Contains(read.Errors, e => e.Code == ErrorCodes.Records.SemicolonSeparated && e.File == "ips_Team__c.csv");
    }

    [Fact]
    public void Errors_AreBounded_TheLastEntrySayingHowManyMore()
    {
        var directory = Copy();
        File.AppendAllText(Path.Combine(directory, "Task.csv"), string.Concat(Enumerable.Repeat("\"a\"\n", 30)));

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxErrors = 5 } });

        Assert.Equal(30, read.ErrorCount);
        Assert.Equal(6, read.Errors.Length);
        Assert.Equal(ErrorCodes.Records.MoreErrors, read.Errors[^1].Code);
    }

    [Fact]
    public void Options_OutOfRange_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JobbsporetExport.TryRead(Copy(), new JobbsporetReadOptions { FteOfUnlistedSpecialists = 0m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobbsporetExport.TryRead(Copy(), new JobbsporetReadOptions { ScheduledHoursOfUnlistedSpecialists = 200m }));
        Assert.Throws<ArgumentException>(() => JobbsporetExport.TryRead(" "));
    }
}
