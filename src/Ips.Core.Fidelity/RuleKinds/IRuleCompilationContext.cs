namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>What a rule kind sees of the item while it is compiled: fact ids resolved to the item's slots.</summary>
/// <remarks>The scoring compiler implements it; the definition is validated first, so a failure here is a broken invariant.</remarks>
internal interface IRuleCompilationContext
{
    /// <summary>The slot of declared fact <paramref name="id"/>; throws when the item does not declare it.</summary>
    int RequireSlot(string? id);

    /// <summary>The level ids of the fact in <paramref name="slot"/>, in order (empty for other kinds).</summary>
    string[] LevelIdsOf(int slot);

    /// <summary>The number of checklist elements of the fact in <paramref name="slot"/>.</summary>
    int ElementCountOf(int slot);

    /// <summary>The exception for a definition that cannot be compiled (e.g. "Unknown rule kind"), naming the item.</summary>
    Exception Malformed(string what);
}
