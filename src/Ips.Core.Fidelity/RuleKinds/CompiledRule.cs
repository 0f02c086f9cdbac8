namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled rule: the evaluator a <see cref="RuleKindBase"/> makes, with fact ids resolved to slots.</summary>
internal abstract class CompiledRule
{
    public abstract Outcome Evaluate(in FactSet facts);
}
