using System.Collections.Immutable;

namespace Ips.Core.Records;

/// <summary>The record files and their columns, in order (documented in <c>docs/records-csv.md</c>); the indexes name them in the reader.</summary>
internal static class RecordSchema
{
    internal const int ProgrammesFile = 0;
    internal const int SpecialistsFile = 1;
    internal const int SpecialistTeamsFile = 2;
    internal const int ParticipantsFile = 3;
    internal const int PreferredOccupationsFile = 4;
    internal const int CareerProfileEntriesFile = 5;
    internal const int CaseloadsFile = 6;
    internal const int CaseloadAssignmentsFile = 7;
    internal const int EmployersFile = 8;
    internal const int EmployerContactsFile = 9;
    internal const int EmployerContactParticipantsFile = 10;
    internal const int JobsFile = 11;
    internal const int WorkTrialsFile = 12;
    internal const int FollowAlongContactsFile = 13;
    internal const int BenefitsPlanningSessionsFile = 14;
    internal const int DisclosureDecisionsFile = 15;
    internal const int DisclosureDiscussionsFile = 16;
    internal const int OutreachAttemptsFile = 17;

    internal static ImmutableArray<(string File, ImmutableArray<string> Columns)> Files { get; } =
    [
        ("programmes.csv", ["programme_id"]),
        ("specialists.csv", ["programme_id", "specialist_id", "fte", "supervisor_id", "scheduled_hours_per_week", "community_hours_per_week"]),
        ("specialist_teams.csv", ["programme_id", "specialist_id", "ordinal", "team_id"]),
        ("participants.csv", ["programme_id", "participant_id", "referral_date", "enrolment_date", "referral_source", "referral_team_id", "phase", "exit_date", "exit_reason", "exit_status", "preferences_description", "nav_measure", "age_at_enrolment", "age_basis", "referring_unit_id", "referring_unit_label", "grouping_tags", "benefits_at_entry", "benefits_at_exit"]),
        ("participant_preferred_occupations.csv", ["programme_id", "participant_id", "ordinal", "occupation_code"]),
        ("career_profile_entries.csv", ["programme_id", "participant_id", "ordinal", "date", "kind"]),
        ("caseloads.csv", ["programme_id", "specialist_id", "capacity", "participant_count"]),
        ("caseload_assignments.csv", ["programme_id", "specialist_id", "ordinal", "participant_id"]),
        ("employers.csv", ["programme_id", "employer_id", "organisation_number", "name", "industry"]),
        ("employer_contacts.csv", ["programme_id", "contact_index", "date", "specialist_id", "employer_id", "in_person", "purpose", "participant_count", "participant_present", "followed_preferences"]),
        ("employer_contact_participants.csv", ["programme_id", "contact_index", "ordinal", "participant_id"]),
        ("jobs.csv", ["programme_id", "job_id", "participant_id", "employer_id", "occupation_code", "title", "start_date", "end_date", "position_size_kind", "position_size_amount", "position_percent", "ordinary_wage", "employment_form", "reserved_for_people_with_disabilities", "wage_subsidy", "end_reason", "competitive", "permanent_competitive"]),
        ("work_trials.csv", ["programme_id", "participant_id", "employer_id", "start_date", "end_date", "kind"]),
        ("follow_along_contacts.csv", ["programme_id", "date", "participant_id", "job_id", "in_person", "by"]),
        ("benefits_planning_sessions.csv", ["programme_id", "date", "participant_id", "by", "occasion", "help_with_income_reporting"]),
        ("disclosure_decisions.csv", ["programme_id", "participant_id", "ordinal", "date", "information", "audience", "timing", "specialist_may_speak_with_employer"]),
        ("disclosure_discussions.csv", ["programme_id", "date", "specialist_id", "participant_id", "pros_and_cons_covered", "accommodations_covered", "wording_examples_given"]),
        ("outreach_attempts.csv", ["programme_id", "date", "participant_id", "method", "by", "coordinated_visit", "family_contact"]),
    ];

    /// <summary>participants.csv's columns before the optional entry-characteristics columns (files written before them still read).</summary>
    internal const int ParticipantsRequiredColumns = 11;

    internal static string FileName(int file) => Files[file].File;

    /// <summary>How many leading columns a header must have; the rest are optional trailing columns, absent in older files (a header may stop after any of them).</summary>
    internal static int RequiredColumns(int file) => file == ParticipantsFile ? ParticipantsRequiredColumns : Files[file].Columns.Length;

    internal static string ColumnName(int file, int column) => Files[file].Columns[column];
}
