using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Serialization;
using Ips.Core.Fidelity.Text;
using NodaTime;

namespace Ips.Core.Reliability.Tests.Regressions;

/// <summary>
/// Bug found by <c>RenderingAndJson_AnyFacts_NeverThrowAndReportJsonRoundTrips</c>: a count of −0 was written as the
/// integer <c>0</c>, so a report showing "−0" read back showing "0" and the report JSON round trip was not exact.
/// Fixed in FactMapJsonConverter.WriteValue (−0 is written as <c>-0.0</c>).
/// </summary>
public sealed class NegativeZeroCountJsonRoundTripTests
{
    private static ReviewFacts Facts() => new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
        .Set(19, "jobsHeld", FactValue.FromCount(10))
        .Set(19, "distinctJobTypes", new FactValue { Kind = FactKind.Count, Number = -0.0 })
        .Build();

    [Fact]
    public void NegativeZeroCount_ReadsBackWithItsSign()
    {
        var read = FidelityJson.DeserializeFacts(FidelityJson.SerializeFacts(Facts()));

        var value = read.Find(19)!.Programme[1].Value.Number!.Value;
        Assert.True(value == 0 && double.IsNegative(value));
    }

    [Fact]
    public void ReportWithNegativeZeroCount_RoundTripsExactly()
    {
        var report = FidelityEngine.Default.Score(Facts(), ReportLanguage.Norwegian);
        var json = FidelityJson.SerializeReport(report);

        Assert.Equal(json, FidelityJson.SerializeReport(FidelityJson.DeserializeReport(json, report.Scale)));
    }
}
