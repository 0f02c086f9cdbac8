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
using static Ips.Core.Identity.IdPreconditions;

namespace Ips.Core.Programmes;

/// <content>The mutable builder for bulk construction.</content>
public sealed partial class IpsProgramme
{
    /// <summary>Collects a programme's records and checks every cross-record rule once, on <see cref="TryBuild"/> or <see cref="Build"/>.</summary>
    /// <remarks>
    /// Adding is amortised O(1); building is O(n) in the number of records (hash sets over identifiers), so 200 000
    /// participants and millions of contacts build in one pass. Records are validated on their own when created;
    /// the builder checks only the rules between them. Not thread-safe; the built programme is.
    /// </remarks>
    public sealed class Builder
    {
        internal Builder(ProgrammeId id)
        {
            List<DomainError>? errors = null;
            RequireId(ref errors, id, nameof(Id));
            if (errors is not null)
            {
                throw new DomainException(errors);
            }

            Id = id;
        }

        internal Builder(IpsProgramme source)
        {
            Id = source.Id;

            // A programme that kept inconsistent exits as findings keeps them when rebuilt.
            ExitConsistency = source._exitFindings.IsEmpty ? ExitConsistency.Refuse : ExitConsistency.Report;
            Specialists.AddRange(source.Specialists);
            Caseloads.AddRange(source.Caseloads);
            Participants.AddRange(source.Participants);
            Employers.AddRange(source.Employers);
            EmployerContacts.AddRange(source.EmployerContacts);
            Jobs.AddRange(source.Jobs);
            WorkTrials.AddRange(source.WorkTrials);
            FollowAlongContacts.AddRange(source.FollowAlongContacts);
            BenefitsPlanningSessions.AddRange(source.BenefitsPlanningSessions);
            DisclosureHistories.AddRange(source.DisclosureHistories);
            DisclosureDiscussions.AddRange(source.DisclosureDiscussions);
            OutreachAttempts.AddRange(source.OutreachAttempts);
        }

        /// <summary>The programme's identifier.</summary>
        public ProgrammeId Id { get; }

        /// <summary>What building does with an exit whose reason, status and jobs disagree; <see cref="ExitConsistency.Refuse"/> by default.</summary>
        /// <remarks>Use <see cref="ExitConsistency.Report"/> when loading existing records, so that nothing recorded is lost and each inconsistency is in <see cref="IpsProgramme.Findings"/>.</remarks>
        public ExitConsistency ExitConsistency { get; set; }

        internal ImmutableArray<EmploymentSpecialist>.Builder Specialists { get; } = ImmutableArray.CreateBuilder<EmploymentSpecialist>();

        internal ImmutableArray<Caseload>.Builder Caseloads { get; } = ImmutableArray.CreateBuilder<Caseload>();

        internal ImmutableArray<Participant>.Builder Participants { get; } = ImmutableArray.CreateBuilder<Participant>();

        internal ImmutableArray<Employer>.Builder Employers { get; } = ImmutableArray.CreateBuilder<Employer>();

        internal ImmutableArray<EmployerContact>.Builder EmployerContacts { get; } = ImmutableArray.CreateBuilder<EmployerContact>();

        internal ImmutableArray<Job>.Builder Jobs { get; } = ImmutableArray.CreateBuilder<Job>();

        internal ImmutableArray<WorkTrial>.Builder WorkTrials { get; } = ImmutableArray.CreateBuilder<WorkTrial>();

        internal ImmutableArray<FollowAlongContact>.Builder FollowAlongContacts { get; } = ImmutableArray.CreateBuilder<FollowAlongContact>();

        internal ImmutableArray<BenefitsPlanningSession>.Builder BenefitsPlanningSessions { get; } = ImmutableArray.CreateBuilder<BenefitsPlanningSession>();

        internal ImmutableArray<DisclosureHistory>.Builder DisclosureHistories { get; } = ImmutableArray.CreateBuilder<DisclosureHistory>();

