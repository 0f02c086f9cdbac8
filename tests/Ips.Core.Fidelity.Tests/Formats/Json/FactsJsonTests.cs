using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Facts JSON: the hand-written shape, kinds from tokens, and exact round trips.</summary>
public sealed class FactsJsonTests
{
    private const string HandWritten = """
        {"schemaVersion":1,"programme":"Eksempel-DPS Nord (IPS-team A)","reviewDate":"2026-10-01",
         "items":[{"item":1,"facts":{"activeParticipants":36,"fullTimeEquivalents":2}},
                  {"item":17,"specialists":[{"label":"ES-A","facts":{"inPersonEmployerContactsPerWeek":4.2,"contactLogReview":"weekly","jobSeekers":8}}]}]}
        """;

    public static TheoryData<string> Names => new(ExampleReviews.Names);

    [Fact]
    public void HandWrittenFacts_Read_AndScore()
    {
        var facts = FidelityJson.ReadFacts(HandWritten);

        Assert.Equal("Eksempel-DPS Nord (IPS-team A)", facts.ProgrammeLabel);
        Assert.Equal(new LocalDate(2026, 10, 1), facts.ReviewDate);
        Assert.Null(facts.ReviewPeriod);
        var report = Ips25Scale.Engine.Score(facts);
        Assert.Equal(5, report.Item(1).Score);
        Assert.Equal(3, report.Item(17).Score);
        Assert.Equal(ScoringPath.PerSpecialist, report.Item(17).Path);
    }

    [Fact]
    public void ValueKinds_ComeFromTheJsonToken()
    {
        var facts = FidelityJson.ReadFacts("""
            {"schemaVersion": 1, "programme": "P", "reviewDate": "2026-01-05", "items": [
              {"item": 1, "facts": {"a": 36, "b": 2.0, "c": 4.2, "d": 1e2, "e": true, "f": "weekly", "g": ["x", "y"], "h": []}}]}
            """);

        var entries = facts.Items[0].Programme;
        Assert.Equal(
            [FactKind.Count, FactKind.Number, FactKind.Number, FactKind.Number, FactKind.Flag, FactKind.Level, FactKind.Elements, FactKind.Elements],
            entries.Select(e => e.Value.Kind));
        Assert.Equal(36, entries[0].Value.Number);
        Assert.Equal(100, entries[3].Value.Number);
        Assert.Equal(["x", "y"], entries[6].Value.Elements);
    }

