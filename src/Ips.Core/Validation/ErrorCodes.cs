namespace Ips.Core.Validation;

/// <summary>Every stable error and finding code the domain produces, one nested class per area.</summary>
/// <remarks>
/// Scheme: <c>IPS-&lt;AREA&gt;-&lt;NNN&gt;</c>. Codes are stable across versions: a code is never reused for
/// another rule, and callers and tests key on codes rather than on message text.
/// </remarks>
public static class ErrorCodes
{
    /// <summary>Rules shared by every area.</summary>
    public static class General
    {
        /// <summary>A required value is missing (null).</summary>
        public const string Required = "IPS-GEN-001";

        /// <summary>An enum value is not one of the defined members (or flags).</summary>
        public const string UndefinedValue = "IPS-GEN-002";

        /// <summary>A text is blank (empty or only white space) where text is required.</summary>
        public const string BlankText = "IPS-GEN-003";

        /// <summary>A text is longer than its maximum length.</summary>
        public const string TextTooLong = "IPS-GEN-004";

        /// <summary>A recorded date lies after today (records describe what happened, not plans).</summary>
        public const string DateInFuture = "IPS-GEN-005";
    }

    /// <summary>Identifiers (programme, team, specialist, supervisor, participant, employer, job).</summary>
    public static class Identity
    {
        /// <summary>An identifier is missing (null or the default value).</summary>
        public const string Missing = "IPS-ID-001";

        /// <summary>An identifier is not 1–64 characters of <c>[A-Za-z0-9._:-]</c>.</summary>
        public const string Invalid = "IPS-ID-002";
    }

    /// <summary>Norwegian organisation numbers.</summary>
    public static class OrganisationNumber
    {
        /// <summary>The number is not exactly 9 ASCII digits.</summary>
        public const string Format = "IPS-ORG-001";

        /// <summary>The mod-11 check digit does not match (or the remainder is 1, which no valid number has).</summary>
        public const string CheckDigit = "IPS-ORG-002";
    }

    /// <summary>Employment specialists.</summary>
    public static class Specialist
    {
        /// <summary>FTE devoted to IPS is not greater than 0 and at most 1.</summary>
        public const string FteOutOfRange = "IPS-SPEC-001";

        /// <summary>Scheduled hours per week are negative or more than 168.</summary>
        public const string ScheduledHoursOutOfRange = "IPS-SPEC-002";

        /// <summary>Community hours per week are negative or more than 168.</summary>
        public const string CommunityHoursOutOfRange = "IPS-SPEC-003";

        /// <summary>Community hours per week exceed scheduled hours per week.</summary>
        public const string CommunityHoursExceedScheduled = "IPS-SPEC-004";
    }

    /// <summary>Participants.</summary>
    public static class Participant
    {
        /// <summary>The enrolment date lies before the referral date.</summary>
        public const string EnrolmentBeforeReferral = "IPS-PART-001";

        /// <summary>A referral from a treatment team does not name the team.</summary>
        public const string ReferralTeamMissing = "IPS-PART-002";

        /// <summary>A referral that is not from a treatment team names a team.</summary>
        public const string ReferralTeamNotAllowed = "IPS-PART-003";

        /// <summary>The exit date lies before the enrolment date.</summary>
        public const string ExitBeforeEnrolment = "IPS-PART-004";

        /// <summary>An exited participant cannot change phase, exit again or get new profile entries.</summary>
        public const string AlreadyExited = "IPS-PART-005";

        /// <summary>The phase is <c>Exited</c> without a recorded exit, or an exit is recorded with another phase (use <c>Exit</c>).</summary>
        public const string PhaseExitMismatch = "IPS-PART-006";

        /// <summary>A career profile entry is dated before enrolment.</summary>
        public const string CareerProfileBeforeEnrolment = "IPS-PART-007";

        /// <summary>A career profile entry is dated after the exit.</summary>
        public const string CareerProfileAfterExit = "IPS-PART-008";

