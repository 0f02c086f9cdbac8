namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// The values a <see cref="CompiledValue"/> can still take over a <see cref="FactRange"/> space: the closed interval
/// <see cref="Lo"/>–<see cref="Hi"/> of the computable values (whole numbers only when <see cref="Integral"/>), and whether
/// it can be undefined (a zero denominator, an overflow).
/// </summary>
internal readonly record struct ValueRange(double Lo, double Hi, bool Integral, bool MayBeUndefined)
{
    /// <summary>No computable value, only (perhaps) an undefined one.</summary>
    public static ValueRange Undefined(bool mayBeUndefined) => new(double.PositiveInfinity, double.NegativeInfinity, false, mayBeUndefined);

    /// <summary>Whether no computable value is possible.</summary>
    public bool IsEmpty => !(Lo <= Hi);
}
