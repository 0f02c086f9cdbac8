using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.FollowAlong;

/// <summary>A dated follow-along contact supporting a working participant in a job (items 22 and 23).</summary>
/// <remarks>
/// The date may precede the job's start: item 23 asks for contact in the week before a job starts. Immutable and
/// thread-safe.
/// </remarks>
public sealed record FollowAlongContact
{
    private FollowAlongContact(LocalDate date, ParticipantId participant, JobId job, bool inPerson, FollowAlongProvider by)
    {
        Date = date;
        Participant = participant;
        Job = job;
        InPerson = inPerson;
        By = by;
    }

    /// <summary>The date of the contact.</summary>
    public LocalDate Date { get; }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The job the support concerned.</summary>
    public JobId Job { get; }

    /// <summary>Whether the contact was in person.</summary>
    public bool InPerson { get; }

    /// <summary>Who gave the support.</summary>
    public FollowAlongProvider By { get; }

    /// <summary>Creates a follow-along contact.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="job">The job.</param>
    /// <param name="inPerson">Whether in person.</param>
    /// <param name="by">Who gave the support.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="DomainException">An identifier is the default value or the provider is undefined.</exception>
    public static FollowAlongContact Create(LocalDate date, ParticipantId participant, JobId job, bool inPerson, FollowAlongProvider by) =>
        TryCreate(date, participant, job, inPerson, by).GetValueOrThrow();

    /// <summary>Creates a follow-along contact without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="job">The job.</param>
    /// <param name="inPerson">Whether in person.</param>
    /// <param name="by">Who gave the support.</param>
    /// <returns>The value or the broken rules.</returns>
    public static DomainResult<FollowAlongContact> TryCreate(LocalDate date, ParticipantId participant, JobId job, bool inPerson, FollowAlongProvider by)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        RequireId(ref errors, job, nameof(Job));
        Defined(ref errors, by, nameof(By));
        return errors is null ? new DomainResult<FollowAlongContact>(new FollowAlongContact(date, participant, job, inPerson, by)) : DomainResult<FollowAlongContact>.Fail(errors);
    }
}
