using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// <see cref="RuleKindRegistry"/> lists every rule kind and modifier kind once; the validator, the compiler and the item
/// reference all go through it, so a kind's name and description are what the docs show.
/// </summary>
public sealed class RuleKindRegistryTests
{
    [Fact]
    public void EveryRuleKindValue_HasExactlyOneRegisteredKind()
    {
        Assert.All(Enum.GetValues<RuleKind>(), kind => Assert.Single(RuleKindRegistry.RuleKinds, registered => registered.Kind == kind));
        Assert.Equal(Enum.GetValues<RuleKind>().Length, RuleKindRegistry.RuleKinds.Count);
    }

    [Fact]
    public void EveryModifierKindValue_HasExactlyOneRegisteredKind()
    {
        Assert.All(Enum.GetValues<ModifierKind>(), kind => Assert.Single(RuleKindRegistry.ModifierKinds, registered => registered.Kind == kind));
        Assert.Equal(Enum.GetValues<ModifierKind>().Length, RuleKindRegistry.ModifierKinds.Count);
    }

    [Fact]
    public void EveryRuleKindName_IsItsJsonName()
    {
        Assert.All(RuleKindRegistry.RuleKinds, kind => Assert.Equal("\"" + kind.Name + "\"", JsonSerializer.Serialize(kind.Kind)));
    }

    [Fact]
    public void EveryModifierKindName_IsItsJsonName()
    {
        Assert.All(RuleKindRegistry.ModifierKinds, kind => Assert.Equal("\"" + kind.Name + "\"", JsonSerializer.Serialize(kind.Kind)));
    }

    [Fact]
    public void AnUnregisteredModifierKind_AppliesAsFix()
    {
        // The validator does not refuse a numeric kind outside the enum; it has always behaved as fix.
        var kind = RuleKindRegistry.ModifierOf((ModifierKind)99);

        Assert.Equal(ModifierKind.Fix, kind.Kind);
        Assert.Equal(3, kind.Apply(5, 3));
    }

    [Fact]
    public void EveryItemsRuleDescription_IsTheOneItsKindWrites()
    {
        var scale = Ips25Scale.Definition;
        var reference = ScaleDocumentation.ItemReferenceMarkdown(scale).Split('\n').ToHashSet(StringComparer.Ordinal);
        var described = new HashSet<RuleKind>();
        foreach (var item in scale.Items)
        {
            var kind = RuleKindRegistry.Find(item.Rule.Kind)!;
            var writer = new LineWriter(scale);
            kind.Describe(item.Rule, writer, string.Empty);

            Assert.NotEmpty(writer.Lines);
            Assert.All(writer.Lines, line => Assert.Contains(line, reference));
            Assert.Contains(reference, line => line.StartsWith("| [" + item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", StringComparison.Ordinal) && line.Contains("| " + kind.Name + " |", StringComparison.Ordinal));
            Collect(item.Rule, described);
        }

        // IPS-25 uses every kind (some only inside a decision list), so each kind's description is pinned by the committed item reference.
        Assert.Equal(Enum.GetValues<RuleKind>().Length, described.Count);
    }

    [Fact]
    public void EveryModifierDescription_IsTheOneItsKindWrites()
    {
        var scale = Ips25Scale.Definition;
        var reference = ScaleDocumentation.ItemReferenceMarkdown(scale).Split('\n').ToHashSet(StringComparer.Ordinal);
        var modifiers = scale.Items.SelectMany(item => item.Modifiers).ToList();
        Assert.NotEmpty(modifiers);
        foreach (var modifier in modifiers)
        {
            var writer = new LineWriter(scale);
            RuleKindRegistry.ModifierOf(modifier.Kind).Describe(modifier, writer);

            Assert.All(writer.Lines, line => Assert.Contains(line, reference));
        }
    }

    private static void Collect(RuleDefinition rule, HashSet<RuleKind> kinds)
    {
        kinds.Add(rule.Kind);
        foreach (var outcome in rule.Cases.Select(c => c.Then).Append(rule.Otherwise))
        {
            if (outcome?.Rule is { } nested)
            {
                Collect(nested, kinds);
            }
        }
    }

    /// <summary>Collects a description's non-blank lines; texts inline as the item reference writes them.</summary>
    private sealed class LineWriter(ScaleDefinition scale) : IRuleDescriptionWriter
    {
        public List<string> Lines { get; } = [];

        public void Line(string text = "")
        {
            if (text.Length > 0)
            {
                Lines.Add(text);
            }
        }

        public string Inline(LocalizedText text) => string.Join(" · ", scale.Languages.Select(l => l.Code + ": " + text.Get(l.Language)));
    }
}
