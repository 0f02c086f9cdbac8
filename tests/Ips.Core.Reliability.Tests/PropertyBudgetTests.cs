using System.Globalization;
using Ips.Core.Reliability.Tests.Concurrency;
using Ips.Core.Reliability.Tests.Fuzzing;
using Ips.Core.Reliability.Tests.Properties;

namespace Ips.Core.Reliability.Tests;

/// <summary>Pins the size of the default run, so a budget cut cannot slip below the promised million fact sets unnoticed.</summary>
public sealed class PropertyBudgetTests
{
    /// <summary>Fact sets the properties generate at scale 1 (a monotonicity case scores two).</summary>
    internal static long DefaultFactSets =>
        ScoringInvariantTests.ArbitraryReviews + ScoringInvariantTests.ValidReviews + ScoringInvariantTests.RenderedReviews
        + ScoringInvariantTests.ValidatedReviews + (2L * ScoringInvariantTests.AgreementReviews)
        + (2L * MonotonicityTests.PairsPerFact * (MonotonicityTests.NumericFacts.Count + MonotonicityTests.Checklists.Count + MonotonicityTests.OrderedLevels.Count + MonotonicityTests.Flags.Count));

    [Fact]
    public void DefaultBudget_GeneratesAtLeastAMillionFactSets_AndAHundredThousandJsonCases()
    {
        Assert.True(DefaultFactSets >= 1_000_000, DefaultFactSets.ToString(CultureInfo.InvariantCulture));
        Assert.True(JsonFuzzTests.FactsCases >= 100_000);
        Assert.True(ParallelScoringTests.Reviews >= 100_000);
        TestContext.Current.TestOutputHelper?.WriteLine($"scale {PropertyBudget.Scale}: {DefaultFactSets * PropertyBudget.Scale:N0} generated fact sets, {PropertyBudget.Cases(JsonFuzzTests.FactsCases + JsonFuzzTests.ReportCases):N0} fuzzed documents");
    }

    [Fact]
    public void Cases_ScaleWithTheFactor_AndNeverDropBelowOne()
    {
        Assert.Equal((int)Math.Round(1000 * PropertyBudget.Scale), PropertyBudget.Cases(1000));
        Assert.True(PropertyBudget.Cases(0) >= 1);
    }
}
