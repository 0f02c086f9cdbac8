namespace Ips.Core.Fidelity.Facts;

/// <summary>One fact as given: the fact id declared on the item and its value.</summary>
/// <param name="Id">The fact id (camelCase English, as declared in the scale definition).</param>
/// <param name="Value">The value as given.</param>
public readonly record struct FactEntry(string Id, FactValue Value);
