using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>Each reviewer's own ratings of the items, made before the consensus: typed into the record, or scored by the engine from each reviewer's own facts.</summary>
/// <remarks>
/// <para>
/// <see cref="FromRecord"/> takes the ratings written in a <see cref="ReviewRecord"/>. <see cref="Score"/> scores each
/// reviewer's facts through the engine, so two reviewers who counted differently disagree visibly at the level of
/// facts (<see cref="FactDifferences"/>), not only in the scores. <see cref="RaterAgreement.Measure"/> compares them.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndependentRatings
{
    private readonly ImmutableArray<ImmutableArray<int?>> scores;

    private IndependentRatings(ScaleDefinition scale, ImmutableArray<string> reviewers, ImmutableArray<ImmutableArray<int?>> scores, ImmutableDictionary<int, int> consensus, ImmutableArray<FidelityReport> reports, ImmutableArray<FactDifference> factDifferences)
    {
        Scale = scale;
        Reviewers = reviewers;
        this.scores = scores;
        Consensus = consensus;
        Reports = reports;
        FactDifferences = factDifferences;
    }

    /// <summary>The scale rated against.</summary>
    public ScaleDefinition Scale { get; }

    /// <summary>The reviewer ids, in order.</summary>
    public ImmutableArray<string> Reviewers { get; }

    /// <summary>The consensus the reviewers recorded, by item number (from the record, when one was given).</summary>
    public ImmutableDictionary<int, int> Consensus { get; }

    /// <summary>Each reviewer's scored report, in reviewer order, when scored from facts; empty when taken from a record.</summary>
    public ImmutableArray<FidelityReport> Reports { get; }

    /// <summary>The facts the reviewers recorded differently (when scored from facts), in item order.</summary>
    public ImmutableArray<FactDifference> FactDifferences { get; }

    /// <summary>The score reviewer <paramref name="reviewer"/> (an index into <see cref="Reviewers"/>) gave item <paramref name="item"/>, or null.</summary>
    /// <param name="reviewer">The reviewer's index.</param>
    /// <param name="item">The item number.</param>
    /// <returns>The score or null.</returns>
    public int? ScoreOf(int reviewer, int item)
    {
        var index = IndexOfItem(item);
        return index < 0 ? null : scores[reviewer][index];
    }

    /// <summary>The ratings written in <paramref name="record"/>, with its recorded consensus.</summary>
    /// <param name="record">The review record.</param>
    /// <param name="scale">The scale the record was rated against.</param>
    /// <param name="includeTrainees">Whether trainees' ratings count (by default they do not: agreement is between trained reviewers).</param>
    /// <returns>The ratings.</returns>
    /// <exception cref="ArgumentException">The record is of another scale.</exception>
    public static IndependentRatings FromRecord(ReviewRecord record, ScaleDefinition scale, bool includeTrainees = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(scale);
        if (!string.Equals(record.ScaleId, scale.ScaleId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The record was rated against another scale than '" + scale.ScaleId + "'.", nameof(scale));
        }

        var reviewers = record.Reviewers.Where(r => includeTrainees || r.Role != ReviewerRole.Trainee).Select(r => r.Id).ToImmutableArray();
        var table = reviewers.Select(id => scale.Items.Select(item => record.Item(item.Number)?.RatingOf(id)).ToImmutableArray()).ToImmutableArray();
        var consensus = record.Items.Where(item => item.Consensus is not null).ToImmutableDictionary(item => item.Item, item => item.Consensus!.Value);
        return new IndependentRatings(scale, reviewers, table, consensus, [], []);
    }

    /// <summary>Scores each reviewer's own facts through <paramref name="engine"/>: each reviewer's score per item is the engine's, and differing facts are listed.</summary>
    /// <param name="engine">The engine (its scale is the scale rated against).</param>
    /// <param name="facts">Each reviewer's id and facts, in the order wanted (at least one).</param>
    /// <param name="record">The review record, for the consensus the reviewers recorded; optional.</param>
    /// <returns>The ratings, with each reviewer's report and the fact differences.</returns>
    /// <exception cref="ArgumentException">No reviewer, a blank or repeated reviewer id, or null facts.</exception>
    /// <example>
    /// <code>
    /// var ratings = IndependentRatings.Score(Ips25Scale.Engine, [new("R-01", factsOfR01), new("R-02", factsOfR02)], record);
    /// AgreementResult agreement = RaterAgreement.Measure(ratings);
    /// </code>
    /// </example>
    public static IndependentRatings Score(IFidelityEngine engine, IEnumerable<KeyValuePair<string, ReviewFacts>> facts, ReviewRecord? record = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(facts);
        var given = facts.ToImmutableArray();
        if (given.IsEmpty)
        {
            throw new ArgumentException("At least one reviewer's facts are required.", nameof(facts));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < given.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(given[i].Key) || given[i].Value is null || !seen.Add(given[i].Key))
            {
                // The position, never the id.
                throw new ArgumentException("Reviewer " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " has a blank or repeated id, or no facts.", nameof(facts));
            }
        }

        var scale = engine.Scale;
        var reports = given.Select(pair => engine.Score(pair.Value)).ToImmutableArray();
        var table = reports.Select(report => scale.Items.Select(item => report.Item(item.Number) is { Status: ItemStatus.Rated } result ? result.Score : null).ToImmutableArray()).ToImmutableArray();
        var consensus = record is null
            ? ImmutableDictionary<int, int>.Empty
            : record.Items.Where(item => item.Consensus is not null).ToImmutableDictionary(item => item.Item, item => item.Consensus!.Value);
        return new IndependentRatings(scale, [.. given.Select(pair => pair.Key)], table, consensus, reports, FactComparison.Compare(scale, [.. given.Select(pair => pair.Value)]));
    }

    private int IndexOfItem(int number)
    {
        for (var i = 0; i < Scale.Items.Length; i++)
        {
            if (Scale.Items[i].Number == number)
            {
                return i;
            }
        }

        return -1;
    }
}
