namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="ModifierKind.Cap"/>: the score is at most the modifier's score.</summary>
internal sealed class CapModifierKind : ModifierKindBase
{
    public static CapModifierKind Instance { get; } = new();

    private CapModifierKind()
    {
    }

    public override ModifierKind Kind => ModifierKind.Cap;

    public override string Name => "cap";

    public override string Effect => "at most";

    public override int Apply(int score, int limit) => Math.Min(score, limit);
}
