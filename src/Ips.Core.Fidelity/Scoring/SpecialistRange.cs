namespace Ips.Core.Fidelity.Scoring;

/// <summary>
/// One specialist's possible scores on a per-specialist item while facts are missing (policy 4): <see cref="Low"/>–<see cref="High"/>,
/// whether it may be excluded, and whether it can be scored at all.
/// </summary>
internal readonly record struct SpecialistRange(int Low, int High, bool MayBeExcluded, bool CanBeScored);
