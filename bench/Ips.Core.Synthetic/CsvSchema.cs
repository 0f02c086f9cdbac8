using System.Collections.Immutable;

namespace Ips.Core.Synthetic;

/// <summary>The CSV files <see cref="CsvExporter"/> writes and their columns, in order; documented in <c>docs/records-csv.md</c>.</summary>
public static class CsvSchema
{
    /// <summary>Every file with its header columns, in the order written.</summary>
    public static ImmutableArray<(string File, ImmutableArray<string> Columns)> Files { get; } =
    [
        ("programmes.csv", ["programme_id"]),
        ("specialists.csv", ["programme_id", "specialist_id", "fte", "supervisor_id", "scheduled_hours_per_week", "community_hours_per_week"]),
        ("specialist_teams.csv", ["programme_id", "specialist_id", "ordinal", "team_id"]),
        ("participants.csv", ["programme_id", "participant_id", "referral_date", "enrolment_date", "referral_source", "referral_team_id", "phase", "exit_date", "exit_reason", "exit_status", "preferences_description"]),
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

    /// <summary>The columns of one file.</summary>
    /// <param name="file">The file name, e.g. <c>jobs.csv</c>.</param>
    /// <returns>The columns.</returns>
    public static ImmutableArray<string> ColumnsOf(string file)
    {
        foreach (var (name, columns) in Files)
        {
            if (string.Equals(name, file, StringComparison.Ordinal))
            {
                return columns;
            }
        }

        throw new ArgumentException("Unknown CSV file: " + file, nameof(file));
    }
}
