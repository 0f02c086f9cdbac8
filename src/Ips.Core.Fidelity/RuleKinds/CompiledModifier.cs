namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled modifier: its position on the item, its definition, its kind and its condition.</summary>
internal sealed class CompiledModifier(int index, ModifierDefinition definition, ModifierKindBase kind, CompiledCondition condition)
{
    public int Index { get; } = index;

    public ModifierDefinition Definition { get; } = definition;

    public CompiledCondition Condition { get; } = condition;

    private readonly int limit = definition.Score;

    public int Apply(int score) => kind.Apply(score, limit);
}
