using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Records;

/// <summary>How the reader turns rows into records: references between rows, ordinals, rejected rows and the rows that depend on them, and where each domain rule is reported.</summary>
public sealed class RecordAssemblerTests
{
    // Lines of RecordSample's files used below: participants.csv 4 = part-2 (exited, holds job-2), 7 = part-5 (only on
    // spec-2's caseload, caseload_assignments.csv line 5); specialists.csv 3 = spec-2 (no teams, caseloads.csv line 3);
    // employers.csv 3 = emp-2.
    private const string Part5RejectedWithIt = "caseload_assignments.csv:5:4 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:7); this row is rejected with it.";

    [Fact]
    public void Contact_participant_rows_in_any_row_order_read_back_as_written()
    {
        var directory = RecordSample.Write();
        ReverseRows(directory, "employer_contact_participants.csv");

        var programme = Assert.Single(ProgrammeRecords.Read(directory));

        Assert.Equal(["", "SECRET-ID-123|part-3", "part-3"], programme.EmployerContacts.Select(c => string.Join('|', c.Participants.Select(p => p.Value))));
    }

    [Fact]
    public void A_contacts_participant_rows_in_reverse_ordinal_order_read_back_in_ordinal_order()
    {
        var directory = RecordSample.Write();
        RecordSample.ReplaceLine(directory, "employer_contacts.csv", 4, _ => string.Empty);
        RecordSample.ReplaceLine(directory, "employer_contact_participants.csv", 4, _ => string.Empty);
        ReverseRows(directory, "employer_contact_participants.csv");

        var programme = Assert.Single(ProgrammeRecords.Read(directory));

        Assert.Equal(["", "SECRET-ID-123|part-3"], programme.EmployerContacts.Select(c => string.Join('|', c.Participants.Select(p => p.Value))));
    }

    [Fact]
    public void Child_rows_in_any_row_order_read_back_in_ordinal_order()
    {
        var directory = RecordSample.Write();
        foreach (var file in (string[])["specialist_teams.csv", "career_profile_entries.csv", "participant_preferred_occupations.csv", "caseload_assignments.csv", "disclosure_decisions.csv"])
        {
            ReverseRows(directory, file);
        }

        var programme = Assert.Single(ProgrammeRecords.Read(directory));

        var expected = RecordSample.Programme();
        Assert.Equal(["team-1", "team-2"], programme.Specialists[0].Teams.Select(t => t.Value));
        Assert.Equal(expected.Participants[0].CareerProfile, programme.Participants[0].CareerProfile);
        Assert.Equal(["5223", "4110"], programme.Participants[0].Preferences.Occupations.Select(o => o.Value));
        Assert.Equal(expected.Caseloads.Select(c => string.Join('|', c.Participants.Select(p => p.Value))), programme.Caseloads.Select(c => string.Join('|', c.Participants.Select(p => p.Value))));
        Assert.Equal(expected.DisclosureHistories[0].Decisions, programme.DisclosureHistories[0].Decisions);
    }

