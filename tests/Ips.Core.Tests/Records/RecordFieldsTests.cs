using System.Text;
using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;
using NodaTime;
using static Ips.Core.Tests.Fixtures;

namespace Ips.Core.Tests.Records;

/// <summary>How each field of a row is parsed: what an empty or malformed field is reported as (file, line, column, rule), and that the row is then not read.</summary>
public sealed class RecordFieldsTests
{
    private static readonly Dictionary<string, Func<IpsProgramme, int>> RecordsOf = new()
    {
        ["outreach_attempts.csv"] = p => p.OutreachAttempts.Length,
        ["follow_along_contacts.csv"] = p => p.FollowAlongContacts.Length,
        ["employer_contacts.csv"] = p => p.EmployerContacts.Length,
        ["specialists.csv"] = p => p.Specialists.Length,
        ["disclosure_decisions.csv"] = p => p.DisclosureHistories.Sum(h => h.Decisions.Length),
        ["jobs.csv"] = p => p.Jobs.Length,
        ["work_trials.csv"] = p => p.WorkTrials.Length,
        ["employers.csv"] = p => p.Employers.Length,
    };

    public static TheoryData<string, int, int, string, string> BadFields() => new()
    {
        // file, line, 0-based column, value (as written in the file) → the row's error
        { "outreach_attempts.csv", 2, 2, "", "outreach_attempts.csv:2:3 (participant_id) IPS-REC-012: participant_id is required; the field is empty." },
        { "outreach_attempts.csv", 2, 2, "#part-4", "outreach_attempts.csv:2:3 (participant_id) IPS-ID-002: participant_id must be 1-64 characters of [A-Za-z0-9._:-]; the value is not shown because it is an identity value." },
        { "outreach_attempts.csv", 2, 2, new string('p', 65), "outreach_attempts.csv:2:3 (participant_id) IPS-ID-002: participant_id must be 1-64 characters of [A-Za-z0-9._:-]; the value is not shown because it is an identity value." },
        { "outreach_attempts.csv", 2, 1, "", "outreach_attempts.csv:2:2 (date) IPS-REC-012: date is required; the field is empty." },
        { "outreach_attempts.csv", 2, 1, "2024-0a-13", "outreach_attempts.csv:2:2 (date) IPS-REC-013: date must be an ISO calendar date yyyy-MM-dd (value not shown)." },
        { "work_trials.csv", 2, 4, "2024-13-01", "work_trials.csv:2:5 (end_date) IPS-REC-013: end_date must be an ISO calendar date yyyy-MM-dd (value not shown)." },
        { "outreach_attempts.csv", 2, 3, "", "outreach_attempts.csv:2:4 (method) IPS-REC-012: method is required; the field is empty." },
        { "outreach_attempts.csv", 2, 3, "homevisit", "outreach_attempts.csv:2:4 (method) IPS-REC-017: method must be a member name of OutreachMethod, exactly as documented (value not shown)." },
        { "follow_along_contacts.csv", 2, 4, "", "follow_along_contacts.csv:2:5 (in_person) IPS-REC-012: in_person is required; the field is empty." },
        { "follow_along_contacts.csv", 2, 4, "True", "follow_along_contacts.csv:2:5 (in_person) IPS-REC-016: in_person must be true or false, in lower case (value not shown)." },
        { "employer_contacts.csv", 2, 7, "", "employer_contacts.csv:2:8 (participant_count) IPS-REC-012: participant_count is required; the field is empty." },
        { "employer_contacts.csv", 2, 7, "00000000000", "employer_contacts.csv:2:8 (participant_count) IPS-REC-015: participant_count must be a non-negative integer of digits only (value not shown)." },
        { "specialists.csv", 3, 2, "", "specialists.csv:3:3 (fte) IPS-REC-012: fte is required; the field is empty." },
        { "specialists.csv", 3, 2, "\"0,05\"", "specialists.csv:3:3 (fte) IPS-REC-014: fte must be an invariant decimal such as 37.5 (point, no exponent, no thousands separator; value not shown). It looks like a decimal comma: the files use a decimal point." },
        { "specialists.csv", 3, 2, "\",05\"", "specialists.csv:3:3 (fte) IPS-REC-014: fte must be an invariant decimal such as 37.5 (point, no exponent, no thousands separator; value not shown). It looks like a decimal comma: the files use a decimal point." },
        { "specialists.csv", 3, 2, "5e-2", "specialists.csv:3:3 (fte) IPS-REC-014: fte must be an invariant decimal such as 37.5 (point, no exponent, no thousands separator; value not shown)." },
        { "specialists.csv", 3, 2, "0.05" + new string('0', 37), "specialists.csv:3:3 (fte) IPS-REC-014: fte must be an invariant decimal such as 37.5 (point, no exponent, no thousands separator; value not shown)." },
        { "disclosure_decisions.csv", 3, 4, "", "disclosure_decisions.csv:3:5 (information) IPS-REC-012: information is required; the field is empty (write None for no flags)." },
        { "disclosure_decisions.csv", 3, 4, "Treatment", "disclosure_decisions.csv:3:5 (information) IPS-REC-017: information must be DisclosedInformation member names joined by '|' (or None alone), exactly as documented (value not shown)." },
        { "jobs.csv", 3, 5, "", "jobs.csv:3:6 (title) IPS-REC-012: title is required; the field is empty." },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_bad_field_is_reported_with_its_rule_and_the_row_is_not_read(string file, int line, int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        var before = RecordsOf[file](RecordSample.Programme());
        RecordSampleCsv.SetCsvField(directory, file, line, column, value);

        var strict = ProgrammeRecords.TryRead(directory);
        var lenient = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.False(strict.IsSuccess);
        Assert.Equal([expected], strict.Errors.Where(e => e.File == file && e.Line == line).Select(e => e.ToString()));
        Assert.Equal(before - 1, RecordsOf[file](Assert.Single(lenient.Programmes)));
    }

    [Fact]
    public void A_field_that_is_not_utf8_is_reported_and_its_row_is_not_read()
    {
        var directory = RecordSample.Write();
        var path = Path.Combine(directory, "employers.csv");
        var bytes = File.ReadAllBytes(path).ToList();
        bytes.InsertRange(bytes.Count - 1, [0xC3, 0x28]);
        File.WriteAllBytes(path, [.. bytes]);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["employers.csv:3:5 (industry) IPS-REC-011: industry is not valid UTF-8; save the file as UTF-8 (value not shown)."], result.Errors.Where(e => e.File == "employers.csv").Select(e => e.ToString()));
        Assert.Single(result.Programmes[0].Employers);
    }

