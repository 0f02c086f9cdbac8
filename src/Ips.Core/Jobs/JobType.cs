using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>A job type: a STYRK-08 occupation code and the job's title.</summary>
/// <remarks>
/// Equality compares code and title; to count distinct job types (item 19) group by <see cref="Code"/>.
/// Immutable and thread-safe.
/// </remarks>
public sealed record JobType
{
    /// <summary>The longest title allowed.</summary>
    public const int MaxTitleLength = 200;

    private JobType(OccupationCode code, string title)
    {
        Code = code;
        Title = title;
    }

    /// <summary>The occupation code.</summary>
    public OccupationCode Code { get; }

    /// <summary>The job title, e.g. "Butikkmedarbeider".</summary>
    public string Title { get; }

    /// <summary>Creates a job type.</summary>
    /// <param name="code">The occupation code.</param>
    /// <param name="title">The title: not blank, at most <see cref="MaxTitleLength"/> characters.</param>
    /// <returns>The job type.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static JobType Create(OccupationCode code, string title) => TryCreate(code, title).GetValueOrThrow();

    /// <summary>Creates a job type without throwing.</summary>
    /// <param name="code">The occupation code.</param>
    /// <param name="title">The title: not blank, at most <see cref="MaxTitleLength"/> characters.</param>
    /// <returns>The job type or the broken rules.</returns>
    public static DomainResult<JobType> TryCreate(OccupationCode code, string title)
    {
        List<DomainError>? errors = null;
        NotNull(ref errors, code, nameof(Code));
        Text(ref errors, title, MaxTitleLength, nameof(Title));
        return errors is null ? new DomainResult<JobType>(new JobType(code, title)) : DomainResult<JobType>.Fail(errors);
    }
}
