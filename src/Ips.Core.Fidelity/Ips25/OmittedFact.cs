using Ips.Core.Records;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>A specialist left out of a per-specialist item because the records give nothing to measure.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Specialist">The specialist's label.</param>
/// <param name="Reason">Why (e.g. <see cref="ExclusionReason.EmptyCaseload"/>, <see cref="ExclusionReason.HoursNotRecorded"/>).</param>
public sealed record OmittedSpecialist(int Item, string Specialist, ExclusionReason Reason);

/// <summary>An item not derived because the records' source lacks a fact it needs (<see cref="DerivationOptions.SourceGaps"/>), and what the caller can supply.</summary>
/// <remarks>The item's derived facts are left out rather than computed from what is missing: the reviewer supplies them, or the caller supplies the fact beside the source and derives again.</remarks>
/// <param name="Item">The item number.</param>
/// <param name="Missing">The fact the source lacks.</param>
/// <param name="Records">How many of the source's records lack it (0: the source never has it).</param>
/// <param name="Remedy">What the caller can supply beside the source (from the <see cref="SourceGap"/>).</param>
public sealed record OmittedItem(int Item, SourceFact Missing, int Records, string Remedy);
