using System.Text;
using Ips.Core.Employers;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.Core.Validation;
using Ips.TestSupport;
using NodaTime;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>How the export's objects are joined into programmes: each object's rejected rows (file, line, column, rule), the accounts, the specialists' supplement, follow-along and what a read counts and releases.</summary>
public sealed class JobbsporetReaderTests
{
    private const string Trails = "Work_Trail__c.csv";
    private const string Teams = "ips_Team__c.csv";
    private const string Members = "ips_Team_Member__c.csv";
    private const string Accounts = "Account.csv";
    private const string Jobs = "ips_Job__c.csv";
    private const string Events = "Event.csv";
    private static readonly JobbsporetPseudonyms Ids = new(default);

    private static void AssertError(RecordError error, string code, string file, long line, int column, string? columnName, string message)
    {
        Assert.Equal((code, file, line, column, columnName, message), (error.Code, error.File, error.Line, error.Column, error.ColumnName, error.Message));
    }

    private static Employer EmployerOf(IpsProgramme programme, int account) => programme.Employers.Single(e => e.Id.Value == Ids.Map('e', Id("001", account)));

    private static string Specialist(int user) => Ids.Map('s', Id("005", user));

    [Fact]
    public void RowsRead_counts_the_data_rows_of_every_file_read_or_counted()
    {
        var directory = Copy();
        var expected = Directory.GetFiles(directory, "*.csv").Sum(f => File.ReadAllLines(f).Length - 1);

        var read = JobbsporetExport.TryRead(directory);

        Assert.Equal(104, expected);
        Assert.Equal(expected, read.RowsRead);
    }

    [Fact]
    public void Read_releases_every_file_it_opened()
    {
        var read = ReadAndAssertReleased(Copy(), JobbsporetReadOptions.Default);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
    }

    [Fact]
    public void Strict_read_with_a_bad_row_returns_no_programmes_and_no_teams()
    {
        var directory = Copy();
        SetField(directory, Trails, LineOf(directory, Trails, Id("a0W", 1)), "ips_Status__c", "Kartlegging");

        var read = JobbsporetExport.TryRead(directory);

        Assert.False(read.IsSuccess);
        Assert.Empty(read.Programmes);
        Assert.Empty(read.Teams);
    }

