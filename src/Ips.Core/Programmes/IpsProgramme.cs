using System.Collections.Immutable;
using Ips.Core.Benefits;
using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Programmes;

/// <summary>One IPS programme's records as an immutable aggregate, with the rules that span records.</summary>
/// <remarks>
/// <para>
/// Cross-record rules: identifiers are unique per kind; each specialist has at most one caseload; a participant is on
/// at most one caseload and only while not exited; every reference (specialist, participant, employer, job) points at
/// a record in the programme; a follow-along contact's job belongs to its participant; a participant has at most one
/// disclosure history. Errors locate the record by collection and index (e.g. <c>Jobs[12].Employer</c>) and never
/// echo identifiers other than the programme's.
/// </para>
/// <para>
/// Caseload capacity is enforced when a participant is assigned (<see cref="TryAddToCaseload"/>, <see cref="Caseload.TryAdd"/>),
/// not when records are loaded: a caseload loaded with <see cref="Caseload.FromRecords"/> keeps every participant, and
/// each caseload over capacity is reported in <see cref="Findings"/> (<see cref="ErrorCodes.Caseload.OverCapacity"/>), not thrown.
/// </para>
/// <para>
/// Build large programmes with <see cref="Builder"/>: it collects records and checks every rule in one pass, in time
/// linear in the number of records. Collections are <see cref="ImmutableArray{T}"/> in the order added. Jobs and work
/// trials are separate collections of unrelated types, so a work trial can never be counted as a job.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class IpsProgramme
{
    private readonly ImmutableArray<DomainFinding> _exitFindings;

    private IpsProgramme(Builder b, List<DomainFinding>? exitFindings)
    {
        Id = b.Id;
        Specialists = b.Specialists.ToImmutable();
        Caseloads = b.Caseloads.ToImmutable();
        Participants = b.Participants.ToImmutable();
        Employers = b.Employers.ToImmutable();
        EmployerContacts = b.EmployerContacts.ToImmutable();
        Jobs = b.Jobs.ToImmutable();
        WorkTrials = b.WorkTrials.ToImmutable();
        FollowAlongContacts = b.FollowAlongContacts.ToImmutable();
        BenefitsPlanningSessions = b.BenefitsPlanningSessions.ToImmutable();
        DisclosureHistories = b.DisclosureHistories.ToImmutable();
        DisclosureDiscussions = b.DisclosureDiscussions.ToImmutable();
        OutreachAttempts = b.OutreachAttempts.ToImmutable();
        _exitFindings = exitFindings is null ? [] : [.. exitFindings];
        Findings = FindingsFor(Id, Caseloads, _exitFindings);
    }

    private IpsProgramme(IpsProgramme source, ImmutableArray<Caseload> caseloads)
    {
        Id = source.Id;
        Specialists = source.Specialists;
        Caseloads = caseloads;
        Participants = source.Participants;
        Employers = source.Employers;
        EmployerContacts = source.EmployerContacts;
        Jobs = source.Jobs;
        WorkTrials = source.WorkTrials;
        FollowAlongContacts = source.FollowAlongContacts;
        BenefitsPlanningSessions = source.BenefitsPlanningSessions;
        DisclosureHistories = source.DisclosureHistories;
        DisclosureDiscussions = source.DisclosureDiscussions;
        OutreachAttempts = source.OutreachAttempts;
        _exitFindings = source._exitFindings;
        Findings = FindingsFor(Id, caseloads, _exitFindings);
    }

    /// <summary>The programme's identifier.</summary>
    public ProgrammeId Id { get; }

    /// <summary>The employment specialists.</summary>
    public ImmutableArray<EmploymentSpecialist> Specialists { get; }

    /// <summary>The caseloads, at most one per specialist.</summary>
    public ImmutableArray<Caseload> Caseloads { get; }

    /// <summary>The participants, active and exited.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>The employers.</summary>
    public ImmutableArray<Employer> Employers { get; }

    /// <summary>The employer contacts.</summary>
    public ImmutableArray<EmployerContact> EmployerContacts { get; }

    /// <summary>The paid jobs (never work trials).</summary>
    public ImmutableArray<Job> Jobs { get; }

    /// <summary>The unpaid work trials and sheltered work.</summary>
    public ImmutableArray<WorkTrial> WorkTrials { get; }

    /// <summary>The follow-along contacts.</summary>
    public ImmutableArray<FollowAlongContact> FollowAlongContacts { get; }

    /// <summary>The benefits-planning sessions.</summary>
    public ImmutableArray<BenefitsPlanningSession> BenefitsPlanningSessions { get; }

    /// <summary>The disclosure histories, at most one per participant.</summary>
    public ImmutableArray<DisclosureHistory> DisclosureHistories { get; }

    /// <summary>The disclosure discussions.</summary>
    public ImmutableArray<DisclosureDiscussion> DisclosureDiscussions { get; }

    /// <summary>The outreach attempts.</summary>
    public ImmutableArray<OutreachAttempt> OutreachAttempts { get; }

    /// <summary>What the records show that is accepted but worth knowing, in caseload order; empty when nothing is.</summary>
    /// <remarks>
    /// One <see cref="ErrorCodes.Caseload.OverCapacity"/> finding per caseload loaded from records with more
    /// participants than its capacity (<see cref="Caseload.IsOverCapacity"/>). The programme keeps every participant, so
    /// derived caseload sizes are the true ones; assigning to such a caseload fails until it is below capacity.
    /// Then, in participant order, one finding per inconsistent exit of a programme built with
    /// <see cref="ExitConsistency.Report"/> (<see cref="ErrorCodes.Programme.ExitWorkWithoutJob"/> and the codes after it);
    /// every exit is kept as recorded.
    /// </remarks>
    public ImmutableArray<DomainFinding> Findings { get; }

    /// <summary>Starts building a programme.</summary>
    /// <param name="id">The programme's identifier.</param>
    /// <returns>An empty builder.</returns>
    public static Builder CreateBuilder(ProgrammeId id) => new(id);

    /// <summary>Starts a builder holding this programme's records, to add more.</summary>
    /// <returns>A builder with every record of this programme.</returns>
    public Builder ToBuilder() => new(this);

    /// <summary>Adds a participant to a specialist's caseload, checking the programme's rules and the caseload's.</summary>
    /// <param name="specialist">The specialist whose caseload receives the participant.</param>
    /// <param name="participant">A participant in the programme who has not exited.</param>
    /// <returns>A new programme; this one is unchanged.</returns>
    /// <exception cref="DomainException">A rule is broken, e.g. <see cref="ErrorCodes.Caseload.OnAnotherCaseload"/> or <see cref="ErrorCodes.Caseload.Full"/>.</exception>
    public IpsProgramme AddToCaseload(SpecialistId specialist, ParticipantId participant) =>
        TryAddToCaseload(specialist, participant).GetValueOrThrow();

    /// <summary>Adds a participant to a specialist's caseload without throwing.</summary>
    /// <param name="specialist">The specialist whose caseload receives the participant.</param>
    /// <param name="participant">A participant in the programme who has not exited.</param>
    /// <returns>A new programme, or the broken rules; this programme is unchanged either way.</returns>
    public DomainResult<IpsProgramme> TryAddToCaseload(SpecialistId specialist, ParticipantId participant)
    {
        List<DomainError>? errors = null;
        var target = -1;
        for (var i = 0; i < Caseloads.Length; i++)
        {
            if (Caseloads[i].Specialist == specialist)
            {
                target = i;
            }
            else if (Caseloads[i].Contains(participant))
            {
                Add(ref errors, ErrorCodes.Caseload.OnAnotherCaseload, $"{nameof(Caseloads)}[{i}]", OnAnotherCaseloadMessage(i));
            }
        }

        if (target < 0)
        {
            Add(ref errors, ErrorCodes.Programme.UnknownSpecialist, nameof(Caseloads), UnknownMessage(nameof(Caseloads), "a caseload for the specialist"));
        }

        var known = Participants.FirstOrDefault(p => p.Id == participant);
        if (known is null)
        {
            Add(ref errors, ErrorCodes.Programme.UnknownParticipant, nameof(Participants), UnknownMessage(nameof(Participants), "the participant"));
        }
        else if (known.HasExited)
        {
            Add(ref errors, ErrorCodes.Programme.ExitedParticipantOnCaseload, nameof(Participants), ExitedMessage(nameof(Participants)));
        }

        if (errors is not null)
        {
            return DomainResult<IpsProgramme>.Fail(errors);
        }

        var added = Caseloads[target].TryAdd(participant);
        if (!added.IsSuccess)
        {
            // Say which caseload refused, by position; the caseload's own message says which rule.
            return new DomainResult<IpsProgramme>([.. added.Errors.Select(e => e with { PropertyName = $"{nameof(Caseloads)}[{target}].{e.PropertyName}", Message = $"Caseloads[{target}] in programme '{Id.Value}': {e.Message}" })]);
        }

        return new DomainResult<IpsProgramme>(new IpsProgramme(this, Caseloads.SetItem(target, added.Value)));
    }

    /// <summary>Returns a summary without identifiers of people, e.g. <c>IpsProgramme(p1: 3 specialists, 40 participants, 12 jobs)</c>.</summary>
    /// <returns>A non-identifying summary.</returns>
    public override string ToString() =>
        Invariant($"IpsProgramme({Id.Value}: {Specialists.Length} specialists, {Participants.Length} participants, {Jobs.Length} jobs)");

    private static ImmutableArray<DomainFinding> FindingsFor(ProgrammeId id, ImmutableArray<Caseload> caseloads, ImmutableArray<DomainFinding> exitFindings)
    {
        ImmutableArray<DomainFinding>.Builder? findings = null;
        for (var i = 0; i < caseloads.Length; i++)
        {
            var caseload = caseloads[i];
            if (caseload.IsOverCapacity)
            {
                findings ??= ImmutableArray.CreateBuilder<DomainFinding>();
                findings.Add(new DomainFinding(
                    ErrorCodes.Caseload.OverCapacity,
                    $"{nameof(Caseloads)}[{i}]",
                    Invariant($"Caseloads[{i}] in programme '{id.Value}' holds more participants than its capacity ({caseload.Describe()}); kept as recorded, and no participant can be assigned to it until it is below capacity.")));
            }
        }

        if (findings is null)
        {
            return exitFindings;
        }

        findings.AddRange(exitFindings);
        return findings.ToImmutable();
    }

    private string OnAnotherCaseloadMessage(int index) =>
        Invariant($"The participant (id not shown) is already on Caseloads[{index}] in programme '{Id.Value}'; a participant is on at most one caseload in a programme.");

    private string UnknownMessage(string property, string what) =>
        Invariant($"{property}: {what} (id not shown) is not in programme '{Id.Value}'; references must point at records in the programme.");

    private static string ExitedMessage(string property) =>
        Invariant($"{property}: the participant (id not shown) has exited; caseloads hold active participants only.");
}
