namespace Ips.Core.Fidelity.Ips25;

/// <summary>One specialist's part of a fact pooled over specialists (item 24: community hours of scheduled hours).</summary>
/// <remarks>Carried in <see cref="FactProvenance.SpecialistShares"/>; the pooled fact itself is the programme's. Immutable and thread-safe.</remarks>
/// <param name="Specialist">The specialist's opaque label (e.g. <c>ES 2</c>).</param>
/// <param name="Percent">The specialist's own share: community hours ÷ scheduled hours × 100.</param>
/// <param name="CommunityHours">Community hours per week, as recorded.</param>
/// <param name="ScheduledHours">Scheduled hours per week, as recorded (greater than 0).</param>
public sealed record SpecialistShare(string Specialist, double Percent, double CommunityHours, double ScheduledHours);
