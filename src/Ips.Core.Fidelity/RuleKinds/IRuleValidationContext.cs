using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// What a rule kind, modifier, condition or value sees of the item while its definition is validated: the item's
/// declared facts and score range, the scale's languages, and a sink for problems (path, code, message).
/// </summary>
/// <remarks>The definition validator implements it; the problems it records carry the item number.</remarks>
internal interface IRuleValidationContext
{
    /// <summary>Records a problem at <paramref name="path"/> with a code of <c>ScaleProblemCodes</c>.</summary>
    void Problem(string path, string code, string message);

    /// <summary>Reports a null array entry (JSON allows <c>null</c> elements); true when it is null, so the caller skips it.</summary>
    bool IsNull<T>([NotNullWhen(false)] T? entry, string path)
        where T : class;

    /// <summary>Reports every null entry of <paramref name="entries"/>; true when there is none.</summary>
    bool HasNoNullEntry<T>(ImmutableArray<T> entries, string path)
        where T : class;

    /// <summary>Requires <paramref name="text"/> in every language the scale declares.</summary>
    void RequireText(LocalizedText? text, string path, string what);

    /// <summary>Requires <paramref name="score"/> to lie in the item's score range (when the item has a valid one).</summary>
    void CheckScore(int score, string path);

    /// <summary>The declared fact <paramref name="id"/> of one of <paramref name="kinds"/>; null (with a problem reported) when it is not named, not declared or of another kind.</summary>
    DeclaredFact? RequireFact(string? id, string path, string role, params ReadOnlySpan<FactKind> kinds);
}
