namespace Ips.Core.Fidelity.Ips25;

/// <summary>A specialist left out of a per-specialist item because the records give nothing to measure.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Specialist">The specialist's label.</param>
/// <param name="Reason">Why (e.g. <see cref="ExclusionReason.EmptyCaseload"/>, <see cref="ExclusionReason.HoursNotRecorded"/>).</param>
public sealed record OmittedSpecialist(int Item, string Specialist, ExclusionReason Reason);
