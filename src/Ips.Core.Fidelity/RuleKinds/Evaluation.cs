using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>Three-valued truth: a condition that needs a missing fact is unknown.</summary>
internal enum Truth : byte
{
    False = 0,
    True = 1,
    Unknown = 2,
}

/// <summary>Whether a value could be computed.</summary>
internal enum ValueStatus : byte
{
    Ok = 0,
    Missing = 1,
    Undefined = 2,
}

/// <summary>What a rule yields for one fact set.</summary>
internal enum OutcomeKind : byte
{
    Score = 0,
    NotRated = 1,
    Missing = 2,
    Undefined = 3,
}

/// <summary>A rule's outcome: a score, "not rated" with a reason, or "cannot decide" (missing/undefined value).</summary>
internal readonly struct Outcome
{
    private Outcome(OutcomeKind kind, int score, LocalizedText? reason)
    {
        Kind = kind;
        Score = score;
        Reason = reason;
    }

    public OutcomeKind Kind { get; }

    public int Score { get; }

    public LocalizedText? Reason { get; }

    public static Outcome Missing => new(OutcomeKind.Missing, 0, null);

    public static Outcome Undefined => new(OutcomeKind.Undefined, 0, null);

    public static Outcome Rated(int score) => new(OutcomeKind.Score, score, null);

    public static Outcome NotRated(LocalizedText reason) => new(OutcomeKind.NotRated, 0, reason);

    public static Outcome From(ValueStatus status) => status == ValueStatus.Missing ? Missing : Undefined;
}

/// <summary>
/// The facts of one fact set, resolved to the item's fact slots: <c>slots[i]</c> is the index in <c>entries</c> of
/// declared fact <c>i</c>, or -1 when absent. Facts are validated before evaluation, so present values fit their kind
/// and domain.
/// </summary>
internal readonly ref struct FactSet
{
    private readonly ReadOnlySpan<FactEntry> entries;
    private readonly ReadOnlySpan<int> slots;

    public FactSet(ReadOnlySpan<FactEntry> entries, ReadOnlySpan<int> slots)
    {
        this.entries = entries;
        this.slots = slots;
    }

    public bool TryGetNumber(int slot, out double value)
    {
        var index = slots[slot];
        if (index >= 0 && entries[index].Value.Number is { } number)
        {
            value = number;
            return true;
        }

        value = 0;
        return false;
    }

    public bool TryGetElementCount(int slot, out int count)
    {
        var index = slots[slot];
        if (index >= 0)
        {
            var elements = entries[index].Value.Elements;
            count = elements.IsDefault ? 0 : elements.Length;
            return true;
        }

        count = 0;
        return false;
    }

    public bool TryGetLevel(int slot, out string? level)
    {
        var index = slots[slot];
        if (index >= 0)
        {
            level = entries[index].Value.Level;
            return level is not null;
        }

        level = null;
        return false;
    }

    public bool TryGetFlag(int slot, out bool flag)
    {
        var index = slots[slot];
        if (index >= 0 && entries[index].Value.Flag is { } value)
        {
            flag = value;
            return true;
        }

        flag = false;
        return false;
    }
}
