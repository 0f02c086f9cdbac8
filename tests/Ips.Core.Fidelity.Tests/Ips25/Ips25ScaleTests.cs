using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Tests.Ips25;

/// <summary>The IPS-25 pack's front door: one definition, engine and validator, all for the embedded scale.</summary>
public sealed class Ips25ScaleTests
{
    [Fact]
    public void Engine_AndValidator_UseTheOneSharedDefinition()
    {
        Assert.Equal("ips-25", Ips25Scale.Definition.ScaleId);
        Assert.Equal(25, Ips25Scale.Definition.Items.Length);
        Assert.Same(Ips25Scale.Definition, Ips25Scale.Engine.Scale);
        Assert.Same(Ips25Scale.Engine, Ips25Scale.Engine);
        Assert.Same(Ips25Scale.Validator, Ips25Scale.Validator);

        var bad = new ReviewFactsBuilder("Team Test", Review.Date).Set(2, "employmentServicesTimePercent", FactValue.FromNumber(101)).Build();
        Assert.False(Ips25Scale.Validator.Validate(bad).IsValid);
        Assert.True(Ips25Scale.Validator.Validate(Review.Builder().Add(new CaseloadSizeFacts { ActiveParticipants = 18, FullTimeEquivalents = 1 }).Build()).IsValid);
    }

    [Fact]
    public void LoadDefinition_GivesAFreshEqualCopy()
    {
        var fresh = Ips25Scale.LoadDefinition();

        Assert.NotSame(Ips25Scale.Definition, fresh);
        Assert.Equal(Ips25Scale.Definition.ToJson(), fresh.ToJson());
    }

    [Fact]
    public void NewcomersSample_ScoresWithThreeUsings()
    {
        // The README's C# sample: Facts, Ips25 and Presentation are all it needs (a BCL DateOnly, no NodaTime using).
        var facts = new ReviewFactsBuilder("Team Nord", new DateOnly(2026, 10, 1))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 5.5, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 9 })
            .Build();

        var report = Ips25Scale.Engine.Score(facts);

        Assert.Equal(new NodaTime.LocalDate(2026, 10, 1), report.ReviewDate);
        Assert.Equal((5, 4), (report.Item(1).Score, report.Item(17).Score));
        Assert.StartsWith("Kvalitetsvurdering av IPS", report.ToText(), StringComparison.Ordinal);
    }
}