        /// <summary>An exit is recorded before the latest career profile entry.</summary>
        public const string ExitBeforeCareerProfile = "IPS-PART-009";

        /// <summary>A NAV measure code is not <c>INDJOBSTOT</c> or <c>IPSUNG</c>.</summary>
        public const string UnknownNavMeasure = "IPS-PART-010";

        /// <summary>The age at enrolment (given, or computed from the year of birth) lies outside 0–120 years.</summary>
        public const string AgeOutOfRange = "IPS-PART-011";

        /// <summary>Both an age at enrolment and a year of birth are given; give one.</summary>
        public const string AgeGivenTwice = "IPS-PART-012";

        /// <summary>More grouping tags than allowed (10).</summary>
        public const string TooManyGroupingTags = "IPS-PART-013";

        /// <summary>A grouping tag is not 1–32 characters of <c>[A-Za-z0-9._-]</c>.</summary>
        public const string GroupingTagInvalid = "IPS-PART-014";

        /// <summary>A grouping tag is given more than once.</summary>
        public const string DuplicateGroupingTag = "IPS-PART-015";

        /// <summary>Benefits name both a full and a graded disability benefit.</summary>
        public const string BenefitsFullAndGradedDisability = "IPS-PART-016";

        /// <summary>A referring unit label is given without the unit's identifier.</summary>
        public const string ReferringUnitLabelWithoutId = "IPS-PART-017";

        /// <summary>Benefits at exit are given for a participant without an exit.</summary>
        public const string BenefitsAtExitWithoutExit = "IPS-PART-018";
    }

    /// <summary>Caseloads.</summary>
    public static class Caseload
    {
        /// <summary>The caseload is at capacity.</summary>
        public const string Full = "IPS-CASE-001";

        /// <summary>The participant is already on this caseload.</summary>
        public const string DuplicateParticipant = "IPS-CASE-002";

        /// <summary>The participant is already on another caseload in the same programme.</summary>
        public const string OnAnotherCaseload = "IPS-CASE-003";

        /// <summary>The participant to remove is not on the caseload.</summary>
        public const string NotOnCaseload = "IPS-CASE-004";

        /// <summary>A capacity policy's participants per full-time equivalent is not positive.</summary>
        public const string CapacityOutOfRange = "IPS-CASE-005";

        /// <summary>
        /// A finding, not an error: a caseload loaded from records holds more participants than its capacity. The
        /// programme keeps them all and reports it in <see cref="Ips.Core.Programmes.IpsProgramme.Findings"/>.
        /// </summary>
        public const string OverCapacity = "IPS-CASE-006";
    }

    /// <summary>Employer contacts.</summary>
    public static class EmployerContact
    {
        /// <summary>A general contact (no participants) says whether a participant was present.</summary>
        public const string PresenceOnGeneralContact = "IPS-CONTACT-001";

        /// <summary>A participant-specific contact does not say whether the participant was present.</summary>
        public const string PresenceMissing = "IPS-CONTACT-002";

        /// <summary>A general contact says whether it followed a participant's preferences.</summary>
        public const string PreferencesOnGeneralContact = "IPS-CONTACT-003";

        /// <summary>A contact without a specialist is not a participant's own contact (participant-specific, participant present).</summary>
        public const string SpecialistMissing = "IPS-CONTACT-004";

        /// <summary>The same participant is listed twice on one contact.</summary>
        public const string DuplicateParticipant = "IPS-CONTACT-005";
    }

    /// <summary>Occupation codes (STYRK-08) and job types.</summary>
    public static class Occupation
    {
        /// <summary>The code is not exactly 4 ASCII digits.</summary>
        public const string Format = "IPS-OCC-001";
    }

    /// <summary>Jobs and position sizes.</summary>
    public static class Job
    {
        /// <summary>The end date lies before the start date.</summary>
        public const string EndBeforeStart = "IPS-JOB-001";

        /// <summary>An end reason is given without an end date.</summary>
        public const string EndReasonWithoutEnd = "IPS-JOB-002";

