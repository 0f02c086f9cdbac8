using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using FluentValidation.Results;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>The outcome of <see cref="ReviewRecord.TryCreate"/> (or of reading a record from JSON): the record, or the coded errors; warnings either way.</summary>
/// <remarks>
/// Each problem is a FluentValidation <see cref="ValidationFailure"/>: <see cref="ValidationFailure.ErrorCode"/> is one
/// of <see cref="ReviewRecordErrorCodes"/> (or a <c>Json.*</c> code when reading), <see cref="ValidationFailure.PropertyName"/>
/// the path in the JSON document (e.g. <c>items[3].ratings[1].score</c>), and the message names the rule in invariant
/// English. No message or attempted value carries an id. Immutable.
/// </remarks>
public sealed class ReviewRecordResult
{
    private readonly ReviewRecord? value;

    internal ReviewRecordResult(ReviewRecord? value, ImmutableArray<ValidationFailure> problems)
    {
        this.value = value;
        Problems = problems;
    }

    /// <summary>Whether the record was created (there may still be warnings).</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool Success => value is not null;

    /// <summary>The record, or null when it was not created.</summary>
    public ReviewRecord? ValueOrNull => value;

    /// <summary>The record.</summary>
    /// <exception cref="ValidationException">The record was not created; the exception lists the errors.</exception>
    public ReviewRecord Value => value ?? throw new ValidationException("The review record is not valid.", Errors);

    /// <summary>Every problem, errors and warnings, in the order found.</summary>
    public ImmutableArray<ValidationFailure> Problems { get; }

    /// <summary>The errors (problems of severity <see cref="Severity.Error"/>).</summary>
    public ImmutableArray<ValidationFailure> Errors => [.. Problems.Where(problem => problem.Severity == Severity.Error)];

    /// <summary>The warnings (plausible but odd: the record is still created).</summary>
    public ImmutableArray<ValidationFailure> Warnings => [.. Problems.Where(problem => problem.Severity == Severity.Warning)];
}
