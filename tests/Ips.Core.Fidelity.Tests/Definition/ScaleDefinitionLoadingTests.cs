using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Definition;

public sealed partial class ScaleDefinitionLoadingTests
{
    [Fact]
    public void Ips25_Loads_WithStampsSectionsLevelsAndPolicies()
    {
        var scale = Ips25Scale.Definition;

        Assert.Equal("ips-25", scale.ScaleId);
        Assert.Contains("2008", scale.Edition, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(scale.Revision));
        Assert.Equal(["staffing", "organisation", "services"], scale.Sections.Select(s => s.Id));
        Assert.Equal(4, scale.Levels.Length);
        Assert.Equal(5, scale.Policies.Length);
        Assert.Equal(25, scale.LowestTotal);
        Assert.Equal(125, scale.HighestTotal);
    }

    [Fact]
    public void Ips25_IsCached_AndLoadEmbeddedGivesAnEqualFreshCopy()
    {
        Assert.Same(Ips25Scale.Definition, Ips25Scale.Definition);
        var fresh = Ips25Scale.LoadDefinition();
        Assert.NotSame(Ips25Scale.Definition, fresh);
        Assert.Equal(Ips25Scale.Definition.ToJson(), fresh.ToJson());
    }

    [Fact]
    public void Ips25_HasAll25Items_WithNamesDataSourcesAndAnchors1To5InBothLanguages()
    {
        var scale = Ips25Scale.Definition;

        Assert.Equal(Enumerable.Range(1, 25), scale.Items.Select(i => i.Number));
        foreach (var item in scale.Items)
        {
            Assert.True(item.Name.IsComplete, $"item {item.Number} name");
            Assert.NotEmpty(item.DataSources);
            Assert.Equal([1, 2, 3, 4, 5], item.Anchors.Select(a => a.Score));
            Assert.All(item.Anchors, a => Assert.True(a.Text.IsComplete, $"item {item.Number} anchor {a.Score}"));
            Assert.All(item.Facts, f => Assert.True(f.Label.IsComplete, $"item {item.Number} fact {f.Id}"));
        }
    }

    [Theory]
    [InlineData(1, "staffing", "Deltakerportefølje", "Caseload size")]
    [InlineData(2, "staffing", "Rendyrking av IPS-tjenester", "Employment services staff")]
    [InlineData(3, "staffing", "IPS-konsulent", "Vocational generalists")]
    [InlineData(7, "organisation", "IPS-enhet", "Vocational unit")]
    [InlineData(9, "organisation", "Ingen eksklusjonskriterier", "Zero exclusion")]
    [InlineData(11, "organisation", "Støtte til IPS fra ledergruppen", "Executive team support")]
    [InlineData(13, "services", "Åpenhet om egne vansker", "Disclosure")]
    [InlineData(21, "services", "Vanlige jobber", "Competitive jobs")]
    [InlineData(25, "services", "Aktivt engasjement og oppsøkende arbeid fra integrert behandlingsteam", "Assertive engagement and outreach")]
    public void Item_HasSectionAndNorwegianAndEnglishNames(int number, string section, string nb, string en)
    {
        var item = Ips25Scale.Definition.FindItem(number)!;

        Assert.Equal(section, item.Section);
        Assert.Equal(nb, item.Name.Get(Ips25Scale.Norwegian));
        Assert.Equal(en, item.Name.Get(Ips25Scale.English));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(16, true)]
    [InlineData(17, true)]
    [InlineData(18, true)]
    [InlineData(21, false)]
    [InlineData(24, true)]
    public void PerSpecialistFlag_FollowsTheManual(int number, bool perSpecialist) =>
        Assert.Equal(perSpecialist, Ips25Scale.Definition.FindItem(number)!.PerSpecialist);

    [Theory]
    [InlineData(115, 125, "exemplary", "Meget bra kvalitet", "Exemplary fidelity")]
    [InlineData(100, 114, "good", "Bra kvalitet", "Good fidelity")]
    [InlineData(74, 99, "fair", "Godkjent kvalitet", "Fair fidelity")]
    [InlineData(25, 73, "notSupportedEmployment", "IPS-program benyttes ikke", "Not supported employment")]
    public void Levels_MatchTheScale(int min, int max, string id, string nb, string en)
    {
        var level = Ips25Scale.Definition.Levels.Single(l => l.Id == id);

        Assert.Equal((min, max), (level.MinTotal, level.MaxTotal));
        Assert.Equal((nb, en), (level.Name.Get(Ips25Scale.Norwegian), level.Name.Get(Ips25Scale.English)));
    }

    [Fact]
    public void Labels_HaveEveryRequiredUiStringInBothLanguages()
    {
        foreach (var id in ScaleDefinitionValidator.RequiredLabels)
        {
            Assert.True(Ips25Scale.Definition.Labels[id].IsComplete, id);
        }

        Assert.Equal("Not rated", Ips25Scale.Definition.Label("notRated", Ips25Scale.English));
        Assert.Equal("Ikke vurdert", Ips25Scale.Definition.Label("notRated", Ips25Scale.Norwegian));
    }

    [Fact]
    public void FactIds_AreCamelCaseAndLevelsAreOrdered()
    {
        foreach (var item in Ips25Scale.Definition.Items)
        {
            foreach (var fact in item.Facts)
            {
                Assert.True(char.IsLower(fact.Id[0]), fact.Id);
                Assert.DoesNotContain(' ', fact.Id);
                if (fact.Kind == FactKind.Level)
                {
                    Assert.True(fact.Levels.Length >= 2);
                }
            }
        }

        var contact = Ips25Scale.Definition.FindItem(6)!.FindFact("navContactFrequency")!;
        Assert.Equal(["none", "lessThanQuarterly", "quarterly", "monthly", "weekly"], contact.Levels.Select(l => l.Id));
    }

    [Fact]
    public void ToJson_RoundTripsThroughLoad()
    {
        var json = Ips25Scale.Definition.ToJson();
        var again = ScaleDefinition.Load(json);

        Assert.Equal(json, again.ToJson());
    }

    [Fact]
    public void Load_FromStream_Works()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Ips25Scale.Definition.ToJson()));

        Assert.Equal(25, ScaleDefinition.Load(stream).Items.Length);
    }
}