        /// <summary>A position size in percent is not greater than 0 and at most 100.</summary>
        public const string PercentOutOfRange = "IPS-JOB-003";

        /// <summary>A position size in hours per week is not greater than 0 and at most 75.</summary>
        public const string HoursOutOfRange = "IPS-JOB-004";

        /// <summary>A position size gives both percent and hours, or on-call together with either.</summary>
        public const string PositionSizeAmbiguous = "IPS-JOB-005";
    }

    /// <summary>Unpaid work trials.</summary>
    public static class WorkTrial
    {
        /// <summary>The end date lies before the start date.</summary>
        public const string EndBeforeStart = "IPS-TRIAL-001";
    }

    /// <summary>Disclosure decisions, histories and discussions.</summary>
    public static class Disclosure
    {
        /// <summary>A revision is dated before the current decision.</summary>
        public const string RevisionOutOfOrder = "IPS-DISC-001";

        /// <summary>A revision concerns another participant than the history.</summary>
        public const string WrongParticipant = "IPS-DISC-002";

        /// <summary>Something is disclosed but to no one.</summary>
        public const string AudienceMissing = "IPS-DISC-003";

        /// <summary>Nothing is disclosed but an audience is named.</summary>
        public const string AudienceWithoutInformation = "IPS-DISC-004";

        /// <summary>Something is disclosed but not when.</summary>
        public const string TimingMissing = "IPS-DISC-005";

        /// <summary>Nothing is disclosed but a timing is given.</summary>
        public const string TimingWithoutInformation = "IPS-DISC-006";
    }

    /// <summary>Outreach attempts.</summary>
    public static class Outreach
    {
        /// <summary>A coordinated visit is recorded for a method that is not a visit.</summary>
        public const string CoordinatedRequiresVisit = "IPS-OUT-001";
    }

    /// <summary>Cross-record rules of a programme.</summary>
    public static class Programme
    {
        /// <summary>Two specialists share an id.</summary>
        public const string DuplicateSpecialist = "IPS-PROG-001";

        /// <summary>Two participants share an id.</summary>
        public const string DuplicateParticipant = "IPS-PROG-002";

        /// <summary>Two employers share an id.</summary>
        public const string DuplicateEmployer = "IPS-PROG-003";

        /// <summary>Two jobs share an id.</summary>
        public const string DuplicateJob = "IPS-PROG-004";

        /// <summary>A record refers to a specialist not in the programme.</summary>
        public const string UnknownSpecialist = "IPS-PROG-005";

        /// <summary>A record refers to a participant not in the programme.</summary>
        public const string UnknownParticipant = "IPS-PROG-006";

        /// <summary>A record refers to an employer not in the programme.</summary>
        public const string UnknownEmployer = "IPS-PROG-007";

        /// <summary>A record refers to a job not in the programme.</summary>
        public const string UnknownJob = "IPS-PROG-008";

        /// <summary>A specialist has more than one caseload.</summary>
        public const string DuplicateCaseload = "IPS-PROG-009";

        /// <summary>An exited participant is on a caseload (caseloads hold active participants).</summary>
        public const string ExitedParticipantOnCaseload = "IPS-PROG-010";

        /// <summary>A follow-along contact names a job of another participant.</summary>
        public const string JobOfAnotherParticipant = "IPS-PROG-011";

        /// <summary>A participant has more than one disclosure history.</summary>
        public const string DuplicateDisclosureHistory = "IPS-PROG-012";

        /// <summary>An exit gives a work end reason, but the participant holds no job on the exit date.</summary>
        public const string ExitWorkWithoutJob = "IPS-PROG-013";

        /// <summary>An exit gives "work with wage subsidy", but no job the participant holds on the exit date carries a wage subsidy.</summary>
        public const string ExitSubsidyWithoutSubsidisedJob = "IPS-PROG-014";

        /// <summary>An exit gives a work end reason without wage subsidy, but every job the participant holds on the exit date carries one.</summary>
        public const string ExitSubsidisedJobWithoutSubsidyReason = "IPS-PROG-015";

