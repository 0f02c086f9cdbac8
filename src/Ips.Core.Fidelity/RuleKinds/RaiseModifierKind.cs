namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="ModifierKind.Raise"/>: the score is at least the modifier's score.</summary>
internal sealed class RaiseModifierKind : ModifierKindBase
{
    public static RaiseModifierKind Instance { get; } = new();

    private RaiseModifierKind()
    {
    }

    public override ModifierKind Kind => ModifierKind.Raise;

    public override string Name => "raise";

    public override string Effect => "at least";

    public override int Apply(int score, int limit) => Math.Max(score, limit);
}
