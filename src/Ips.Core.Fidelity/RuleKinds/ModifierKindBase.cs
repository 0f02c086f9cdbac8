using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// One modifier kind, whole: it validates a <see cref="ModifierDefinition"/>, compiles it, applies it to the base
/// rule's score and describes it for the item reference. The kinds are listed in <see cref="RuleKindRegistry"/>.
/// </summary>
internal abstract class ModifierKindBase
{
    /// <summary>The kind this type implements.</summary>
    public abstract ModifierKind Kind { get; }

    /// <summary>The kind's name in the JSON definition and the docs (e.g. <c>cap</c>).</summary>
    public abstract string Name { get; }

    /// <summary>What the kind does to the score, in words before the limit (e.g. <c>at most</c>).</summary>
    public abstract string Effect { get; }

    /// <summary>The score after the modifier, given the base <paramref name="score"/> and the modifier's <paramref name="limit"/>.</summary>
    public abstract int Apply(int score, int limit);

    /// <summary>Checks a modifier (its condition, score and reason); every kind has the same members.</summary>
    public virtual void Validate(ModifierDefinition modifier, IRuleValidationContext context, string path)
    {
        CompiledCondition.Validate(modifier.When, context, path + ".when");
        context.CheckScore(modifier.Score, path + ".score");
        context.RequireText(modifier.Reason, path + ".reason", "The modifier reason");
    }

    /// <summary>Compiles the modifier at position <paramref name="index"/> of its item.</summary>
    public CompiledModifier Compile(int index, ModifierDefinition modifier, IRuleCompilationContext context) =>
        new(index, modifier, this, CompiledCondition.Compile(modifier.When, context));

    /// <summary>Writes the modifier in plain words, with its reason in every language.</summary>
    public void Describe(ModifierDefinition modifier, IRuleDescriptionWriter writer)
    {
        writer.Line($"- {Name}: {Effect} {Num(modifier.Score)} when {CompiledCondition.Describe(modifier.When)}.");
        writer.Line($"  {writer.Inline(modifier.Reason)}");
    }
}
