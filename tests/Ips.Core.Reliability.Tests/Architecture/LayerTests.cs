using System.Reflection;
using System.Text.RegularExpressions;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Identity;
using NetArchTest.Rules;

namespace Ips.Core.Reliability.Tests.Architecture;

/// <summary>
/// The engine's layers follow the data (docs/concepts.md): each namespace of Ips.Core.Fidelity may use only the layers
/// below it, and neither package has a namespace cycle. Dependencies are read from the compiled IL (NetArchTest).
/// </summary>
public sealed class LayerTests
{
    private const string Root = "Ips.Core.Fidelity";

    /// <summary>The layers of Ips.Core.Fidelity, lowest first; the root namespace (dependency injection) sits on top.</summary>
    public static readonly string[] FidelityLayers =
    [
        "Localization", "Facts", "RuleKinds", "Definition", "Results", "Scoring", "Reviews", "Presentation",
        "Formats.Json", "Formats.Schema", "Formats.Csv", "Formats.Interop", "Ips25",
    ];

    private static Assembly Fidelity => typeof(FidelityEngine).Assembly;

    [Fact]
    public void EveryFidelityLayer_UsesOnlyTheLayersBelowIt()
    {
        var violations = new List<string>();
        for (var i = 0; i < FidelityLayers.Length; i++)
        {
            var higher = FidelityLayers[(i + 1)..].Select(layer => Root + "." + layer).ToArray();
            var result = Types.InAssembly(Fidelity).That().ResideInNamespace(Root + "." + FidelityLayers[i])
                .ShouldNot().HaveDependencyOnAny(higher).GetResult();
            violations.AddRange((result.FailingTypeNames ?? []).Select(type => FidelityLayers[i] + ": " + type));

            // The root namespace holds only the DI entry point, which is above every layer.
            var root = Types.InAssembly(Fidelity).That().ResideInNamespace(Root + "." + FidelityLayers[i])
                .ShouldNot().HaveDependencyOn(typeof(Ips.Core.Fidelity.FidelityServiceCollectionExtensions).FullName).GetResult();
            violations.AddRange((root.FailingTypeNames ?? []).Select(type => FidelityLayers[i] + " uses the DI layer: " + type));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void EveryFidelityType_IsInALayer()
    {
        var layers = FidelityLayers.Select(layer => Root + "." + layer).ToHashSet(StringComparer.Ordinal);
        var outside = Fidelity.GetTypes()
            .Where(type => type.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal) && !type.Name.StartsWith('<'))
            .Where(type => !layers.Contains(type.Namespace!) && !(type.Namespace == Root && type.Name == nameof(Ips.Core.Fidelity.FidelityServiceCollectionExtensions)))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(outside);
    }

    [Theory]
    [InlineData("Ips.Core")]
    [InlineData("Ips.Core.Fidelity")]
    public void Package_HasNoNamespaceCycle(string package)
    {
        var assembly = package == "Ips.Core" ? typeof(ParticipantId).Assembly : Fidelity;
        var namespaces = assembly.GetTypes()
            .Select(type => type.Namespace)
            .Where(ns => ns is not null && (ns == package || ns.StartsWith(package + ".", StringComparison.Ordinal)))
            .Select(ns => ns!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

        // uses[a] = the namespaces whose types a's types use (exact namespaces, not prefixes).
        var uses = namespaces.ToDictionary(ns => ns, ns => namespaces.Where(other => other != ns && Uses(assembly, ns, other, namespaces)).ToArray(), StringComparer.Ordinal);
        var cycles = new List<string>();
        foreach (var start in namespaces)
        {
            foreach (var next in uses[start])
            {
                if (string.CompareOrdinal(start, next) < 0 && Reaches(uses, next, start))
                {
                    cycles.Add(start + " <-> " + next);
                }
            }
        }

        Assert.Empty(cycles);
    }

    /// <summary>Whether types of exactly <paramref name="from"/> use a type of exactly <paramref name="to"/> (sub-namespaces are their own nodes).</summary>
    private static bool Uses(Assembly assembly, string from, string to, string[] namespaces)
    {
        _ = namespaces;
        var targets = assembly.GetTypes()
            .Where(type => string.Equals(type.Namespace, to, StringComparison.Ordinal) && !type.IsNested && type.FullName is not null)
            .Select(type => type.FullName!)
            .ToArray();
        if (targets.Length == 0)
        {
            return false;
        }

        var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching("^" + Regex.Escape(from) + "$")
            .ShouldNot().HaveDependencyOnAny(targets).GetResult();
        return !result.IsSuccessful;
    }

    private static bool Reaches(Dictionary<string, string[]> uses, string from, string target)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([from]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == target)
            {
                return true;
            }

            if (seen.Add(current))
            {
                foreach (var next in uses[current])
                {
                    stack.Push(next);
                }
            }
        }

        return false;
    }
}
