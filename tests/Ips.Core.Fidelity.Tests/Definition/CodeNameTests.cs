using System.Reflection;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>The scale's <c>codeName</c> fields: read by the loader, kept by <see cref="ScaleDefinition.ToJson"/>, and the names of the shipped typed records.</summary>
public sealed class CodeNameTests
{
    [Fact]
    public void Ips25_NamesEveryItem_AndTheOneEnumThatIsNotItsFactId()
    {
        var items = Ips25Scale.Definition.Items;

        Assert.All(items, item => Assert.False(string.IsNullOrEmpty(item.CodeName), $"item {item.Number} has no codeName"));
        Assert.Equal("CaseloadSize", items[0].CodeName);
        Assert.Equal(
            ["3 phasesPerformed IpsPhases"],
            items.SelectMany(i => i.Facts.Where(f => f.CodeName is not null).Select(f => $"{i.Number} {f.Id} {f.CodeName}")));
    }

    [Fact]
    public void CodeNames_SurviveTheJsonRoundTrip()
    {
        var back = ScaleDefinition.Load(Ips25Scale.Definition.ToJson());

        Assert.Equal(Ips25Scale.Definition.Items.Select(i => i.CodeName), back.Items.Select(i => i.CodeName));
        Assert.Equal("IpsPhases", back.Items[2].Facts[0].CodeName);
        Assert.Null(back.Items[2].Facts[1].CodeName);
    }

    /// <summary>Each item's typed record is named by its codeName; each level or elements property's enum by the fact's codeName or PascalCase id.</summary>
    [Fact]
    public void TheShippedTypedRecords_AreNamedByTheCodeNames()
    {
        var records = typeof(IItemFactsSource).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Ips.Core.Fidelity.Ips25" && typeof(IItemFactsSource).IsAssignableFrom(t))
            .ToDictionary(t => (int)t.GetProperty("ItemNumber", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

        Assert.Equal(25, records.Count);
        foreach (var item in Ips25Scale.Definition.Items)
        {
            var record = records[item.Number];
            Assert.Equal(item.CodeName + "Facts", record.Name);
            foreach (var fact in item.Facts)
            {
                var property = record.GetProperty(char.ToUpperInvariant(fact.Id[0]) + fact.Id[1..]);
                Assert.NotNull(property);
                if (fact.Kind is FactKind.Level or FactKind.Elements)
                {
                    var expected = fact.CodeName ?? property.Name;
                    Assert.Equal(expected, Nullable.GetUnderlyingType(property.PropertyType)!.Name);
                }
            }
        }
    }
}