        /// <summary>An exit has the status studying, but its end reason is not education.</summary>
        public const string ExitStudyingWithoutEducation = "IPS-PROG-016";

        /// <summary>An exit gives "work combined with other NAV benefits", but its benefits at exit are recorded as none.</summary>
        public const string ExitBenefitsReasonWithoutBenefits = "IPS-PROG-017";

        /// <summary>An exit gives "work with graded disability pension", but its recorded benefits at exit hold no graded disability benefit.</summary>
        public const string ExitGradedPensionWithoutGradedBenefit = "IPS-PROG-018";
    }

    /// <summary>Record metrics (<see cref="Ips.Core.Metrics.FirstContactOptions"/>).</summary>
    public static class Metrics
    {
        /// <summary><see cref="Ips.Core.Metrics.FirstContactOptions.Entry"/> is not a defined <see cref="Ips.Core.Metrics.ProgrammeEntry"/>.</summary>
        public const string EntryUndefined = "IPS-METRIC-001";

        /// <summary><see cref="Ips.Core.Metrics.FirstContactOptions.WithoutContact"/> is not a defined <see cref="Ips.Core.Metrics.ParticipantsWithoutContact"/>.</summary>
        public const string WithoutContactUndefined = "IPS-METRIC-002";

        /// <summary>The first-contact options are missing (null).</summary>
        public const string FirstContactOptionsMissing = "IPS-METRIC-003";
    }

    /// <summary>NAV outcome figures (<see cref="Ips.Core.Outcomes.NavOutcomeOptions"/>).</summary>
    public static class Outcomes
    {
        /// <summary><see cref="Ips.Core.Outcomes.NavOutcomeOptions.CompetitiveJobPolicy"/> is missing (null).</summary>
        public const string CompetitiveJobPolicyMissing = "IPS-NAV-001";

        /// <summary><see cref="Ips.Core.Outcomes.NavOutcomeOptions.FirstContactCohort"/> is not a defined <see cref="Ips.Core.Outcomes.FirstContactCohort"/>.</summary>
        public const string FirstContactCohortUndefined = "IPS-NAV-002";

        /// <summary><see cref="Ips.Core.Outcomes.NavOutcomeOptions.PositionSizeCohort"/> is not a defined <see cref="Ips.Core.Outcomes.PositionSizeCohort"/>.</summary>
        public const string PositionSizeCohortUndefined = "IPS-NAV-003";

        /// <summary>Age bands' lower bounds are not 1 to 20 strictly increasing ages from 1 to 120.</summary>
        public const string AgeBandsInvalid = "IPS-NAV-004";
    }

    /// <summary>Reading programme records from CSV files (<see cref="Ips.Core.Records.ProgrammeRecords"/>); the domain's own codes are used for the domain's rules.</summary>
    public static class Records
    {
        /// <summary>A record file is missing from the directory (every file is required, with its header, even when it has no rows).</summary>
        public const string MissingFile = "IPS-REC-001";

        /// <summary>A record file is empty: it has no header row.</summary>
        public const string NoHeader = "IPS-REC-002";

        /// <summary>The header lacks one or more of the file's columns.</summary>
        public const string MissingColumn = "IPS-REC-003";

        /// <summary>The header has a column the file does not define (or one twice).</summary>
        public const string UnknownColumn = "IPS-REC-004";

        /// <summary>The header has the file's columns, but not in the documented order.</summary>
        public const string ColumnOrder = "IPS-REC-005";

        /// <summary>The header looks semicolon-separated (as Excel writes in a Norwegian locale); the files are comma-separated.</summary>
        public const string SemicolonSeparated = "IPS-REC-006";

        /// <summary>A row has more or fewer fields than the header.</summary>
        public const string FieldCount = "IPS-REC-007";

        /// <summary>A row (a line, or lines joined by a quoted field) is longer than <see cref="Ips.Core.Records.RecordReadOptions.MaxLineLength"/>.</summary>
        public const string LineTooLong = "IPS-REC-008";