    [Fact]
    public void NumbersAndCounts_KeepTheirKind_ThroughARoundTrip()
    {
        var facts = new ReviewFactsBuilder("P", new LocalDate(2026, 1, 5))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 1 })
            .Build();

        var json = FidelityJson.WriteFacts(facts);
        var back = FidelityJson.ReadFacts(json);

        Assert.Contains("\"activeParticipants\": 10,", json, StringComparison.Ordinal);
        Assert.Contains("\"fullTimeEquivalents\": 1.0", json, StringComparison.Ordinal);
        Assert.Equal(facts.Items[0].Programme, back.Items[0].Programme);
    }

    [Fact]
    public void Period_IsAnObject_WithInclusiveEnds()
    {
        var facts = new ReviewFactsBuilder("P", new LocalDate(2026, 10, 1))
            .WithPeriod(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30)))
            .Build();

        var json = FidelityJson.WriteFacts(facts);

        Assert.Contains("\"reviewPeriod\": {\n    \"start\": \"2026-04-01\",\n    \"end\": \"2026-09-30\"\n  }", json, StringComparison.Ordinal);
        Assert.Equal(facts.ReviewPeriod, FidelityJson.ReadFacts(json).ReviewPeriod);
    }

    [Fact]
    public void NonFiniteNumbers_AreWrittenAsStrings_AndStayInvalid()
    {
        var facts = new ReviewFactsBuilder("P", new LocalDate(2026, 1, 5))
            .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(double.NaN))
            .Build();

        var json = FidelityJson.WriteFacts(facts);
        var back = FidelityJson.ReadFacts(json);

        Assert.Contains("\"employmentServicesTimePercent\": \"NaN\"", json, StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Invalid, Ips25Scale.Engine.Score(back).Item(2).Status);
        Assert.Equal(json, FidelityJson.WriteFacts(back));
    }

    [Fact]
    public void DerivedFacts_KeepTheirOrigin_InTheLongForm()
    {
        var facts = new ReviewFactsBuilder("P", new LocalDate(2026, 1, 5))
            .Add(ItemFacts.ForProgramme(1, new FactEntry("activeParticipants", FactValue.FromCount(17)) { Origin = FactOrigin.Derived }, new FactEntry("fullTimeEquivalents", FactValue.FromNumber(1))))
            .Build();

        var json = FidelityJson.WriteFacts(facts);
        var back = FidelityJson.ReadFacts(json);

        Assert.Contains("\"activeParticipants\": {\n          \"value\": 17,\n          \"origin\": \"derived\"\n        },\n        \"fullTimeEquivalents\": 1.0", json, StringComparison.Ordinal);
        Assert.Equal([FactOrigin.Derived, FactOrigin.Supplied], back.Items[0].Programme.Select(e => e.Origin));
        Assert.Equal(json, FidelityJson.WriteFacts(back));
        Assert.Equal(FactOrigin.Supplied, FidelityJson.ReadFacts(json.Replace("\"derived\"", "\"supplied\"", StringComparison.Ordinal)).Items[0].Programme[0].Origin);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_RoundTripsExactly(string name)
    {
        var facts = ExampleReviews.Facts(name);

        var json = FidelityJson.WriteFacts(facts);
        var back = FidelityJson.ReadFacts(json);

        Assert.Equal(json, FidelityJson.WriteFacts(back));
        Assert.Equal(facts.ProgrammeLabel, back.ProgrammeLabel);
        Assert.Equal(facts.ReviewDate, back.ReviewDate);
        Assert.Equal(facts.ReviewPeriod, back.ReviewPeriod);
        Assert.Equal(facts.Items.Length, back.Items.Length);
        for (var i = 0; i < facts.Items.Length; i++)
        {
            Assert.Equal(facts.Items[i].Item, back.Items[i].Item);
            Assert.Equal(facts.Items[i].Programme, back.Items[i].Programme, FactEntryComparer.Instance);
            Assert.Equal(facts.Items[i].Specialists.Select(s => s.Label), back.Items[i].Specialists.Select(s => s.Label));
        }

        Assert.Equal(
            FidelityJson.WriteReport(Ips25Scale.Engine.Score(facts)),
            FidelityJson.WriteReport(Ips25Scale.Engine.Score(back)));
    }

    [Fact]
    public void UnknownItemsAndFacts_AreLeftToTheEngine()
    {
        var facts = FidelityJson.ReadFacts("""
            {"schemaVersion": 1, "programme": "P", "reviewDate": "2026-01-05",
             "items": [{"item": 99, "facts": {"x": 1}}, {"item": 2, "facts": {"employmentServicesTimePercent": 101}}]}
            """);

        var report = Ips25Scale.Engine.Score(facts);

        Assert.Equal(FactErrorCodes.UnknownItem, Assert.Single(report.InputErrors).Code);
        Assert.Equal(FactErrorCodes.AboveMaximum, Assert.Single(report.Item(2).Errors).Code);
    }

    /// <summary>Compares entries by id and value (element arrays by content).</summary>
    private sealed class FactEntryComparer : IEqualityComparer<FactEntry>
    {
        public static readonly FactEntryComparer Instance = new();

        public bool Equals(FactEntry x, FactEntry y) =>
            x.Id == y.Id
            && x.Origin == y.Origin
            && x.Value.Kind == y.Value.Kind
            && Nullable.Equals(x.Value.Number, y.Value.Number)
            && x.Value.Level == y.Value.Level
            && x.Value.Flag == y.Value.Flag
            && (x.Value.Elements.IsDefault ? [] : x.Value.Elements).SequenceEqual(y.Value.Elements.IsDefault ? [] : y.Value.Elements);

        public int GetHashCode(FactEntry obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>Facts with a count of −0 (item 19), shared with <see cref="ReportJsonTests"/>.</summary>
    internal static ReviewFacts NegativeZeroCountFacts() => new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
        .Set(19, "jobsHeld", FactValue.FromCount(10))
        .Set(19, "distinctJobTypes", new FactValue { Kind = FactKind.Count, Number = -0.0 })
        .Build();

    // Regression (found by the reliability suite's rendering/JSON property): a count of −0 was written as the integer 0 and read back without its sign.
    [Fact]
    public void NegativeZeroCount_ReadsBackWithItsSign()
    {
        var read = FidelityJson.ReadFacts(FidelityJson.WriteFacts(NegativeZeroCountFacts()));

        var value = read.Find(19)!.Programme[1].Value.Number!.Value;
        Assert.True(value == 0 && double.IsNegative(value));
    }

    public static TheoryData<double> NonFinite => new(double.NaN, double.PositiveInfinity, double.NegativeInfinity);

    /// <summary>Facts with <paramref name="value"/> as a count (item 21) and a number (item 2), shared with <see cref="ReportJsonTests"/>.</summary>
    internal static ReviewFacts NonFiniteFacts(double value) => new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
        .Set(21, "currentJobs", new FactValue { Kind = FactKind.Count, Number = value })
        .Set(21, "permanentCompetitiveJobs", FactValue.FromCount(5))
        .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(value))
        .Build();

    // Regression (found by the reliability suite's rendering/JSON property): NaN and ±∞, written as strings, were read back as levels of that name (Fact.WrongKind instead of Fact.NotANumber).
    [Theory]
    [MemberData(nameof(NonFinite))]
    public void NonFiniteNumber_ReadsBackAsTheSameNumber(double value)
    {
        var read = FidelityJson.ReadFacts(FidelityJson.WriteFacts(NonFiniteFacts(value)));

        var entry = read.Find(2)!.Programme[0];
        Assert.Equal(FactKind.Number, entry.Value.Kind);
        Assert.Equal(value, entry.Value.Number);
        Assert.Equal(FactErrorCodes.NotANumber, Ips25Scale.Engine.Score(read).Item(2).Errors[0].Code);
    }
}
