namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// One generic rule kind, whole: it validates its part of a <see cref="RuleDefinition"/>, compiles it to its evaluator
/// (which it also holds) and describes it for the item reference. The kinds are listed in <see cref="RuleKindRegistry"/>.
/// </summary>
/// <remarks>Stateless singletons; <see cref="RuleKindRegistry"/> dispatches on <see cref="RuleDefinition.Kind"/>.</remarks>
internal abstract class RuleKindBase
{
    /// <summary>The kind this type implements.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>The kind's name in the JSON definition and the docs (e.g. <c>bands</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Checks the kind's members of <paramref name="rule"/> (at <paramref name="path"/>, e.g. <c>items[3].rule</c>).</summary>
    public abstract void Validate(RuleDefinition rule, IRuleValidationContext context, string path);

    /// <summary>Compiles a validated <paramref name="rule"/> to its evaluator.</summary>
    public abstract CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context);

    /// <summary>Writes the rule in plain words, each line after <paramref name="indent"/>.</summary>
    public abstract void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent);
}