        /// <summary>A file has more rows than <see cref="Ips.Core.Records.RecordReadOptions.MaxRowsPerFile"/>; reading stopped.</summary>
        public const string TooManyRows = "IPS-REC-009";

        /// <summary>A field's quotes are malformed: a quote inside an unquoted field, text after a closing quote, or a quote never closed.</summary>
        public const string Quoting = "IPS-REC-010";

        /// <summary>A row is not valid UTF-8.</summary>
        public const string Encoding = "IPS-REC-011";

        /// <summary>A required field is empty.</summary>
        public const string Required = "IPS-REC-012";

        /// <summary>A date field is not an ISO calendar date <c>yyyy-MM-dd</c>.</summary>
        public const string InvalidDate = "IPS-REC-013";

        /// <summary>A decimal field is not an invariant decimal (digits, optional sign and decimal point; no exponent, no thousands separator, no decimal comma).</summary>
        public const string InvalidDecimal = "IPS-REC-014";

        /// <summary>An integer field is not a non-negative invariant integer.</summary>
        public const string InvalidInteger = "IPS-REC-015";

        /// <summary>A boolean field is not <c>true</c> or <c>false</c>.</summary>
        public const string InvalidBoolean = "IPS-REC-016";

        /// <summary>An enum field is not a member name of its enum (or, for flags, member names joined by <c>|</c>).</summary>
        public const string InvalidEnum = "IPS-REC-017";

        /// <summary>A row's <c>programme_id</c> is not in <c>programmes.csv</c>.</summary>
        public const string UnknownProgramme = "IPS-REC-018";

        /// <summary>A key is repeated where it must be unique: a programme in <c>programmes.csv</c>, a <c>contact_index</c>, or an <c>ordinal</c> under one parent.</summary>
        public const string DuplicateKey = "IPS-REC-019";

        /// <summary>An <c>employer_contact_participants.csv</c> row names a <c>contact_index</c> that no employer contact of the programme has.</summary>
        public const string UnknownContact = "IPS-REC-020";

        /// <summary>A row depends on a row that was rejected (its parent, or a record it refers to); the message gives the rejected row's file and line.</summary>
        public const string DependsOnRejectedRow = "IPS-REC-021";

        /// <summary>A count column (<c>participant_count</c>) differs from the number of rows it counts.</summary>
        public const string CountMismatch = "IPS-REC-022";

        /// <summary>A caseload's <c>capacity</c> differs from the capacity policy's value for the specialist's FTE.</summary>
        public const string CapacityMismatch = "IPS-REC-023";

        /// <summary>A derived column (<c>position_percent</c>, <c>competitive</c>, <c>permanent_competitive</c>) differs from what the row's other fields give.</summary>
        public const string DerivedMismatch = "IPS-REC-024";

        /// <summary>The ordinals under one parent are not 0, 1, 2, … without gaps.</summary>
        public const string OrdinalSequence = "IPS-REC-025";

        /// <summary>A field is set where the row's other fields require it to be empty (e.g. <c>exit_reason</c> without <c>exit_date</c>).</summary>
        public const string NotAllowed = "IPS-REC-026";

        /// <summary>More errors were found than <see cref="Ips.Core.Records.RecordReadOptions.MaxErrors"/>; the last entry says how many more.</summary>
        public const string MoreErrors = "IPS-REC-027";

        /// <summary>A row belongs to a programme whose rows were read already: each file's rows of a programme are contiguous and in <c>programmes.csv</c> order (as written), so files are read in one streaming pass.</summary>
        public const string ProgrammeOrder = "IPS-REC-028";

        /// <summary>A child row whose parent row is missing although the entity exists, e.g. <c>caseload_assignments.csv</c> rows of a specialist with no <c>caseloads.csv</c> row.</summary>
        public const string MissingParentRow = "IPS-REC-029";
    }

