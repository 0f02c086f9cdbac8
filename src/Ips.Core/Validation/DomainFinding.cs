namespace Ips.Core.Validation;

/// <summary>Something worth knowing about valid records, reported beside them rather than thrown: a warning-like finding.</summary>
/// <remarks>
/// Records that break a rule are refused with a <see cref="DomainError"/>. A finding is for records that are accepted
/// as they are but describe a state the domain would not let anyone create by assignment, e.g. a caseload loaded from
/// records over its capacity (<see cref="ErrorCodes.Caseload.OverCapacity"/>). Messages never hold identity values of
/// people. Immutable and thread-safe.
/// </remarks>
/// <param name="Code">The stable finding code, one of the constants in <see cref="ErrorCodes"/>.</param>
/// <param name="PropertyName">The record the finding concerns, e.g. <c>Caseloads[2]</c>.</param>
/// <param name="Message">An invariant-culture message naming the record, the values and the rule.</param>
public sealed record DomainFinding(string Code, string PropertyName, string Message);
