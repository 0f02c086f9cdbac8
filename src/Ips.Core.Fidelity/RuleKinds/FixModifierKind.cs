namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="ModifierKind.Fix"/>: the score is exactly the modifier's score.</summary>
internal sealed class FixModifierKind : ModifierKindBase
{
    public static FixModifierKind Instance { get; } = new();

    private FixModifierKind()
    {
    }

    public override ModifierKind Kind => ModifierKind.Fix;

    public override string Name => "fix";

    public override string Effect => "exactly";

    public override int Apply(int score, int limit) => limit;
}
