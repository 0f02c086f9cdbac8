using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Benefits;
using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Reliability.Tests.Generators;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using Ips.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Reliability.Tests.DataProtection;

/// <summary>
/// The sentinel test for data protection (the class name avoids the word its fragments search for, since stack traces are checked too): every public type of Ips.Core is built (or explicitly excluded, with a reason)
/// with recognisable person identifiers — participant, specialist and supervisor ids from <see cref="IdentitySentinel"/> — and none of them may appear in
/// any ToString, exception message, domain error, FluentValidation message or attempted value, derived fact,
/// derivation provenance, rendered report (text, Markdown) or report JSON.
/// </summary>
public sealed class IdentityExposureTests
{
    private const string PValue = IdentitySentinel.Participant;
    private const string SValue = IdentitySentinel.Specialist;
    private const string UValue = IdentitySentinel.Supervisor;
    private const string InvalidP = IdentitySentinel.MalformedParticipant;

    private static readonly ParticipantId P = ParticipantId.Create(PValue);
    private static readonly ParticipantId P2 = ParticipantId.Create(IdentitySentinel.OtherParticipant(2));
    private static readonly SpecialistId S = SpecialistId.Create(SValue);
    private static readonly LocalDate Day = new(2026, 3, 2);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 1, 12, 0));

    /// <summary>
    /// Public types no instance can show: enums (a name from the code, never data), static classes (no instances),
    /// interfaces (implemented by covered types). Anything else must be built below.
    /// </summary>
    private static string? Exclusion(Type type) =>
        type.IsEnum ? "enum: its names come from the code, never from data"
        : type.IsAbstract && type.IsSealed ? "static class: no instances (error codes, factories, DI registration, calculators are exercised through the types they return)"
        : type.IsInterface ? "interface: exercised through the covered types that implement it"
        : null;

    private static readonly List<object> Built = [];
    private static readonly HashSet<Type> Exercised = [];

    private static void Clean(string? text, string what) => IdentitySentinel.AssertAbsent(text, what);

    /// <summary>The programme written as record files, every participant row broken, read leniently: the rejected rows and their dependents, with the marked ids in every file.</summary>
    private static RecordReadResult BrokenRecords(IpsProgramme programme)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ips-identity-records", Guid.NewGuid().ToString("N"));
        ProgrammeRecords.Write([programme], directory);
        var participants = Path.Combine(directory, "participants.csv");
        var lines = File.ReadAllLines(participants);
        File.WriteAllLines(participants, lines.Take(1).Concat(lines.Skip(1).Select(line => string.Join(',', line.Split(',').Select((field, i) => i == 2 ? "x" : field)))));
        var result = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);
        Assert.NotEmpty(result.Errors);
        return result;
    }

    /// <summary>The constructed Jobbsporet export (examples/data/jobbsporet) read leniently with one broken row: the result and every object it holds.</summary>
    private static object[] JobbsporetRead()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "examples", "data", "jobbsporet")))
        {
            dir = dir.Parent;
        }

        var source = Path.Combine(dir!.FullName, "examples", "data", "jobbsporet");
        var directory = Path.Combine(Path.GetTempPath(), "ips-identity-jobbsporet", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(source, "*.csv"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var trails = Path.Combine(directory, "Work_Trail__c.csv");
        File.AppendAllText(trails, "\"" + IdentitySentinel.OtherParticipant(8) + "\"\n");
        var options = new Ips.Core.Records.Jobbsporet.JobbsporetReadOptions { Records = RecordReadOptions.Lenient, IdSecret = new byte[] { 1, 2, 3 } };
        var read = Ips.Core.Records.Jobbsporet.JobbsporetExport.TryRead(directory, options);
        Assert.NotEmpty(read.Errors);
        var team = read.Teams[0];
        return [options, read, read.Errors, read.Findings, read.Teams, team.SourceGaps, team.Figures, team.Figures.OutTime];
    }

    private static void CleanObject(object value, string what)
    {
        lock (Built)
        {
            Built.Add(value);
        }

        Clean(value.ToString(), what + " (" + value.GetType().Name + ")");
        if (value is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    CleanObject(item, what + " item");
                }
            }
        }
    }

    private static void Clean(ValidationResult result, string what)
    {
        foreach (var failure in result.Errors)
        {
            Clean(failure.ErrorMessage, what);
            Clean(failure.PropertyName, what);
            Clean(failure.AttemptedValue?.ToString(), what + " AttemptedValue");
            Clean(failure.CustomState?.ToString(), what + " CustomState");
            Clean(failure.ToString(), what);
            if (failure.AttemptedValue is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    Clean(item?.ToString(), what + " AttemptedValue item");
                }
            }
        }

        Clean(result.ToString(), what);
    }

    private static void CleanThrow(Action action, string what)
    {
        var exception = Assert.ThrowsAny<Exception>(action);
        lock (Built)
        {
            Exercised.Add(exception.GetType());
        }

        Clean(exception.Message, what);
        Clean(exception.ToString(), what);
        if (exception is DomainException domain)
        {
            foreach (var error in domain.Errors)
            {
                CleanObject(error, what);
                Clean(error.Message, what);
                Clean(error.PropertyName, what);
            }
        }
    }

    private static IpsProgramme Programme()
    {
        var specialist = EmploymentSpecialist.Create(S, 0.6m, [TeamId.Create("team-1")], SupervisorId.Create(UValue), 37.5m, 20m);
        var participant = Participant.Create(P, Day, Day.PlusDays(3), ReferralSource.FromTeam(TeamId.Create("team-1")), JobPreferences.Create([OccupationCode.Create("5223")], "Butikk"),
            [CareerProfileEntry.Create(Day.PlusDays(5), CareerProfileEntryKind.ProfileMeeting)], phase: ParticipantPhase.Working);
        var other = Participant.Create(P2, Day, Day, ReferralSource.Create(ReferralSourceKind.Self));
        var job = Job.Create(JobId.Create("j-1"), P, EmployerId.Create("e-1"), JobType.Create(OccupationCode.Create("5223"), "Kasse"), Day.PlusDays(20), PositionSize.FromPercent(40m), true, EmploymentForm.Permanent);
        return IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1"))
            .Add(specialist).Add(participant).Add(other)
            .Add(Caseload.Create(specialist, participants: [P, P2]))
            .Add(Employer.Create(EmployerId.Create("e-1"), OrganisationNumber.Create("923609016"), "Coop"))
            .Add(EmployerContact.Create(Day.PlusDays(10), S, EmployerId.Create("e-1"), true, ContactPurpose.JobDevelopment, [P], true, true))
            .Add(job)
            .Add(WorkTrial.Create(P, EmployerId.Create("e-1"), Day, null, WorkTrialKind.Sheltered))
            .Add(FollowAlongContact.Create(Day.PlusDays(25), P, JobId.Create("j-1"), true, FollowAlongProvider.TreatmentTeamMember))
            .Add(BenefitsPlanningSession.Create(Day, P, BenefitsPlanner.NavCounsellor, BenefitsPlanningOccasion.ChangeOfHoursOrPay, true))
            .Add(DisclosureHistory.Create(P, [DisclosureDecision.Create(P, Day, DisclosedInformation.GapInWorkHistory, DisclosureAudience.Manager, DisclosureTiming.AtInterview, true)]))
            .Add(DisclosureDiscussion.Create(Day, S, P, true, true, true))
            .Add(OutreachAttempt.Create(Day, P, OutreachMethod.CommunityVisit, OutreachActor.Specialist, true, true))
            .Build();
    }

    [Fact]
    public void EveryPublicDomainType_IsBuiltWithMarkedIds_AndShowsNoneOfThem()
    {
        var programme = Programme();
        var participant = programme.Participants[0];
        var exited = participant.Exit(ParticipantExit.Create(Day.PlusDays(90), NavEndReason.Other, ExitStatus.Unresolved));
        var period = new DateInterval(Day, Day.PlusDays(120));
        object[] everything =
        [
            P, S, SupervisorId.Create(UValue), TeamId.Create("team-1"), ProgrammeId.Create("prog-1"), JobId.Create("j-1"), EmployerId.Create("e-1"),
            OrganisationNumber.Create("923609016"), programme, programme.ToBuilder(), programme.Specialists[0], participant, participant.Preferences!, participant.ReferralSource,
            participant.CareerProfile[0], exited, exited.ExitRecord!, programme.Caseloads[0], CaseloadCapacityPolicy.Default, programme.Employers[0],
            programme.EmployerContacts[0], programme.Jobs[0], programme.Jobs[0].Occupation, programme.Jobs[0].Occupation.Code, programme.Jobs[0].PositionSize,
            CompetitiveJobPolicy.Default, programme.WorkTrials[0], programme.FollowAlongContacts[0], programme.BenefitsPlanningSessions[0],
            programme.DisclosureHistories[0], programme.DisclosureHistories[0].Decisions[0], programme.DisclosureDiscussions[0], programme.OutreachAttempts[0],
            programme.Caseloads[0].TryAdd(P), Caseload.TryCreate(programme.Specialists[0], participants: [P, P]),
            new DomainError("Code", "participantId", "message"), new NavOutcomeOptions(),
            new EmploymentSpecialistInput { Id = SValue, SupervisorId = UValue, TeamIds = [SValue] },
            new ParticipantInput { Id = PValue, ReferralTeamId = PValue },
            new EmployerInput { Id = PValue, OrganisationNumber = PValue },
            new EmployerContactInput { SpecialistId = SValue, ParticipantIds = [PValue] },
            new JobInput { ParticipantId = PValue, Id = PValue },
            new WorkTrialInput { ParticipantId = PValue },
            new DisclosureDecisionInput { ParticipantId = PValue },
            new DisclosureDiscussionInput { ParticipantId = PValue, SpecialistId = SValue },
            new BenefitsPlanningSessionInput { ParticipantId = PValue },
            new FollowAlongContactInput { ParticipantId = PValue, JobId = PValue },
            new OutreachAttemptInput { ParticipantId = PValue },
            RecordReadOptions.Lenient,
            BrokenRecords(programme),
            BrokenRecords(programme).Errors,
            .. JobbsporetRead(),
        ];
        foreach (var value in everything)
        {
            CleanObject(value, "ToString");
        }

        // NAV outcome figures: every record of the report, one site or several.
        var outcomes = NavOutcomeCalculator.Calculate(programme, period, Day.PlusDays(120));
        CleanObject(outcomes, "NavOutcomeReport");
        foreach (var property in outcomes.GetType().GetProperties())
        {
            if (property.GetValue(outcomes) is { } value)
            {
                CleanObject(value, "NavOutcomeReport." + property.Name);
            }
        }

        // Nested inside ExitFigures (no exits in this period): built directly; they hold enums and counts only.
        CleanObject(new ExitReasonCount(NavEndReason.Other, default, new CountShare(1, 2)), "ExitReasonCount");
        CleanObject(new ExitStatusCount(ExitStatus.Unresolved, new CountShare(1, 2)), "ExitStatusCount");
        CleanObject(NavOutcomeCalculator.DaysToFirstEmployerContactBySite([programme], period, Day.PlusDays(120)), "DaysToFirstEmployerContactBySite");

        // The rendered JobbResept tables, every language and format, with and without small-cell suppression.
        var tables = NavOutcomeTables.Create(programme, period, suppression: SmallCellSuppression.HideBelow(5));
        CleanObject(tables, "NavOutcomeTables");
        CleanObject(SmallCellSuppression.Off, "SmallCellSuppression");
        foreach (var language in Enum.GetValues<NavReportLanguage>())
        {
            foreach (var format in Enum.GetValues<NavReportFormat>())
            {
                Clean(tables.Render(language, format), "NavOutcomeTables.Render");
                Clean(NavOutcomeTables.Create(programme, period).Render(language, format), "NavOutcomeTables.Render");
            }
        }

        // Entry characteristics and groups: a referring unit with a marked id (and no label, so the report has nothing to name it by).
        var unit = ReferringUnit.Create(ReferringUnitId.Create(PValue));
        var characteristics = EntryCharacteristics.Create(NavMeasure.IpsUng, AgeAtEnrolment.FromYearOfBirth(2000, Day), unit, [GroupingTag.Create("rus")], NavBenefits.Aap);
        var withBenefits = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1")).Add(programme.Specialists[0])
            .Add(participant.WithCharacteristics(characteristics).Exit(ParticipantExit.Create(Day.PlusDays(90), NavEndReason.Other, ExitStatus.Unresolved, NavBenefits.None)))
            .Build();
        CleanObject(unit, "ReferringUnit");
        CleanObject(unit.Id, "ReferringUnitId");
        CleanObject(characteristics, "EntryCharacteristics");
        CleanObject(characteristics.Age!, "AgeAtEnrolment");
        CleanObject(NavMeasure.Ips, "NavMeasure");
        CleanObject(characteristics.Tags[0], "GroupingTag");
        CleanObject(AgeBands.Default, "AgeBands");
        CleanObject(AgeBands.Default.Bands, "AgeBand");
        var figures = NavOutcomeCalculator.Calculate(withBenefits, period).Exits.Benefits;
        CleanObject(figures, "BenefitFigures");
        CleanObject(figures.ByBenefit, "BenefitCount");
        foreach (var grouping in new[] { OutcomeGrouping.Site, OutcomeGrouping.Measure, OutcomeGrouping.AgeBand(), OutcomeGrouping.ReferringUnit, OutcomeGrouping.Tag })
        {
            CleanObject(grouping, "OutcomeGrouping");
            foreach (var group in NavOutcomeCalculator.ComputeBy([withBenefits, programme], period, grouping, suppression: SmallCellSuppression.HideBelow(5)))
            {
                CleanObject(group, "NavOutcomeGroup");
                CleanObject(group.Key, "NavOutcomeGroupKey");
                foreach (var language in Enum.GetValues<NavReportLanguage>())
                {
                    Clean(group.Tables.Render(language, NavReportFormat.Markdown), "NavOutcomeGroup.Render");
                }
            }
        }

        Validate(new ParticipantInputValidator(Clock), new ParticipantInput { Id = PValue, ReferralDate = Day, EnrolmentDate = Day, ReferralSource = ReferralSourceKind.Nav, NavMeasureCode = PValue, ReferringUnitId = InvalidP, ReferringUnitLabel = PValue + new string('x', 100), GroupingTags = [PValue + "!", PValue + "!"], BenefitsAtExit = NavBenefits.Aap });
        CleanThrow(() => NavMeasure.FromCode(PValue), "NavMeasure.FromCode");
        CleanThrow(() => GroupingTag.Create(InvalidP), "GroupingTag.Create");
        CleanThrow(() => ReferringUnitId.Create(InvalidP), "ReferringUnitId.Create");

        // Record metrics (Ips.Core.Metrics): the options record and the job counts hold enums and counts only.
        CleanObject(new FirstContactOptions { Entry = ProgrammeEntry.Referral }, "FirstContactOptions");
        CleanObject(CurrentJobs.CountOn(programme.Jobs.AsSpan(), Day.PlusDays(30)), "CurrentJobCounts");
        CleanObject(DaysToFirstContact.Summarise(new[] { 3, 1, 2 }), "DaysSummary");
        Validate(FirstContactOptionsValidator.Instance, new FirstContactOptions { Entry = (ProgrammeEntry)9, WithoutContact = (ParticipantsWithoutContact)9 });
        Validate(NavOutcomeOptionsValidator.Instance, new NavOutcomeOptions { CompetitiveJobPolicy = null!, FirstContactCohort = (FirstContactCohort)9 });
        CleanThrow(() => NavOutcomeCalculator.Calculate(programme, period, options: new NavOutcomeOptions { FirstContact = null! }), "NavOutcomeOptions validation");

        // Validators: valid and malformed ids, every failure checked.
        foreach (var id in new[] { PValue, InvalidP })
        {
            Validate(new EmploymentSpecialistInputValidator(), new EmploymentSpecialistInput { Id = id, Fte = 3m, TeamIds = [id], SupervisorId = id });
            Validate(new ParticipantInputValidator(Clock), new ParticipantInput { Id = id, ReferralDate = Day, EnrolmentDate = Day.PlusDays(-1), ReferralSource = ReferralSourceKind.Nav, ReferralTeamId = id });
            Validate(new EmployerInputValidator(), new EmployerInput { Id = id, OrganisationNumber = id });
            Validate(new EmployerContactInputValidator(Clock), new EmployerContactInput { Date = Day, SpecialistId = id, EmployerId = id, ParticipantIds = [id, id] });
            Validate(new JobInputValidator(), new JobInput { Id = id, ParticipantId = id, EmployerId = id, OccupationCode = id, Title = id, Start = Day, OnCall = true, PositionPercent = 5m });
            Validate(new WorkTrialInputValidator(), new WorkTrialInput { ParticipantId = id, EmployerId = id, Start = Day, End = Day.PlusDays(-1) });
            Validate(new DisclosureDecisionInputValidator(Clock), new DisclosureDecisionInput { ParticipantId = id, Date = Day, Information = DisclosedInformation.Diagnosis });
            Validate(new DisclosureDiscussionInputValidator(Clock), new DisclosureDiscussionInput { ParticipantId = id, SpecialistId = id, Date = Day.PlusDays(400) });
            Validate(new BenefitsPlanningSessionInputValidator(Clock), new BenefitsPlanningSessionInput { ParticipantId = id, Date = Day, By = (BenefitsPlanner)9 });
            Validate(new FollowAlongContactInputValidator(Clock), new FollowAlongContactInput { ParticipantId = id, JobId = id, Date = Day.PlusDays(400) });
            Validate(new OutreachAttemptInputValidator(Clock), new OutreachAttemptInput { ParticipantId = id, Date = Day, Method = OutreachMethod.Letter, CoordinatedVisit = true });
        }

        // Exceptions and domain errors.
        CleanThrow(() => ParticipantId.Create(InvalidP), "ParticipantId.Create");
        CleanThrow(() => SpecialistId.Create(IdentitySentinel.MalformedSpecialist), "SpecialistId.Create");
        CleanThrow(() => programme.Caseloads[0].Add(P), "Caseload duplicate");
        CleanThrow(() => programme.AddToCaseload(SpecialistId.Create(IdentitySentinel.OtherSpecialist(9)), P), "unknown specialist");
        CleanThrow(() => Caseload.TryCreate(programme.Specialists[0], participants: [P, P]).GetValueOrThrow(), "DomainResult.GetValueOrThrow");
        CleanThrow(() => new JobInputValidator().ValidateAndThrow(new JobInput { Id = InvalidP, ParticipantId = InvalidP }), "ValidateAndThrow");
        var broken = programme.ToBuilder()
            .Add(Job.Create(JobId.Create("j-2"), ParticipantId.Create(IdentitySentinel.OtherParticipant(6)), EmployerId.Create("e-404"), programme.Jobs[0].Occupation, Day, PositionSize.OnCall, true, EmploymentForm.Seasonal))
            .TryBuild();
        CleanObject(broken, "IpsProgramme.TryBuild");
        foreach (var error in broken.Errors)
        {
            Clean(error.Message, "Programme build error");
        }

        // A caseload loaded from records over its capacity: kept, reported as a finding that names no id.
        var small = EmploymentSpecialist.Create(S, 0.05m, [TeamId.Create("team-1")]); // capacity 1
        var over = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1"))
            .Add(small).Add(programme.Participants[0]).Add(programme.Participants[1])
            .Add(Caseload.FromRecords(small, [P, P2]))
            .Build();
        CleanObject(over.Caseloads[0], "Caseload over capacity");
        var finding = Assert.Single(over.Findings);
        CleanObject(finding, "DomainFinding");
        Clean(finding.Message, "DomainFinding.Message");
        Clean(finding.PropertyName, "DomainFinding.PropertyName");
        CleanThrow(() => over.Caseloads[0].Add(ParticipantId.Create(IdentitySentinel.OtherParticipant(7))), "Caseload over capacity, add");
        CleanThrow(() => Caseload.Create(small, participants: [P, P2]), "Caseload.Create over capacity");

        // Coverage: every public type of Ips.Core is built above or excluded for a stated reason.
        var covered = Built.Select(o => o.GetType()).Concat(Exercised).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        var missing = typeof(Participant).Assembly.GetExportedTypes()
            .Where(t => !covered.Contains(t) && Exclusion(t) is null && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(missing.Length == 0, "Public Ips.Core types neither built by this sentinel test nor excluded (add a builder): " + string.Join(", ", missing));
    }

    private static void Validate<T>(AbstractValidator<T> validator, T input)
    {
        lock (Built)
        {
            Exercised.Add(validator.GetType());
        }

        Clean(validator.Validate(input), validator.GetType().Name);
    }

    [Fact]
    public void DerivedFactsProvenanceAndReports_FromRecordsWithMarkedIds_ShowNoneOfThem()
    {
        var programme = Programme();
        var review = FactDerivation.Derive(programme, new DerivationOptions { Period = new DateInterval(Day, Day.PlusDays(120)), ReviewDate = Day.PlusDays(121) });

        CleanObject(review, "DerivedReview");
        CleanObject(review.Facts, "DerivedFact");
        foreach (var fact in review.Facts)
        {
            CleanObject(fact.Provenance, "FactProvenance");
            CleanObject(fact.Provenance.Excluded, "ExclusionCount");
            Clean(fact.Specialist, "DerivedFact.Specialist");
        }

        CleanObject(review.Omitted, "OmittedSpecialist");
        CleanObject(review.SpecialistLabels, "SpecialistLabels");
        CleanObject(review.Caseload, "CaseloadEvidence");
        CleanObject(review.RapidJobSearch, "RapidJobSearchEvidence");
        CleanObject(review.FollowAlong, "FollowAlongEvidence");
        CleanObject(review.Disclosure, "DisclosureEvidence");
        Assert.NotEmpty(review.Facts);

        var facts = review.ToReviewFacts("Team Nord");
        Clean(FidelityJson.WriteFacts(facts), "facts JSON");
        Clean(Ips25Scale.Validator.Validate(facts), "ReviewFactsValidator");
        foreach (var language in new[] { Ips25Scale.Norwegian, Ips25Scale.English })
        {
            var report = Ips25Scale.Engine.Score(facts);
            Clean(report.ToText(language), "text report");
            Clean(report.ToMarkdown(language), "Markdown report");
            Clean(FidelityJson.WriteReport(report, language), "report JSON");
            foreach (var item in report.Items)
            {
                Clean(item.Explain(report.Scale, language).ToString(), "explanation");
                CleanObject(item.Errors, "FactError");
            }
        }
    }

    /// <summary>
    /// Public Ips.Core.Fidelity types no walk from the derived review can reach, and why they cannot hold an identity
    /// value: the definition's own parts are data of the scale (ids and texts of the definition JSON), builders,
    /// engines and validators are reached through what they build, and the JSON source-generation and interop types
    /// hold documents whose ids come only from derived facts (checked as text below).
    /// </summary>
    private static string? FidelityExclusion(Type type) =>
        Exclusion(type)
        ?? (typeof(Exception).IsAssignableFrom(type) ? "exception: every throw below is checked as text (message and ToString)" : null)
        ?? (typeof(Attribute).IsAssignableFrom(type) ? "attribute: code metadata" : null)
        ?? (typeof(Delegate).IsAssignableFrom(type) ? "delegate: code" : null)
        ?? (type.IsAbstract ? "abstract: exercised through the covered types that derive from it" : null)
        ?? (type.Namespace is "Ips.Core.Fidelity.RuleKinds" or "Ips.Core.Fidelity.Definition" or "Ips.Core.Fidelity.Localization"
            ? "scale definition data (ids and texts of the definition JSON, never of a person)" : null)
        ?? (type.Name.EndsWith("JsonContext", StringComparison.Ordinal) || type.Name.EndsWith("Converter", StringComparison.Ordinal) ? "JSON plumbing: its output is checked as text" : null);

    [Fact]
    public void EveryPublicFidelityType_ReachedFromRecordsWithMarkedIds_ShowsNoneOfThem_NorDoesAnyErrorACallerCanReach()
    {
        var programme = Programme();
        var period = new DateInterval(Day, Day.PlusDays(120));
        var options = new DerivationOptions { Period = period, ReviewDate = Day.PlusDays(121) };
        var review = FactDerivation.Derive(programme, options);
        var facts = review.ToReviewFacts("Team Nord");
        var report = Ips25Scale.Engine.Score(facts);
        var reached = new HashSet<Type>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);

        // Everything the derived review, its facts and their report hold, walked by reflection (ToString of each object).
        object[] roots =
        [
            review, facts, report, report.Explain(1), ReviewComparison.Compare(Ips25Scale.Engine.Score(new ReviewFactsBuilder("Team Nord", Day).Build()), report),
            Ips25Scale.Validator.Validate(facts), new ReviewFactsBuilder("Team Nord", Day), ItemFacts.ForProgramme(1, [.. facts.Items[0].Programme]),
            Ips.Core.Fidelity.Formats.Csv.FactsCsv.Read(CsvOf(facts))[0], Ips25Scale.Engine.ScoreOnly(facts),
            FactDerivation.Derive(programme, options with { SourceGaps = [new Ips.Core.Records.SourceGap(Ips.Core.Records.SourceFact.FollowedPreferences, 0, "supply it")] }),
        ];
        foreach (var root in roots)
        {
            Walk(root, "from records", reached, seen);
        }

        // A specialist with no caseload and no hours (omitted from items 4 and 24), a capped item, invalid facts, the score-only path.
        var withIdle = programme.ToBuilder().Add(EmploymentSpecialist.Create(SpecialistId.Create(IdentitySentinel.OtherSpecialist(3)), 0.5m, [TeamId.Create("team-1")])).Build();
        var idle = FactDerivation.Derive(withIdle, options);
        Assert.NotEmpty(idle.Omitted);
        var capped = new ReviewFactsBuilder("Team Nord", Day)
            .Set(17, "inPersonEmployerContactsPerWeek", FactValue.FromNumber(6)).Set(17, "contactLogReview", FactValue.FromLevel("none")).Set(17, "jobSeekers", FactValue.FromCount(4))
            .Set(1, "activeParticipants", FactValue.FromCount(-1))
            .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(0.92))
            .Build();
        var itemScores = new ItemScore[Ips25Scale.Definition.Items.Length];
        Ips25Scale.Engine.ScoreOnly(facts, itemScores);
        object[] more =
        [
            idle, Ips25Scale.Engine.Score(idle.ToReviewFacts("Team Nord")), Ips25Scale.Engine.Score(capped), itemScores, Ips25Scale.Engine, Ips25Scale.Validator,
            FidelityJson.TryReadFacts("{\"schemaVersion\": 1, \"programme\": 3}"), new FidelityJsonLimits(), Ips.Core.Fidelity.Formats.Csv.FactsCsvOptions.Default,
            Ips.Core.Fidelity.Formats.Csv.FactsCsv.Read("programme,reviewDate,1.activeParticipants\nTeam Nord,2026-13-01,x\n"),
            .. typeof(FidelityReport).Assembly.GetExportedTypes()
                .Where(t => t.Namespace == "Ips.Core.Fidelity.Ips25" && t.Name.EndsWith("Facts", StringComparison.Ordinal) && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(Activator.CreateInstance).OfType<object>(),
        ];
        Assert.True(Ips25Scale.Engine.Score(capped).Item(17).Modifiers.Length == 1, "the capped item has its cap");
        Assert.True(Ips25Scale.Engine.Score(capped).Warnings.Length > 0, "the fraction on item 2 warns");
        foreach (var root in more)
        {
            Walk(root, "more", reached, seen);
        }

        Validate(DerivationOptionsValidator.Instance, options with { ReviewDate = Day, JobTypeLevel = (JobTypeLevel)9 });

        // Texts: every rendering, JSON and CSV of those objects.
        foreach (var language in new[] { Ips25Scale.Norwegian, Ips25Scale.English })
        {
            Clean(report.ToText(language), "text report");
            Clean(report.ToMarkdown(language), "Markdown report");
            Clean(FidelityJson.WriteReport(report, language), "report JSON");
            foreach (var layout in new[] { Ips.Core.Fidelity.Formats.Csv.ScoresCsvLayout.Wide, Ips.Core.Fidelity.Formats.Csv.ScoresCsvLayout.Long })
            {
                var scores = new StringWriter();
                Ips.Core.Fidelity.Formats.Csv.ScoresCsv.Write(scores, [report], language, layout);
                Clean(scores.ToString(), "scores CSV");
            }
            Clean(Ips.Core.Fidelity.Formats.Interop.FidelityInterop.ScoreReview(FidelityJson.WriteFacts(facts), language.Code), "interop report");
        }

        Clean(FidelityJson.WriteFacts(facts), "facts JSON");
        Clean(CsvOf(facts), "facts CSV");

        // Throw sites a caller reaches with these records: derivation options, merging, reading back broken JSON and CSV.
        CleanThrow(() => FactDerivation.Derive(programme, options with { ReviewDate = Day }), "Derive: review date inside the period");
        CleanThrow(() => FactDerivation.Derive(programme, options with { JobTypeLevel = (JobTypeLevel)9 }), "Derive: undefined job type level");
        CleanThrow(() => FactDerivation.Derive(programme, options with { CompetitiveJobPolicy = null! }), "Derive: no policy");
        CleanThrow(() => FactDerivation.Derive(programme, null!), "Derive: no options");
        Clean(Ips25Scale.Validator.Validate(review.ToReviewFacts(" ")), "validation of a blank label");
        CleanThrow(() => review.MergeWith(null!), "MergeWith: null");
        CleanThrow(() => Ips25Scale.Validator.ValidateAndThrow(facts with { ProgrammeLabel = string.Empty, Items = [.. facts.Items, facts.Items[0]] }), "ValidateAndThrow");
        var json = FidelityJson.WriteFacts(facts);
        var random = new Random(PropertyBudget.Seed(11));
        for (var i = 0; i < 200; i++)
        {
            var broken = Fuzzing.JsonMutator.Mutate(json, random);
            try
            {
                Clean(FidelityJson.WriteReport(Ips25Scale.Engine.Score(FidelityJson.ReadFacts(broken))), "report of mutated facts JSON");
            }
            catch (System.Text.Json.JsonException e)
            {
                Clean(e.Message, "facts JSON read error");
                Clean(e.Path, "facts JSON read error path");
            }

            Clean(Ips.Core.Fidelity.Formats.Interop.FidelityInterop.ScoreReview(broken), "interop error document");
        }

        var csv = CsvOf(facts);
        var lines = csv.Split('\n');
        foreach (var row in Ips.Core.Fidelity.Formats.Csv.FactsCsv.Read(lines[0] + "\n" + lines[1].Replace(",", ",x", StringComparison.Ordinal) + "\n"))
        {
            Assert.NotEmpty(row.Errors);
            CleanObject(row, "facts CSV row with errors");
            foreach (var error in row.Errors)
            {
                Clean(error.Message, "facts CSV error");
            }
        }

        CleanThrow(() => Ips.Core.Fidelity.Formats.Csv.FactsCsv.Read(lines[0] + ",notAColumn\n"), "facts CSV header error");

        // A review record holds the caller's reviewer and programme ids (opaque, by design, and shown in the feedback
        // report like a programme label) but never shows them in ToString, validation messages or JSON read errors.
        string[] recordIds = [IdentitySentinel.Specialist, IdentitySentinel.Supervisor, IdentitySentinel.Participant];
        var recordJson = Examples.RecordJson("fair")
            .Replace("\"R-01\"", "\"" + recordIds[0] + "\"", StringComparison.Ordinal)
            .Replace("\"R-02\"", "\"" + recordIds[1] + "\"", StringComparison.Ordinal)
            .Replace("\"P-0417\"", "\"" + recordIds[2] + "\"", StringComparison.Ordinal);
        var record = ReviewRecordJson.Read(recordJson, Ips25Scale.Definition);
        Assert.Contains(record.Reviewers, r => r.Id == recordIds[0]);
        var held = recordIds.ToHashSet(StringComparer.Ordinal);
        var independent = IndependentRatings.Score(Ips25Scale.Engine, [new(recordIds[0], facts), new(recordIds[1], capped)], record);
        object[] reviews =
        [
            record, RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition)), independent, RaterAgreement.Measure(independent),
            Ips25Scale.ReviewIntervals, Ips25Scale.ReviewIntervals.Schedule(report, record.VisitDates[^1]),
            ReviewRecordJson.TryRead(recordJson.Replace("\"lead\"", "\"boss\"", StringComparison.Ordinal), Ips25Scale.Definition),
        ];
        foreach (var root in reviews)
        {
            Walk(root, "review record", reached, seen, held);
        }

        for (var i = 0; i < 200; i++)
        {
            var result = ReviewRecordJson.TryRead(Fuzzing.JsonMutator.Mutate(recordJson, random), Ips25Scale.Definition);
            foreach (var problem in result.Problems)
            {
                Clean(problem.ErrorMessage, "review record read problem");
                Clean(problem.PropertyName, "review record read problem path");
                Clean(problem.AttemptedValue?.ToString(), "review record read problem value");
            }

            Clean(result.ValueOrNull?.ToString(), "mutated review record");
        }

        CleanThrow(() => ReviewRecordJson.Read(recordJson.Replace("\"coReviewer\"", "\"lead\"", StringComparison.Ordinal).Replace("\"score\": 4", "\"score\": 9", StringComparison.Ordinal), Ips25Scale.Definition), "review record: bad roles and scores");
        var input = new ReviewRecordInput
        {
            ScaleId = "ips-25",
            ProgrammeId = recordIds[2],
            Period = record.Period,
            VisitDates = record.VisitDates,
            Reviewers = record.Reviewers,
            Items = record.Items,
        };
        Walk(input, "review record input", reached, seen, held);
        Validate(new ReviewRecordValidator(Ips25Scale.Definition), input with
        {
            ProgrammeId = recordIds[2] + " !",
            Reviewers = [new Reviewer(recordIds[0], ReviewerRole.Lead), new Reviewer(recordIds[0], ReviewerRole.Lead), new Reviewer(IdentitySentinel.MalformedSpecialist, ReviewerRole.Trainee)],
        });

        // The comparison and the scale description as JSON: the comparison holds two reports of the marked facts.
        var compared = ReviewComparison.Compare(Ips25Scale.Engine.Score(new ReviewFactsBuilder("Team Nord", Day).Build()), report);
        Clean(FidelityJson.WriteComparison(compared), "comparison JSON");
        CleanThrow(() => FidelityJson.ReadComparison(FidelityJson.WriteComparison(compared).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 7", StringComparison.Ordinal), Ips25Scale.Definition), "comparison JSON read error");
        var description = Ips.Core.Fidelity.Formats.Interop.ScaleDescription.Create(Ips25Scale.Definition, Ips25Scale.English);
        Walk(description, "scale description", reached, seen, held);
        Clean(description.ToJson(), "scale description JSON");

        // Coverage: every public type of Ips.Core.Fidelity is reached above or excluded for a stated reason.
        var covered = reached.Concat(Exercised).Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        var missing = typeof(FidelityReport).Assembly.GetExportedTypes()
            .Where(t => !covered.Contains(t) && FidelityExclusion(t) is null && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(missing.Length == 0, "Public Ips.Core.Fidelity types neither reached by this sentinel test nor excluded (reach them): " + string.Join(", ", missing));
    }

    /// <summary>The facts as a facts CSV (the columns the facts use), as a researcher's export would be.</summary>
    private static string CsvOf(ReviewFacts facts)
    {
        var columns = new List<string>();
        var values = new List<string>();
        foreach (var item in facts.Items.Where(i => !i.Programme.IsEmpty))
        {
            foreach (var entry in item.Programme)
            {
                columns.Add(Ips.Core.Fidelity.Formats.Csv.FactsCsv.ColumnName(item.Item, entry.Id));
                values.Add(entry.Value.Kind switch
                {
                    Ips.Core.Fidelity.Facts.FactKind.Elements => entry.Value.Elements.IsEmpty ? "[]" : string.Join("|", entry.Value.Elements),
                    Ips.Core.Fidelity.Facts.FactKind.Level => entry.Value.Level!,
                    Ips.Core.Fidelity.Facts.FactKind.Flag => entry.Value.Flag!.Value ? "true" : "false",
                    _ => entry.Value.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }

        return "programme,reviewDate," + string.Join(",", columns) + "\nTeam Nord," + facts.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "," + string.Join(",", values) + "\n";
    }

    /// <summary>Checks the ToString of <paramref name="value"/> and of everything its public properties and items reach.</summary>
    private static void Walk(object? value, string what, HashSet<Type> reached, HashSet<object> seen, IReadOnlySet<string>? held = null)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum || seen.Count > 200_000)
        {
            if (value is not string s || held is null || !held.Contains(s))
            {
                Clean(value as string, what);
            }

            return;
        }

        var type = value.GetType();
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        reached.Add(type);
        Clean(value.ToString(), what + " (" + type.Name + ")");
        if (value is IEnumerable items)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>) && (bool)type.GetProperty("IsDefault")!.GetValue(value)!)
            {
                return; // FactValue.Elements of a value of another kind: nothing to show
            }

            foreach (var item in items)
            {
                Walk(item, what + " item", reached, seen, held);
            }
        }

        if (type.Assembly != typeof(FidelityReport).Assembly && type.Assembly != typeof(Participant).Assembly)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue; // a getter that refuses this state (e.g. the value of an error result) is checked as a throw elsewhere
            }

            if (child is ReviewFacts or FidelityReport or Ips.Core.Fidelity.Definition.ScaleDefinition && type.Namespace == "Ips.Core.Fidelity.Definition")
            {
                continue;
            }

            Walk(child, what + "." + property.Name, reached, seen, held);
        }
    }

    [Fact]
    public void SpecialistAndProgrammeLabels_AreEchoedVerbatim_SoCallersMustPseudonymiseThem()
    {
        // The engine treats labels as opaque and echoes them (results, errors, reports, JSON): it cannot tell a pseudonym
        // from a name. Derivation never uses specialist ids as labels ("ES 1", "ES 2", …), but hand-written facts must
        // not carry names or national identity numbers either. This pins the echo so docs/data-protection.md stays true.
        const string label = "ES-LABEL-7";
        var facts = new ReviewFactsBuilder("PROGRAMME-LABEL", Day)
            .SetForSpecialist(1, label, "activeParticipants", FactValue.FromCount(-1))
            .SetForSpecialist(1, label, "fullTimeEquivalents", FactValue.FromNumber(1))
            .Build();
        var report = Ips25Scale.Engine.Score(facts);

        Assert.Contains(label, report.ToText(Ips25Scale.English), StringComparison.Ordinal);
        Assert.Contains(label, FidelityJson.WriteReport(report), StringComparison.Ordinal);
        Assert.Contains("PROGRAMME-LABEL", report.ToText(), StringComparison.Ordinal);
        Assert.Equal(label, report.Item(1).Errors[0].Specialist);

        var derived = FactDerivation.Derive(Programme(), DerivationOptions.For(new DateInterval(Day, Day.PlusDays(120))));
        Assert.All(derived.SpecialistLabels, l => Assert.Matches("^ES [0-9]+$", l));
    }
}