    [Fact]
    public void An_empty_programme_id_in_a_row_is_required()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "outreach_attempts.csv", ",2024-03-20,part-4,Phone,Specialist,false,false");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["outreach_attempts.csv:3:1 (programme_id) IPS-REC-012: programme_id is required; the field is empty."], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Fields_at_their_length_bounds_read()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "employer_contacts.csv", 2, 7, "0000000000");
        RecordSample.SetField(directory, "specialists.csv", 3, 2, "0.05" + new string('0', 36));

        var programme = Assert.Single(ProgrammeRecords.Read(directory));

        Assert.Equal(0.05m, programme.Specialists[1].Fte);
        Assert.True(programme.EmployerContacts[0].IsGeneral);
    }

    [Fact]
    public void An_id_of_64_characters_reads_back()
    {
        var id = ParticipantId.Create(new string('p', 64));
        var programme = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1")).Add(Specialist())
            .Add(Ips.Core.Participants.Participant.Create(id, Day, Day.PlusDays(7), ReferralSource.FromTeam(TeamId.Create("team-1"))))
            .Build();
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write([programme], directory);

        Assert.Equal(id, Assert.Single(Assert.Single(ProgrammeRecords.Read(directory)).Participants).Id);
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2023-02-28", 2023, 2, 28)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2024-01-31", 2024, 1, 31)]
    [InlineData("2024-04-30", 2024, 4, 30)]
    [InlineData("2024-12-31", 2024, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void An_iso_calendar_date_parses(string text, int year, int month, int day)
    {
        Assert.True(RecordFields.TryParseDate(Encoding.ASCII.GetBytes(text), out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-06-31")]
    [InlineData("2024-09-31")]
    [InlineData("2024-11-31")]
    [InlineData("2024-03-00")]
    [InlineData("2024-03-32")]
    [InlineData("2024-00-10")]
    [InlineData("2024-13-01")]
    [InlineData("0000-03-01")]
    [InlineData("2024-0a-13")]
    [InlineData("2024-1a-13")]
    [InlineData("202a-01-13")]
    [InlineData("2024/03/01")]
    [InlineData("24-03-01")]
    [InlineData("2024-03-011")]
    public void A_text_that_is_not_an_iso_calendar_date_does_not_parse(string text)
    {
        Assert.False(RecordFields.TryParseDate(Encoding.ASCII.GetBytes(text), out var date));
        Assert.Equal(default, date);
    }
}
