using Microsoft.CodeAnalysis;

namespace Ips.Core.Fidelity.Generators;

/// <summary>The diagnostics the scale facts generator reports (tracked in AnalyzerReleases.Unshipped.md).</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "Ips.Core.Fidelity.Generators";

    /// <summary>The scale file is not valid JSON (or cannot be read).</summary>
    public static readonly DiagnosticDescriptor InvalidJson = new(
        "IPSGEN001",
        "Scale file is not valid JSON",
        "{0}: not valid JSON at {1}: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>The file is JSON but lacks a member the generator needs, or has one of the wrong type.</summary>
    public static readonly DiagnosticDescriptor MissingMember = new(
        "IPSGEN002",
        "Scale file lacks what the generator needs",
        "{0}: at {1}: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>An item (or a fact) has no codeName, and no C# name can be formed from its other members.</summary>
    public static readonly DiagnosticDescriptor MissingCodeName = new(
        "IPSGEN003",
        "A codeName is needed",
        "{0}: at {1}: {2} needs a \"codeName\" (a C# identifier such as \"CaseloadSize\"): no C# name can be formed from {3}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>A codeName, an id used as a name, or the namespace is not a valid C# identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = new(
        "IPSGEN004",
        "Not a valid C# identifier",
        "{0}: at {1}: '{2}' is not a valid C# identifier{3}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>Two generated types, or two members of one generated type, would get the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new(
        "IPSGEN005",
        "Generated name used twice",
        "{0}: at {1}: the generated name '{2}' is already used by {3}; give a \"codeName\" that differs",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>The descriptor with the given id.</summary>
    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "IPSGEN001" => InvalidJson,
        "IPSGEN002" => MissingMember,
        "IPSGEN003" => MissingCodeName,
        "IPSGEN004" => InvalidIdentifier,
        _ => DuplicateName,
    };
}
