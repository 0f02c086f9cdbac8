using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>A named rule for when the next fidelity review is due, by the level the review reached.</summary>
/// <remarks>
/// <para>
/// The policy names level ids of the scale, never totals: a level's place comes from its minimum total in the
/// definition. A level at or above a step's <see cref="ReviewIntervalStep.FromLevel"/> takes the step's months (the
/// highest such step wins); a level below every step takes <see cref="DefaultMonths"/>. The IPS-25 scale's own rule
/// (item 11: every 6 months until good fidelity, then yearly) is <c>Ips25Scale.ReviewIntervals</c> in the IPS-25 pack;
/// any other is made with <see cref="Create"/>.
/// </para>
/// <para>
/// When a review's level is not determined (items not rated, policy 4), the interval is the one of the level of the
/// lowest total still possible: the cautious reading, so a programme that may be below good is seen again soon.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewIntervalPolicy
{
    /// <summary>The longest interval a policy may state, in months.</summary>
    public const int MaxMonths = 60;

    private ReviewIntervalPolicy(string name, int defaultMonths, ImmutableArray<ReviewIntervalStep> steps)
    {
        Name = name;
        DefaultMonths = defaultMonths;
        Steps = steps;
    }

    /// <summary>The policy's name, recorded with every date it sets (e.g. <c>ips-25.item11</c>).</summary>
    public string Name { get; }

    /// <summary>The interval in months for a level below every step.</summary>
    public int DefaultMonths { get; }

    /// <summary>The steps, as given.</summary>
    public ImmutableArray<ReviewIntervalStep> Steps { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="name">The name (1–64 characters, not blank).</param>
    /// <param name="defaultMonths">The months below every step (1–60).</param>
    /// <param name="steps">The steps: distinct level ids, months 1–60.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A rule is broken; the message says which.</exception>
    /// <example>
    /// <code>
    /// var policy = ReviewIntervalPolicy.Create("county-2027", 6, [new ReviewIntervalStep("good", 12), new ReviewIntervalStep("exemplary", 24)]);
    /// </code>
    /// </example>
    public static ReviewIntervalPolicy Create(string name, int defaultMonths, IEnumerable<ReviewIntervalStep> steps) =>
        TryCreate(name, defaultMonths, steps, out var policy, out var error) ? policy : throw new ArgumentException(error);

    /// <summary>Creates a policy without throwing.</summary>
    /// <param name="name">The name.</param>
    /// <param name="defaultMonths">The months below every step.</param>
    /// <param name="steps">The steps.</param>
    /// <param name="policy">The policy, when valid.</param>
    /// <param name="error">Why not, when not.</param>
    /// <returns>Whether the policy is valid.</returns>
    public static bool TryCreate(string? name, int defaultMonths, IEnumerable<ReviewIntervalStep>? steps, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReviewIntervalPolicy? policy, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        policy = null;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64)
        {
            error = "A review interval policy needs a name of 1–64 characters.";
            return false;
        }

        if (defaultMonths is < 1 or > MaxMonths)
        {
            error = "The default interval must be 1–60 months; got " + defaultMonths.ToString(CultureInfo.InvariantCulture) + ".";
            return false;
        }

        var list = steps is null ? [] : steps.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var step = list[i];
            var at = "steps[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (step is null || string.IsNullOrWhiteSpace(step.FromLevel))
            {
                error = at + " must name a level id.";
                return false;
            }

            if (step.Months is < 1 or > MaxMonths)
            {
                error = at + ".months must be 1–60; got " + step.Months.ToString(CultureInfo.InvariantCulture) + ".";
                return false;
            }

            if (!seen.Add(step.FromLevel))
            {
                error = at + " names the level '" + step.FromLevel + "' a second time.";
                return false;
            }
        }

        policy = new ReviewIntervalPolicy(name, defaultMonths, list);
        error = null;
        return true;
    }

    /// <summary>The level ids of the policy that <paramref name="scale"/> does not define (empty when the policy fits the scale).</summary>
    /// <param name="scale">The scale definition.</param>
    /// <returns>The unknown level ids.</returns>
    public ImmutableArray<string> UnknownLevels(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var step in Steps)
        {
            if (FindLevel(scale, step.FromLevel) is null)
            {
                unknown.Add(step.FromLevel);
            }
        }

        return unknown.ToImmutable();
    }

    /// <summary>The interval in months for <paramref name="level"/> of <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale definition.</param>
    /// <param name="level">A level of the scale.</param>
    /// <returns>The months.</returns>
    /// <exception cref="ArgumentException">The policy names a level the scale does not define.</exception>
    public int MonthsFor(ScaleDefinition scale, LevelDefinition level)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(level);
        RequireFits(scale);
        var months = DefaultMonths;
        var best = int.MinValue;
        foreach (var step in Steps)
        {
            var from = FindLevel(scale, step.FromLevel)!;
            if (from.MinTotal <= level.MinTotal && from.MinTotal > best)
            {
                best = from.MinTotal;
                months = step.Months;
            }
        }

        return months;
    }

    /// <summary>When the review after <paramref name="report"/> is due, counted from <paramref name="lastVisit"/>.</summary>
    /// <param name="report">The scored (consensus) report of the review.</param>
    /// <param name="lastVisit">The last visit date of the review.</param>
    /// <returns>The next review, stamped with this policy's name.</returns>
    /// <exception cref="ArgumentException">The policy names a level the report's scale does not define.</exception>
    /// <example>
    /// <code>
    /// NextReview next = Ips25Scale.ReviewIntervals.Schedule(report, new LocalDate(2026, 10, 8));   // fair → 2027-04-08
    /// </code>
    /// </example>
    public NextReview Schedule(FidelityReport report, LocalDate lastVisit)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scale = report.Scale;
        RequireFits(scale);
        var level = report.Level ?? scale.FindLevel(report.Total.LowestPossible);
        var months = level is null ? DefaultMonths : MonthsFor(scale, level);
        return new NextReview(lastVisit.PlusMonths(months), Name, months, level?.Id);
    }

    /// <summary>The name and steps: <c>ips-25.item11: 6 months; good → 12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Name + ": " + DefaultMonths.ToString(CultureInfo.InvariantCulture) + " months"
        + string.Concat(Steps.Select(step => "; " + step.FromLevel + " → " + step.Months.ToString(CultureInfo.InvariantCulture)));

    private static LevelDefinition? FindLevel(ScaleDefinition scale, string id)
    {
        foreach (var level in scale.Levels)
        {
            if (string.Equals(level.Id, id, StringComparison.Ordinal))
            {
                return level;
            }
        }

        return null;
    }

    private void RequireFits(ScaleDefinition scale)
    {
        var unknown = UnknownLevels(scale);
        if (!unknown.IsEmpty)
        {
            throw new ArgumentException("The review interval policy '" + Name + "' names levels the scale '" + scale.ScaleId + "' does not define: " + string.Join(", ", unknown) + ".", nameof(scale));
        }
    }
}
