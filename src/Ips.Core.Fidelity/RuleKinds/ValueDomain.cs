namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>The range a scored value can take (for the band-coverage check); null bounds are unbounded.</summary>
internal readonly record struct ValueDomain(double? Min, bool MinExclusive, double? Max, bool MaxExclusive);