    [Fact]
    public void Record_type_whose_id_repeats_an_earlier_row_is_reported_at_its_id()
    {
        var directory = Copy();
        var line = AppendRow(directory, "RecordType.csv", Id("012", 1), "Other", "Work_Trail__c");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.DuplicateId, "RecordType.csv", line, 1, "Id", "The record type's id repeats an earlier row's.");
        Assert.Equal(21, read.Programmes[0].Participants.Length);
    }

    [Fact]
    public void Trail_without_a_record_type_is_reported_once_as_required()
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "RecordTypeId", "");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Required, Trails, line, ColumnOf(directory, Trails, "RecordTypeId"), "RecordTypeId", "The id is required.");
        Assert.Equal(20, read.Programmes[0].Participants.Length);
    }

    [Fact]
    public void Trail_of_an_unknown_record_type_names_RecordType_csv()
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "RecordTypeId", Id("012", 99));

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.UnknownReference, Trails, line, ColumnOf(directory, Trails, "RecordTypeId"), "RecordTypeId", "The record type is not in RecordType.csv.");
    }

    [Fact]
    public void Team_without_an_id_is_reported_and_its_members_name_an_unknown_team()
    {
        var directory = Copy();
        SetField(directory, Teams, 4, "Id", "");

        var read = ReadLenient(directory);

        Assert.Equal(2, read.ErrorCount);
        AssertError(read.Errors[0], ErrorCodes.Records.Required, Teams, 4, 1, "Id", "The id is required.");
        AssertError(read.Errors[1], ErrorCodes.Jobbsporet.UnknownReference, Members, LineOf(directory, Members, Id("a0M", 5)), ColumnOf(directory, Members, "ips_Team__c"), "ips_Team__c", "The team is not in ips_Team__c.csv.");
        Assert.Equal(["IPS Ålesund", "IPS Bergen"], read.Teams.Select(t => t.Name));
    }

    [Fact]
    public void Team_methodology_other_than_IPS_or_AMS_is_reported_at_its_field()
    {
        var directory = Copy();
        SetField(directory, Teams, 4, "ips_Methodology__c", "SE");

        var read = ReadLenient(directory);

        // The team is not read, so its member names an unknown team.
        Assert.Equal(2, read.ErrorCount);
        AssertError(read.Errors[0], ErrorCodes.Jobbsporet.UnknownPicklistValue, Teams, 4, 3, "ips_Methodology__c", "ips_Methodology__c is not IPS or AMS.");
        Assert.Equal((ErrorCodes.Jobbsporet.UnknownReference, Members), (read.Errors[1].Code, read.Errors[1].File));
    }

    [Fact]
    public void Team_whose_id_repeats_an_earlier_row_is_reported_and_the_first_row_kept()
    {
        var directory = Copy();
        var line = AppendRow(directory, Teams, Id("a0T", 1), "IPS Molde", "IPS", "Møre og Romsdal");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.DuplicateId, Teams, line, 1, "Id", "The team's id repeats an earlier row's.");
        Assert.Equal(["IPS Ålesund", "IPS Bergen"], read.Teams.Select(t => t.Name));
    }

    [Fact]
    public void Trail_owned_by_a_specialist_of_an_AMS_team_belongs_to_no_programme()
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "OwnerId", Id("005", 5));

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.NoTeam, Trails, line, ColumnOf(directory, Trails, "OwnerId"), "OwnerId", "The trail's owner is no active Jobbspesialist of an IPS team in ips_Team_Member__c.csv, so the trail belongs to no programme.");
        Assert.Equal(2, read.Programmes.Length);
    }

    [Fact]
    public void Team_file_without_methodology_reads_every_team_as_IPS()
    {
        var directory = Copy();
        DropField(directory, Teams, "ips_Methodology__c");
        SetField(directory, Trails, LineOf(directory, Trails, Id("a0W", 1)), "OwnerId", Id("005", 5));

        var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { FteOfUnlistedSpecialists = 1m });

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(["IPS Ålesund", "IPS Bergen", "AMS Oslo"], read.Teams.Select(t => t.Name));
    }

    [Fact]
    public void Without_Account_csv_employers_are_read_without_name_industry_or_organisation_number()
    {
        var directory = Copy();
        File.Delete(Path.Combine(directory, Accounts));

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.All(read.Programmes.SelectMany(p => p.Employers), e => Assert.Equal((null, null, null), (e.OrganisationNumber, e.Name, e.Industry)));
    }

    [Fact]
    public void Employers_take_name_industry_and_organisation_number_from_Account_csv()
    {
        var alesund = Read().Programmes[0];

        var shop = EmployerOf(alesund, 1);
        Assert.Equal(("974760673", "Butikken AS", "Varehandel"), (shop.OrganisationNumber?.Value, shop.Name, shop.Industry));
        Assert.Equal(("923609016", "Kafeen AS"), (EmployerOf(alesund, 2).OrganisationNumber?.Value, EmployerOf(alesund, 2).Name));
    }

    [Fact]
    public void Account_without_a_record_type_is_an_employer_without_error()
    {
        var directory = Copy();
        SetField(directory, Accounts, LineOf(directory, Accounts, Id("001", 1)), "RecordTypeId", "");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal("Butikken AS", EmployerOf(read.Programmes[0], 1).Name);
    }

    [Theory]
    [InlineData("IPS_Person_Account")]
    [InlineData("PersonAccount")]
    public void Employer_that_is_a_person_account_keeps_nothing_of_the_persons_row(string recordType)
    {
        var directory = Copy();
        if (recordType == "PersonAccount")
        {
            AppendRow(directory, "RecordType.csv", Id("012", 15), "PersonAccount", "Account");
            SetField(directory, Accounts, LineOf(directory, Accounts, Id("001", 3)), "RecordTypeId", Id("012", 15));
        }

        SetField(directory, Accounts, LineOf(directory, Accounts, Id("001", 3)), "INT_Industry__c", "Omsorg");
        SetField(directory, Jobs, LineOf(directory, Jobs, Id("a0J", 1)), "ips_Employer__c", Id("001", 3));

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        var person = EmployerOf(read.Programmes[0], 3);
        Assert.Equal((null, null, null), (person.OrganisationNumber, person.Name, person.Industry));
    }

    [Fact]
    public void A_person_account_keeps_nothing_of_the_persons_row_when_its_record_type_is_the_first_column()
    {
        var directory = Copy();
        SetField(directory, Accounts, LineOf(directory, Accounts, Id("001", 3)), "INT_Industry__c", "Omsorg");
        SetField(directory, Jobs, LineOf(directory, Jobs, Id("a0J", 1)), "ips_Employer__c", Id("001", 3));
        MoveFieldFirst(directory, Accounts, "RecordTypeId");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(1, ColumnOf(directory, Accounts, "RecordTypeId"));
        var person = EmployerOf(read.Programmes[0], 3);
        Assert.Equal((null, null, null), (person.OrganisationNumber, person.Name, person.Industry));
        Assert.Equal("Butikken AS", EmployerOf(read.Programmes[0], 1).Name);
    }

    [Fact]
    public void Account_without_an_id_is_reported_and_the_employer_read_without_its_row()
    {
        var directory = Copy();
        var line = LineOf(directory, Accounts, Id("001", 1));
        SetField(directory, Accounts, line, "Id", "");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Required, Accounts, line, 1, "Id", "The id is required.");
        Assert.Null(EmployerOf(read.Programmes[0], 1).Name);
    }

    [Fact]
    public void Account_whose_id_repeats_an_earlier_row_is_reported_and_the_first_row_kept()
    {
        var directory = Copy();
        var line = AppendRow(directory, Accounts, Id("001", 1), "Annen AS", Id("012", 10), "", "", "", "");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.DuplicateId, Accounts, line, 1, "Id", "The account's id repeats an earlier row's.");
        Assert.Equal("Butikken AS", EmployerOf(read.Programmes[0], 1).Name);
    }

    [Fact]
    public void Invalid_organisation_number_is_reported_with_the_domains_code_and_without_the_value()
    {
        var directory = Copy();
        var line = LineOf(directory, Accounts, Id("001", 1));
        SetField(directory, Accounts, line, "INT_OrganizationNumber__c", "974760674");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.OrganisationNumber.CheckDigit, Accounts, line, 4, "INT_OrganizationNumber__c", "INT_OrganizationNumber__c is not a valid organisation number (value not shown).");
    }

    [Fact]
    public void Employer_name_longer_than_200_characters_is_cut_to_200()
    {
        var directory = Copy();
        var name = "Butikken AS " + new string('n', 300);
        SetField(directory, Accounts, LineOf(directory, Accounts, Id("001", 1)), "Name", name);

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(name[..200], EmployerOf(read.Programmes[0], 1).Name);
    }

    [Fact]
    public void Trail_without_a_referring_unit_says_Jobbsporet_asks_for_it_at_referral()
    {
        var directory = Copy();
        var line = LineOf(directory, Trails, Id("a0W", 1));
        SetField(directory, Trails, line, "ips_Behandlingsteam__c", " ");

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Records.Required, Trails, line, ColumnOf(directory, Trails, "ips_Behandlingsteam__c"), "ips_Behandlingsteam__c", "ips_Behandlingsteam__c (the referring treatment team or unit) is required; Jobbsporet asks for it at referral.");
    }

    [Fact]
    public void Job_of_a_trail_not_in_the_export_names_Work_Trail_csv()
    {
        var directory = Copy();
        var line = LineOf(directory, Jobs, Id("a0J", 1));
        SetField(directory, Jobs, line, "ips_Work_Trail__c", Id("a0W", 999));

        var read = ReadLenient(directory);

        AssertError(Assert.Single(read.Errors), ErrorCodes.Jobbsporet.UnknownReference, Jobs, line, ColumnOf(directory, Jobs, "ips_Work_Trail__c"), "ips_Work_Trail__c", "The trail is not in Work_Trail__c.csv.");
    }

    [Fact]
    public void Job_breaking_a_domain_rule_is_reported_on_its_row_with_the_domains_code()
    {
        var directory = Copy();
        var line = LineOf(directory, Jobs, Id("a0J", 1));
        SetField(directory, Jobs, line, "ips_Number_of_hours__c", "200");

        var read = ReadLenient(directory);

        var error = Assert.Single(read.Errors);
        Assert.Equal((ErrorCodes.Job.HoursOutOfRange, Jobs, (long)line, 0, (string?)null), (error.Code, error.File, error.Line, error.Column, error.ColumnName));
        Assert.DoesNotContain(read.Programmes[0].Jobs, j => j.Id.Value == Ids.Map('j', Id("a0J", 1)));
    }

    [Theory]
    [InlineData("2026-02-03", null, 1)]    // the meeting on the job's first day
    [InlineData("2025-12-01", "2026-02-03", 1)] // on its last day
    [InlineData("2026-02-10", null, 1)]    // in the week before it starts
    [InlineData("2026-02-11", null, 0)]    // more than 7 days before it starts
    [InlineData("2025-12-01", "2026-02-02", 0)] // the day after it ended
    public void Job_support_meeting_is_follow_along_on_the_job_held_that_day_or_starting_within_7_days(string start, string? end, int counted)
    {
        var directory = Copy();
        var line = LineOf(directory, Jobs, Id("a0J", 1));
        SetField(directory, Jobs, line, "ips_Start_Date__c", start);
        SetField(directory, Jobs, line, "ips_End_Date__c", end ?? "");

        var read = JobbsporetExport.TryRead(directory);

        // Event 3 (3 February, trail 3) is the job-support meeting on job 1.
        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        var onJob = read.Programmes[0].FollowAlongContacts.Where(c => c.Date == new LocalDate(2026, 2, 3)).ToList();
        Assert.Equal(counted, onJob.Count);
        Assert.All(onJob, c => Assert.Equal(Ids.Map('j', Id("a0J", 1)), c.Job.Value));
        Assert.Equal(2 - counted, read.Findings.Single(f => f.Code == ErrorCodes.Jobbsporet.FollowAlongWithoutJob).Count);
    }

    [Fact]
    public void Job_support_meeting_before_two_jobs_starting_within_7_days_is_on_the_earlier()
    {
        var directory = Copy();
        SetField(directory, Jobs, LineOf(directory, Jobs, Id("a0J", 1)), "ips_Start_Date__c", "2026-02-08");
        AppendRow(directory, Jobs, Id("a0J", 12), Id("a0W", 3), Id("001", 2), "Kokk", "2026-02-05", "", "Ongoing", "Permanent employment", "20", "false", "false", "false", "true");
        AppendRow(directory, "supplement_jobs.csv", Id("a0J", 12), "5120", "true", "false", "None");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal(Ids.Map('j', Id("a0J", 12)), read.Programmes[0].FollowAlongContacts.Single(c => c.Date == new LocalDate(2026, 2, 3)).Job.Value);
    }

    [Fact]
    public void Specialists_are_the_teams_active_members_in_user_id_order_with_or_without_trails()
    {
        var directory = Copy();
        AppendRow(directory, Members, Id("a0M", 8), Id("005", 8), Id("a0T", 1), "Jobbspesialist", "2024-01-01", "", "false", "false", "false", "X100008", "");
        AppendRow(directory, "supplement_specialists.csv", Id("005", 8), "1", "37.5", "10");

        var read = JobbsporetExport.TryRead(directory);

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
        Assert.Equal([Specialist(1), Specialist(2), Specialist(8)], read.Programmes[0].Specialists.Select(s => s.Id.Value));
        Assert.Empty(read.Programmes[0].Caseloads.Single(c => c.Specialist.Value == Specialist(8)).Participants);
    }

    [Fact]
    public void Callers_defaults_fill_only_what_the_supplement_lacks()
    {
        var read = Read(new JobbsporetReadOptions { FteOfUnlistedSpecialists = 0.8m, ScheduledHoursOfUnlistedSpecialists = 30m });

        var all = read.Programmes.SelectMany(p => p.Specialists).ToDictionary(s => s.Id.Value);
        Assert.Equal((0.5m, 18.75m, 6m), (all[Specialist(2)].Fte, all[Specialist(2)].ScheduledHoursPerWeek, all[Specialist(2)].CommunityHoursPerWeek));
        Assert.Equal((1m, 30m, (decimal?)null), (all[Specialist(7)].Fte, all[Specialist(7)].ScheduledHoursPerWeek, all[Specialist(7)].CommunityHoursPerWeek));
        Assert.Equal((0.8m, 30m, (decimal?)null), (all[Specialist(4)].Fte, all[Specialist(4)].ScheduledHoursPerWeek, all[Specialist(4)].CommunityHoursPerWeek));
        // Scheduled hours supplied, community hours still missing: item 24 stays a gap for both Bergen specialists.
        Assert.Equal(2, read.Teams[1].SourceGaps.Single(g => g.Fact == SourceFact.SpecialistHours).Records);
    }

    [Fact]
    public void Specialist_breaking_a_domain_rule_is_reported_at_their_supplement_row()
    {
        var directory = Copy();
        SetField(directory, "supplement_specialists.csv", 3, "fte", "1.5");

        var read = ReadLenient(directory);

        var error = Assert.Single(read.Errors);
        Assert.Equal((ErrorCodes.Specialist.FteOutOfRange, "supplement_specialists.csv", 3L, 0, (string?)null), (error.Code, error.File, error.Line, error.Column, error.ColumnName));
    }

    [Fact]
    public async Task Findings_and_source_gaps_of_the_sample_name_each_rule_and_remedy()
    {
        var read = Read();

        var text = new StringBuilder();
        foreach (var finding in read.Findings)
        {
            text.Append(finding).Append('\n');
        }

        foreach (var team in read.Teams)
        {
            text.Append('\n').Append(team.Name).Append('\n');
            foreach (var gap in team.SourceGaps)
            {
                text.Append(gap.Fact).Append(" (").Append(gap.Records).Append("): ").Append(gap.Remedy).Append('\n');
            }
        }

        await Snapshot.Verify(text.ToString());
    }
}
