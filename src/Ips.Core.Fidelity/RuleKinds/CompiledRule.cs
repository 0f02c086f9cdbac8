namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled rule: the evaluator a <see cref="RuleKindBase"/> makes, with fact ids resolved to slots.</summary>
internal abstract class CompiledRule
{
    public abstract Outcome Evaluate(in FactSet facts);

    /// <summary>
    /// Every outcome the rule can have over <paramref name="space"/> (policy 4: some facts missing), found from the rule's
    /// structure, not by trying values. The rule may narrow <paramref name="space"/> in place as it goes (the caller passes
    /// a copy it no longer needs).
    /// </summary>
    public abstract PossibleOutcomes Possible(Span<FactRange> space);
}
