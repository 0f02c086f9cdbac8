namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>The truths a condition can still take over a <see cref="FactRange"/> space: any of true, false and unknown.</summary>
internal readonly record struct TruthSet(bool CanBeTrue, bool CanBeFalse, bool CanBeUnknown)
{
    /// <summary>No truth: the space is empty.</summary>
    public static TruthSet None => default;

    /// <summary>Exactly <paramref name="truth"/>.</summary>
    public static TruthSet Only(Truth truth) => new(truth == Truth.True, truth == Truth.False, truth == Truth.Unknown);

    /// <summary>Whether the condition can be anything other than false (true or unknown).</summary>
    public bool CanBeNonFalse => CanBeTrue || CanBeUnknown;

    /// <summary>Whether the condition can be anything other than true (false or unknown).</summary>
    public bool CanBeNonTrue => CanBeFalse || CanBeUnknown;
}