    [Fact]
    public void A_broken_ordinal_sequence_is_reported_once_per_parent_and_its_rows_are_not_read()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "specialist_teams.csv", 3, 2, "3");
        RecordSample.AppendLine(directory, "specialist_teams.csv", "prog-1,spec-2,0,team-8");
        RecordSample.AppendLine(directory, "specialist_teams.csv", "prog-1,spec-2,2,team-9");
        RecordSample.AppendLine(directory, "specialist_teams.csv", "prog-1,spec-2,3,team-7");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "specialist_teams.csv:3:3 (ordinal) IPS-REC-025: The ordinals under one parent must be 0, 1, 2, … without gaps or repeats.",
                "specialist_teams.csv:5:3 (ordinal) IPS-REC-025: The ordinals under one parent must be 0, 1, 2, … without gaps or repeats.",
            ],
            Texts(result));
        var programme = Assert.Single(result.Programmes);
        Assert.All(programme.Specialists, s => Assert.Empty(s.Teams));
    }

    [Fact]
    public void A_team_row_of_an_unknown_specialist_is_reported_at_its_specialist_id()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "specialist_teams.csv", "prog-1,spec-9,0,team-1");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["specialist_teams.csv:4:2 (specialist_id) IPS-PROG-005: specialist_id refers to a specialist (id not shown) that is not in the programme's specialists.csv."], Texts(result));
        Assert.Equal(2, result.Programmes[0].Specialists[0].Teams.Length);
    }

    [Fact]
    public void A_caseload_counts_its_rejected_assignment_rows_so_only_the_bad_row_is_reported()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "caseload_assignments.csv", 3, 3, "part 3");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["caseload_assignments.csv:3:4 (participant_id) IPS-ID-002: participant_id must be 1-64 characters of [A-Za-z0-9._:-]; the value is not shown because it is an identity value."], Texts(result));
        Assert.Equal(["SECRET-ID-123"], result.Programmes[0].Caseloads[0].Participants.Select(p => p.Value));
    }

    [Fact]
    public void Assignments_of_a_specialist_without_a_caseload_row_are_reported_never_dropped()
    {
        var directory = RecordSample.Write();
        RecordSample.ReplaceLine(directory, "caseloads.csv", 3, _ => string.Empty);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "caseload_assignments.csv:4:2 (specialist_id) IPS-REC-029: specialist_id names a specialist (id not shown) with no row in the programme's caseloads.csv; an assignment belongs to a caseload row.",
                "caseload_assignments.csv:5:2 (specialist_id) IPS-REC-029: specialist_id names a specialist (id not shown) with no row in the programme's caseloads.csv; an assignment belongs to a caseload row.",
            ],
            Texts(result));
        Assert.Single(result.Programmes[0].Caseloads);
        Assert.False(ProgrammeRecords.TryRead(directory).IsSuccess);
    }

    [Fact]
    public void The_assignment_rows_of_a_rejected_caseload_row_are_rejected_with_it()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "caseloads.csv", 3, 3, "7");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "caseloads.csv:3:4 (participant_count) IPS-REC-022: participant_count is 7 but caseload_assignments.csv has 2 rows for the caseload.",
                "caseload_assignments.csv:4:2 (specialist_id) IPS-REC-021: The row belongs to a caseload whose row was rejected (caseloads.csv:3); this row is rejected with it.",
                "caseload_assignments.csv:5:2 (specialist_id) IPS-REC-021: The row belongs to a caseload whose row was rejected (caseloads.csv:3); this row is rejected with it.",
            ],
            Texts(result));
        Assert.Single(result.Programmes[0].Caseloads);
    }

    [Theory]
    [InlineData("employer_contacts.csv", 2, 5, "emp-9", "an employer")]
    [InlineData("caseloads.csv", 3, 2, "spec-9", "a specialist")]
    public void An_unresolved_reference_names_the_kind_of_row_with_its_article(string file, int line, int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, file, line, column - 1, value);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Contains(result.Errors, e => e.File == file && e.Line == line && e.Column == column && e.Message.Contains("refers to " + expected + " (id not shown)", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_rejected_in_one_file_are_each_named_by_the_rows_that_refer_to_them()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "participants.csv", 6, 2, "2024-02-30");
        RecordSample.SetField(directory, "participants.csv", 7, 2, "2024-02-30");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "participants.csv:6:3 (referral_date) IPS-REC-013: referral_date must be an ISO calendar date yyyy-MM-dd (value not shown).",
                "participants.csv:7:3 (referral_date) IPS-REC-013: referral_date must be an ISO calendar date yyyy-MM-dd (value not shown).",
                "caseload_assignments.csv:4:4 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:6); this row is rejected with it.",
                Part5RejectedWithIt,
                "outreach_attempts.csv:2:3 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:6); this row is rejected with it.",
            ],
            Texts(result));
        Assert.Equal(3, result.Programmes[0].Participants.Length);
    }

    public static TheoryData<int, string, string> ParticipantRules() => new()
    {
        // 0-based column of part-5's row, value → the participant row's own error(s), one per line
        { 7, "2024-04-01", "participants.csv:7:9 (exit_reason) IPS-REC-012: exit_reason is required when exit_date is set.\nparticipants.csv:7:10 (exit_status) IPS-REC-012: exit_status is required when exit_date is set." },
        { 8, "Other", "participants.csv:7:9 (exit_reason) IPS-REC-026: exit_reason is set but exit_date is empty; the exit fields are set together." },
        { 9, "Working", "participants.csv:7:10 (exit_status) IPS-REC-026: exit_status is set but exit_date is empty; the exit fields are set together." },
        { 18, "Aap", "participants.csv:7:19 (benefits_at_exit) IPS-PART-018: benefits_at_exit is set but exit_date is empty; benefits at exit belong to an exit." },
        { 12, "30", "participants.csv:7:14 (age_basis) IPS-REC-012: age_at_enrolment and age_basis are set together (both or neither)." },
        { 15, "Rusklinikken", "participants.csv:7:16 (referring_unit_label) IPS-PART-017: referring_unit_label is set but referring_unit_id is empty; a label names a unit." },
        { 5, "team-1", "participants.csv:7:6 (referral_team_id) IPS-PART-003: Team must not be given when the referral source is Other; only TreatmentTeam referrals name a team." },
        { 10, new string('a', 2001), "participants.csv:7:11 (preferences_description) IPS-GEN-004: Description has 2001 characters; at most 2000 are allowed." },
    };

    [Theory]
    [MemberData(nameof(ParticipantRules))]
    public void A_participant_breaking_a_rule_is_reported_at_its_column_and_rejected_with_the_rows_that_refer_to_it(int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 7, column, value);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal([.. expected.Split('\n'), Part5RejectedWithIt], Texts(result));
        Assert.DoesNotContain(result.Programmes[0].Participants, p => p.Id.Value == "part-5");
    }

    [Fact]
    public void A_referring_unit_breaking_its_rule_is_reported_at_the_label()
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 7, 14, "unit-1");
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 7, 15, new string('a', 101));

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["participants.csv:7:16 (referring_unit_label) IPS-GEN-004: Label has 101 characters; at most 100 are allowed.", Part5RejectedWithIt], Texts(result));
    }

    [Fact]
    public void Preferences_breaking_a_rule_reject_the_participant_and_its_occupation_rows()
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 7, 10, new string('a', 2001));
        RecordSample.AppendLine(directory, "participant_preferred_occupations.csv", "prog-1,part-5,0,5223");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "participants.csv:7:11 (preferences_description) IPS-GEN-004: Description has 2001 characters; at most 2000 are allowed.",
                "participant_preferred_occupations.csv:4:2 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:7); this row is rejected with it.",
                Part5RejectedWithIt,
            ],
            Texts(result));
    }

    [Fact]
    public void A_bad_preferred_occupation_rejects_its_participant()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "participant_preferred_occupations.csv", "prog-1,part-5,0,52X3");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "participant_preferred_occupations.csv:4:2 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:7); this row is rejected with it.",
                "participant_preferred_occupations.csv:4:4 (occupation_code) IPS-OCC-001: OccupationCode '52X3' must be exactly 4 digits (a STYRK-08 unit group).",
                Part5RejectedWithIt,
            ],
            Texts(result));
        Assert.Equal(4, result.Programmes[0].Participants.Length);
    }

    [Fact]
    public void A_career_profile_entry_breaking_the_participants_rules_is_reported_once_at_its_date_not_again_as_depending_on_the_participant_it_rejected()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "career_profile_entries.csv", "prog-1,part-5,0,2024-03-02,ProfileMeeting");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "career_profile_entries.csv:4:4 (date) IPS-PART-007: CareerProfile[0] dated 2024-03-02 lies before EnrolmentDate 2024-03-03; profiling starts at enrolment.",
                Part5RejectedWithIt,
            ],
            Texts(result));
    }

    [Fact]
    public void An_exit_before_enrolment_is_reported_at_exit_date_and_rejects_the_participants_job()
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, "participants.csv", 4, 7, "2024-03-01");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "participants.csv:4:8 (exit_date) IPS-PART-004: Exit date 2024-03-01 lies before EnrolmentDate 2024-03-02; a participant exits on or after enrolment.",
                "jobs.csv:3:3 (participant_id) IPS-REC-021: participant_id refers to a participant whose row was rejected (participants.csv:4); this row is rejected with it.",
            ],
            Texts(result));
        Assert.Equal(2, result.Programmes[0].Jobs.Length);
    }

    [Fact]
    public void A_specialist_breaking_a_rule_is_reported_at_its_column_and_its_teams_and_caseload_are_rejected_with_it()
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, "specialist_teams.csv", "prog-1,spec-2,0,team-3");
        RecordSample.SetField(directory, "specialists.csv", 3, 2, "0");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(
            [
                "specialists.csv:3:3 (fte) IPS-SPEC-001: Fte 0 is out of range; FTE devoted to IPS must be greater than 0 and at most 1.",
                "specialist_teams.csv:4:2 (specialist_id) IPS-REC-021: specialist_id refers to a specialist whose row was rejected (specialists.csv:3); this row is rejected with it.",
                "caseloads.csv:3:2 (specialist_id) IPS-REC-021: specialist_id refers to a specialist whose row was rejected (specialists.csv:3); this row is rejected with it.",
                "caseload_assignments.csv:4:2 (specialist_id) IPS-REC-021: specialist_id refers to a specialist whose row was rejected (specialists.csv:3); this row is rejected with it.",
                "caseload_assignments.csv:5:2 (specialist_id) IPS-REC-021: specialist_id refers to a specialist whose row was rejected (specialists.csv:3); this row is rejected with it.",
            ],
            Texts(result));
        var programme = Assert.Single(result.Programmes);
        Assert.Single(programme.Specialists);
        Assert.Single(programme.Caseloads);
    }

    public static TheoryData<int, string, string> EmployerRules() => new()
    {
        // 0-based column of emp-2's row, value → the employer row's error
        { 3, new string('a', 201), "employers.csv:3:4 (name) IPS-GEN-004: Name has 201 characters; at most 200 are allowed." },
        { 2, "974760674", "employers.csv:3:3 (organisation_number) IPS-ORG-002: OrganisationNumber fails the mod-11 check (weights 3,2,7,6,5,4,3,2) on its last digit; the value is not shown." },
    };

    [Theory]
    [MemberData(nameof(EmployerRules))]
    public void An_employer_breaking_a_rule_is_reported_at_its_column_and_rejected_with_its_contacts_jobs_and_trials(int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "employers.csv", 3, column, value);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        const string Rejected = "employer_id refers to an employer whose row was rejected (employers.csv:3); this row is rejected with it.";
        Assert.Equal(
            [
                expected,
                "employer_contacts.csv:2:5 (employer_id) IPS-REC-021: " + Rejected,
                "jobs.csv:3:4 (employer_id) IPS-REC-021: " + Rejected,
                "jobs.csv:4:4 (employer_id) IPS-REC-021: " + Rejected,
                "work_trials.csv:2:3 (employer_id) IPS-REC-021: " + Rejected,
            ],
            Texts(result));
        var programme = Assert.Single(result.Programmes);
        Assert.Single(programme.Employers);
        Assert.Single(programme.Jobs);
        Assert.Empty(programme.WorkTrials);
    }

    public static TheoryData<string, string, string> DuplicateRows() => new()
    {
        // file, the repeated row appended → the error on the appended row
        { "specialists.csv", "prog-1,spec-2,0.05,,,", "specialists.csv:4:2 (specialist_id) IPS-PROG-001: specialist_id repeats an earlier specialist of the programme (id not shown); ids are unique per programme." },
        { "participants.csv", "prog-1,part-5,2024-03-01,2024-03-03,Other,,Engagement,,,,,,,,,,,,", "participants.csv:8:2 (participant_id) IPS-PROG-002: participant_id repeats an earlier participant of the programme (id not shown); ids are unique per programme." },
        { "employers.csv", "prog-1,emp-2,,,", "employers.csv:4:2 (employer_id) IPS-PROG-003: employer_id repeats an earlier employer of the programme (id not shown); ids are unique per programme." },
        { "caseloads.csv", "prog-1,spec-2,1,0", "caseloads.csv:4:2 (specialist_id) IPS-PROG-009: A second caseload for one specialist (id not shown); a specialist has at most one caseload." },
        { "jobs.csv", "prog-1,job-2,part-2,emp-2,9112,Renholder,2024-03-11,2024-04-20,Percent,50,50,true,Temporary,false,TimeLimited,TemporaryJobEnded,true,false", "jobs.csv:5:2 (job_id) IPS-PROG-004: job_id repeats an earlier job of the programme (id not shown); ids are unique per programme." },
        { "caseloads.csv", "prog-1,spec-9,20,0", "caseloads.csv:4:2 (specialist_id) IPS-PROG-005: specialist_id refers to a specialist (id not shown) that is not in the programme's specialists.csv." },
    };

    [Theory]
    [MemberData(nameof(DuplicateRows))]
    public void A_repeated_or_unknown_key_is_reported_at_its_id_column_and_the_first_row_is_kept(string file, string row, string expected)
    {
        var directory = RecordSample.Write();
        RecordSample.AppendLine(directory, file, row);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal([expected], Texts(result));
        var programme = Assert.Single(result.Programmes);
        Assert.Equal((2, 5, 2, 2, 3), (programme.Specialists.Length, programme.Participants.Length, programme.Employers.Length, programme.Caseloads.Length, programme.Jobs.Length));
    }

    [Fact]
    public void A_disclosure_decision_out_of_date_order_is_reported_at_its_own_date_and_the_history_is_not_read()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "disclosure_decisions.csv", 3, 3, "2024-03-04");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["disclosure_decisions.csv:3:4 (date) IPS-DISC-001: Decisions[1] dated 2024-03-04 lies before the current decision of 2024-03-05; revisions are in date order."], Texts(result));
        Assert.Empty(result.Programmes[0].DisclosureHistories);
    }

    [Fact]
    public void A_participant_listed_twice_on_a_contact_is_reported_at_the_repeated_row_and_the_contact_is_not_read()
    {
        var directory = RecordSample.Write();
        RecordSample.SetField(directory, "employer_contact_participants.csv", 3, 3, "SECRET-ID-123");

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal(["employer_contact_participants.csv:3:4 (participant_id) IPS-CONTACT-005: Participants[1]: the participant (id not shown) is listed more than once on the contact."], Texts(result));
        Assert.Equal(2, result.Programmes[0].EmployerContacts.Length);
    }

    public static TheoryData<int, int, string, string> PositionSizes() => new()
    {
        // jobs.csv line, 0-based column, value → the job row's error
        { 4, 9, "10", "jobs.csv:4:10 (position_size_amount) IPS-REC-026: position_size_amount must be empty when position_size_kind is OnCall." },
        { 3, 9, "", "jobs.csv:3:10 (position_size_amount) IPS-REC-012: position_size_amount is required when position_size_kind is Percent or HoursPerWeek." },
        { 3, 9, "150", "jobs.csv:3:10 (position_size_amount) IPS-JOB-003: PositionSize 150 % is out of range; a percentage must be greater than 0 and at most 100." },
    };

    [Theory]
    [MemberData(nameof(PositionSizes))]
    public void A_position_size_breaking_a_rule_is_reported_at_its_amount_and_the_job_is_rejected(int line, int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, "jobs.csv", line, column, value);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal([expected], Texts(result));
        Assert.Equal(2, result.Programmes[0].Jobs.Length);
    }

    public static TheoryData<string, int, int, string, string> EndsBeforeStarts() => new()
    {
        { "work_trials.csv", 2, 4, "2024-03-04", "work_trials.csv:2:5 (end_date) IPS-TRIAL-001: End 2024-03-04 lies before the start 2024-03-05; the end must be on or after the start." },
        { "jobs.csv", 3, 7, "2024-03-10", "jobs.csv:3:8 (end_date) IPS-JOB-001: End 2024-03-10 lies before the start 2024-03-11; the end must be on or after the start." },
    };

    [Theory]
    [MemberData(nameof(EndsBeforeStarts))]
    public void An_end_before_the_start_is_reported_at_end_date(string file, int line, int column, string value, string expected)
    {
        var directory = RecordSample.Write();
        RecordSampleCsv.SetCsvField(directory, file, line, column, value);

        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);

        Assert.Equal([expected], Texts(result));
    }

    private static string[] Texts(RecordReadResult result) => [.. result.Errors.Select(e => e.ToString())];

    private static void ReverseRows(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, lines.Take(1).Concat(lines.Skip(1).Reverse()));
    }
}
