using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Serialization;
using Ips.Core.Fidelity.Text;
using NodaTime;

namespace Ips.Core.Reliability.Tests.Regressions;

/// <summary>
/// Bug found by <c>RenderingAndJson_AnyFacts_NeverThrowAndReportJsonRoundTrips</c>: a non-finite number (NaN, ±∞) is
/// written as the string <c>"NaN"</c>/<c>"Infinity"</c>/<c>"-Infinity"</c> but was read back as a <em>level</em> of
/// that name, so a report's texts changed on a round trip ("-∞" became "-Infinity") and re-scored facts got
/// <c>Fact.WrongKind</c> instead of <c>Fact.NotANumber</c>. Fixed in FactMapJsonConverter.ReadValue.
/// </summary>
public sealed class NonFiniteFactJsonRoundTripTests
{
    public static TheoryData<double> NonFinite => new(double.NaN, double.PositiveInfinity, double.NegativeInfinity);

    private static ReviewFacts Facts(double value) => new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
        .Set(21, "currentJobs", new FactValue { Kind = FactKind.Count, Number = value })
        .Set(21, "permanentCompetitiveJobs", FactValue.FromCount(5))
        .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(value))
        .Build();

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void NonFiniteNumber_ReadsBackAsTheSameNumber(double value)
    {
        var read = FidelityJson.DeserializeFacts(FidelityJson.SerializeFacts(Facts(value)));

        var entry = read.Find(2)!.Programme[0];
        Assert.Equal(FactKind.Number, entry.Value.Kind);
        Assert.Equal(value, entry.Value.Number);
        Assert.Equal(FactErrorCodes.NotANumber, FidelityEngine.Default.Score(read).Item(2).Errors[0].Code);
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ReportWithNonFiniteNumber_RoundTripsExactly(double value)
    {
        foreach (var language in new[] { ReportLanguage.Norwegian, ReportLanguage.English })
        {
            var report = FidelityEngine.Default.Score(Facts(value), language);
            var json = FidelityJson.SerializeReport(report);

            Assert.Equal(json, FidelityJson.SerializeReport(FidelityJson.DeserializeReport(json, report.Scale)));
        }
    }
}