        internal ImmutableArray<DisclosureDiscussion>.Builder DisclosureDiscussions { get; } = ImmutableArray.CreateBuilder<DisclosureDiscussion>();

        internal ImmutableArray<OutreachAttempt>.Builder OutreachAttempts { get; } = ImmutableArray.CreateBuilder<OutreachAttempt>();

        /// <summary>Adds a specialist.</summary>
        /// <param name="specialist">The specialist.</param>
        /// <returns>This builder.</returns>
        public Builder Add(EmploymentSpecialist specialist) => Append(Specialists, specialist);

        /// <summary>Adds a caseload.</summary>
        /// <param name="caseload">The caseload.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Caseload caseload) => Append(Caseloads, caseload);

        /// <summary>Adds a participant.</summary>
        /// <param name="participant">The participant.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Participant participant) => Append(Participants, participant);

        /// <summary>Adds an employer.</summary>
        /// <param name="employer">The employer.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Employer employer) => Append(Employers, employer);

        /// <summary>Adds an employer contact.</summary>
        /// <param name="contact">The contact.</param>
        /// <returns>This builder.</returns>
        public Builder Add(EmployerContact contact) => Append(EmployerContacts, contact);

        /// <summary>Adds a job.</summary>
        /// <param name="job">The job.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Job job) => Append(Jobs, job);

        /// <summary>Adds a work trial.</summary>
        /// <param name="workTrial">The work trial.</param>
        /// <returns>This builder.</returns>
        public Builder Add(WorkTrial workTrial) => Append(WorkTrials, workTrial);

        /// <summary>Adds a follow-along contact.</summary>
        /// <param name="contact">The contact.</param>
        /// <returns>This builder.</returns>
        public Builder Add(FollowAlongContact contact) => Append(FollowAlongContacts, contact);

        /// <summary>Adds a benefits-planning session.</summary>
        /// <param name="session">The session.</param>
        /// <returns>This builder.</returns>
        public Builder Add(BenefitsPlanningSession session) => Append(BenefitsPlanningSessions, session);

        /// <summary>Adds a participant's disclosure history.</summary>
        /// <param name="history">The history.</param>
        /// <returns>This builder.</returns>
        public Builder Add(DisclosureHistory history) => Append(DisclosureHistories, history);

        /// <summary>Adds a disclosure discussion.</summary>
        /// <param name="discussion">The discussion.</param>
        /// <returns>This builder.</returns>
        public Builder Add(DisclosureDiscussion discussion) => Append(DisclosureDiscussions, discussion);

        /// <summary>Adds an outreach attempt.</summary>
        /// <param name="attempt">The attempt.</param>
        /// <returns>This builder.</returns>
        public Builder Add(OutreachAttempt attempt) => Append(OutreachAttempts, attempt);

        /// <summary>Checks the cross-record rules and builds the programme.</summary>
        /// <returns>The programme.</returns>
        /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Programme"/>.</exception>
        public IpsProgramme Build() => TryBuild().GetValueOrThrow();

        /// <summary>Checks the cross-record rules and builds the programme without throwing.</summary>
        /// <returns>The programme, or every broken rule.</returns>
        public DomainResult<IpsProgramme> TryBuild()
        {
            List<DomainError>? undefined = null;
            Preconditions.Defined(ref undefined, ExitConsistency, nameof(ExitConsistency));
            if (undefined is not null)
            {
                return DomainResult<IpsProgramme>.Fail(undefined);
            }

            var checker = new ProgrammeChecker(this);
            var errors = checker.Check();
            return errors is null
                ? new DomainResult<IpsProgramme>(new IpsProgramme(this, checker.Findings))
                : DomainResult<IpsProgramme>.Fail(errors);
        }

        private Builder Append<T>(ImmutableArray<T>.Builder target, T item)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(item);
            target.Add(item);
            return this;
        }
    }
}
