using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Results;

/// <summary>
/// A plausibility warning: a fact value that is allowed but odd (a percentage that looks like a fraction, more than
/// 40 employer contacts a week), found by one of the scale's declared checks. It never changes a score.
/// </summary>
/// <param name="Code">The check's stable code, from the definition (e.g. <c>Warning.PercentLooksLikeFraction</c>); also the key of its message.</param>
/// <param name="Item">The item number.</param>
/// <param name="FactId">The fact checked.</param>
/// <param name="Specialist">The specialist label, for per-specialist facts (echoed as given: keep labels opaque); null for programme facts.</param>
/// <param name="Value">The value as given.</param>
/// <param name="Limit">The limit the value was judged against (1 for a fraction, 40 contacts, the review period's length in days).</param>
/// <param name="Path">Where the value is in the facts document, e.g. <c>items[1].specialists[0].facts.employmentServicesTimePercent</c>.</param>
/// <param name="Message">The check's message from the definition, in every language of the scale; <c>{value}</c> and <c>{limit}</c> are filled in when it is rendered.</param>
public sealed record FactWarning(string Code, int Item, string FactId, string? Specialist, double Value, double Limit, string Path, LocalizedText Message);
