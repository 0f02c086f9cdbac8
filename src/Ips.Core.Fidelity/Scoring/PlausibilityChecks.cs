using System.Globalization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>One fact a declared plausibility check looks at, compiled onto its item.</summary>
/// <param name="Definition">The check.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="FactId">The fact checked.</param>
internal sealed record WarningTarget(WarningDefinition Definition, WarningKindBase Kind, string FactId);

/// <summary>
/// Runs the scale's plausibility checks over a review's facts, once per review and only for the items a check names.
/// Nothing is allocated unless a check holds. Warnings never change a score.
/// </summary>
internal static class PlausibilityChecks
{
    /// <summary>The checks' targets by item position (an empty array for an item no check names) and the positions that have any, in item order.</summary>
    public static (WarningTarget[][] Targets, int[] Checked) Compile(ScaleDefinition definition, CompiledItem[] items)
    {
        var targets = new List<WarningTarget>?[items.Length];
        foreach (var warning in definition.Warnings)
        {
            var kind = RuleKindRegistry.Find(warning.Kind)!; // validated
            foreach (var fact in warning.Facts)
            {
                for (var i = 0; i < items.Length; i++)
                {
                    if (items[i].Number == fact.Item)
                    {
                        (targets[i] ??= []).Add(new WarningTarget(warning, kind, fact.Fact));
                    }
                }
            }
        }

        var compiled = new WarningTarget[items.Length][];
        var positions = new List<int>();
        for (var i = 0; i < items.Length; i++)
        {
            compiled[i] = targets[i] is { } list ? [.. list] : [];
            if (compiled[i].Length > 0)
            {
                positions.Add(i);
            }
        }

        return (compiled, [.. positions]);
    }

    /// <summary>
    /// Checks every item some check names whose facts were accepted (<paramref name="scores"/> not invalid), in item
    /// order, adding what it finds to <paramref name="warnings"/>.
    /// </summary>
    /// <param name="compiled">The compiled scale.</param>
    /// <param name="facts">The review.</param>
    /// <param name="scores">Each item's score, by position in the scale.</param>
    /// <param name="positions">Where each item's facts are in <paramref name="facts"/> (by position in the scale; negative when not given once).</param>
    /// <param name="warnings">Where warnings go (made on the first).</param>
    public static void Evaluate(CompiledScale compiled, ReviewFacts? facts, ReadOnlySpan<ItemScore> scores, ReadOnlySpan<int> positions, ref List<FactWarning>? warnings)
    {
        if (facts is null || compiled.CheckedItems.Length == 0)
        {
            return;
        }

        var given = facts.Items;
        var periodDays = PeriodDays(facts);
        foreach (var index in compiled.CheckedItems)
        {
            // Accepted facts name an item once, so a checked item's facts are where scoring found them.
            var position = positions[index];
            if (position >= 0 && scores[index].Status != ItemStatus.Invalid)
            {
                EvaluateItem(compiled, index, given[position], position, periodDays, ref warnings);
            }
        }
    }

    /// <summary>The length of the review's period in days, both ends counted; 0 when it states none.</summary>
    public static int PeriodDays(ReviewFacts facts) => facts.ReviewPeriod?.Length ?? 0;

    /// <summary>Checks one item's accepted facts (given at <paramref name="position"/> of the review's items).</summary>
    public static void EvaluateItem(CompiledScale compiled, int index, ItemFacts facts, int position, int periodDays, ref List<FactWarning>? warnings)
    {
        var targets = compiled.WarningTargets[index];
        if (targets.Length == 0)
        {
            return;
        }

        var number = compiled.Items[index].Number;
        foreach (var target in targets)
        {
            var limit = target.Kind.LimitFor(target.Definition, periodDays);
            if (double.IsNaN(limit))
            {
                continue;
            }

            var scope = target.Definition.Scope;
            if (scope != WarningScope.PerSpecialist && !facts.Programme.IsDefaultOrEmpty)
            {
                Check(target, limit, number, facts.Programme.AsSpan(), null, position, -1, ref warnings);
            }

            if (scope != WarningScope.Programme && !facts.Specialists.IsDefaultOrEmpty)
            {
                var specialists = facts.Specialists;
                for (var s = 0; s < specialists.Length; s++)
                {
                    if (specialists[s] is { } specialist && !specialist.Facts.IsDefaultOrEmpty)
                    {
                        Check(target, limit, number, specialist.Facts.AsSpan(), specialist.Label, position, s, ref warnings);
                    }
                }
            }
        }
    }

    private static void Check(WarningTarget target, double limit, int item, ReadOnlySpan<FactEntry> entries, string? specialist, int position, int specialistIndex, ref List<FactWarning>? warnings)
    {
        foreach (ref readonly var entry in entries)
        {
            if (!string.Equals(entry.Id, target.FactId, StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Value.Number is { } value && double.IsFinite(value) && target.Kind.Warns(value, limit))
            {
                (warnings ??= []).Add(new FactWarning(target.Definition.Code, item, target.FactId, specialist, value, limit, PathOf(position, specialistIndex, target.FactId), target.Definition.Message));
            }

            return; // an accepted fact set gives a fact once
        }
    }

    /// <summary>The path in the facts document: <c>items[p].facts.id</c> or <c>items[p].specialists[s].facts.id</c>.</summary>
    /// <remarks>Formatted straight into the one string (no number strings on the way): a review can warn many times.</remarks>
    private static string PathOf(int position, int specialist, string factId) =>
        specialist < 0
            ? string.Create(CultureInfo.InvariantCulture, $"items[{position}].facts.{factId}")
            : string.Create(CultureInfo.InvariantCulture, $"items[{position}].specialists[{specialist}].facts.{factId}");
}