    /// <summary>Codes of the Jobbsporet export reader (<see cref="Ips.Core.Records.Jobbsporet.JobbsporetExport"/>): bad rows (with file, line, column) and findings.</summary>
    public static class Jobbsporet
    {
        /// <summary>A required export file is missing (<c>Work_Trail__c.csv</c>, <c>RecordType.csv</c>, <c>ips_Team__c.csv</c>, <c>ips_Team_Member__c.csv</c>).</summary>
        public const string MissingFile = "IPS-JBS-001";

        /// <summary>A file's header lacks a field the mapping reads.</summary>
        public const string MissingColumn = "IPS-JBS-002";

        /// <summary>A field is not a Salesforce id (15 or 18 letters and digits).</summary>
        public const string InvalidId = "IPS-JBS-003";

        /// <summary>A datetime field is not an ISO datetime (UTC <c>Z</c> or an offset).</summary>
        public const string InvalidDateTime = "IPS-JBS-004";

        /// <summary>A picklist field holds a value the mapping does not know (value not shown).</summary>
        public const string UnknownPicklistValue = "IPS-JBS-005";

        /// <summary>A lookup names a record that is not in the export.</summary>
        public const string UnknownReference = "IPS-JBS-006";

        /// <summary>A record id repeats an earlier row's.</summary>
        public const string DuplicateId = "IPS-JBS-007";

        /// <summary>A trail's owner is no active job specialist of an IPS team, so the trail belongs to no programme.</summary>
        public const string NoTeam = "IPS-JBS-008";

        /// <summary>Finding: a header has a person identifier column (fødselsnummer, names, birth date, contact details); it is never read, and should be removed upstream.</summary>
        public const string PersonIdentifierColumn = "IPS-JBS-101";

        /// <summary>Finding: rows of a record type other than IPS (AMS, CE, …) were counted and skipped.</summary>
        public const string OtherRecordType = "IPS-JBS-102";

        /// <summary>Finding: trails referred but never started (status Referred or no <c>Oppstartsdato__c</c>) were left out.</summary>
        public const string NotStarted = "IPS-JBS-103";

        /// <summary>Finding: ended trails whose end cause or detail is <c>Not applicable</c> (Ikke aktuell) were left out, as Jobbsporet's exit reports do.</summary>
        public const string NotApplicableEnd = "IPS-JBS-104";

        /// <summary>Finding: an end detail is not one allowed under the end cause; the status was taken from the cause and the reason from the detail.</summary>
        public const string InconsistentEndCause = "IPS-JBS-105";

        /// <summary>Finding: meetings that are no employer contact were left out (open, cancelled, travel time, participant or education meetings, no-shows unless counted).</summary>
        public const string MeetingNotCounted = "IPS-JBS-106";

        /// <summary>Finding: job specialists with no FTE (none in the export; none supplied) were left out, with their caseloads and contacts.</summary>
        public const string SpecialistWithoutFte = "IPS-JBS-107";

        /// <summary>Finding: jobs without a supplied STYRK-08 code and pay terms were left out (the export has neither).</summary>
        public const string JobWithoutSupplement = "IPS-JBS-108";

        /// <summary>Finding: jobs the library has no form for (freelance / self-employed) or without a start date were left out.</summary>
        public const string JobNotMapped = "IPS-JBS-109";

        /// <summary>Finding: a file of an object the mapping does not read (e.g. <c>Task.csv</c>, <c>ips_Education__c.csv</c>) was counted and not used.</summary>
        public const string ObjectNotRead = "IPS-JBS-110";

        /// <summary>Finding: end details on a trail whose status is not Ended were ignored.</summary>
        public const string EndDetailsIgnored = "IPS-JBS-111";

        /// <summary>Finding: job-support meetings with no job of the participant held on the date (or starting within 7 days) were not counted as follow-along.</summary>
        public const string FollowAlongWithoutJob = "IPS-JBS-112";

        /// <summary>Finding: jobs and meetings of trails that were left out (another record type, never started, Not applicable, a bad row) were left out with them.</summary>
        public const string RowOfTrailLeftOut = "IPS-JBS-113";
    }
}
