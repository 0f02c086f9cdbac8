using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>How independent reviewers agree: the items they rated differently, exact agreement, agreement within one point, and quadratic weighted kappa.</summary>
/// <remarks>
/// <para>
/// With two reviewers, <see cref="ExactAgreement"/>, <see cref="WithinOne"/> and <see cref="WeightedKappa"/> are those of
/// the one pair. With more, the shares count the items every reviewer rated (exact: all gave the same score; within
/// one: the highest minus the lowest is at most 1), and the kappa is the <b>mean of the pairwise</b> Cohen's
/// quadratic weighted kappas (Light's approach to many raters, with weights), over the pairs whose kappa is defined;
/// each pair is in <see cref="Pairs"/>.
/// </para>
/// <para>Consensus is never computed here: <see cref="Disagreements"/> shows the consensus the reviewers recorded, when they did. Immutable.</para>
/// </remarks>
public sealed record AgreementResult
{
    /// <summary>The reviewer ids, in the order of every per-reviewer list.</summary>
    public required ImmutableArray<string> Reviewers { get; init; }

    /// <summary>How many items every reviewer rated (the base of <see cref="ExactAgreement"/> and <see cref="WithinOne"/>).</summary>
    public int ItemsCompared { get; init; }

    /// <summary>The items where the scores given differ, in item order.</summary>
    public required ImmutableArray<ItemDisagreement> Disagreements { get; init; }

    /// <summary>The share (0–1) of the compared items where every reviewer gave the same score; null when no item was compared.</summary>
    public double? ExactAgreement { get; init; }

    /// <summary>The share (0–1) of the compared items whose scores lie within one point; null when no item was compared.</summary>
    public double? WithinOne { get; init; }

    /// <summary>Quadratic weighted kappa: Cohen's for two reviewers, the mean over pairs for more; null when no pair's kappa is defined.</summary>
    public double? WeightedKappa { get; init; }

    /// <summary>Every pair of reviewers, in order (first, second).</summary>
    public required ImmutableArray<PairAgreement> Pairs { get; init; }

    /// <summary>The facts the reviewers recorded differently, when the ratings were scored from each reviewer's facts; empty otherwise.</summary>
    public ImmutableArray<FactDifference> FactDifferences { get => factDifferences; init => factDifferences = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactDifference> factDifferences = [];
}
