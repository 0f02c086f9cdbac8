using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>The factories' identifier checks; they live with the identifiers so that validation does not depend on them.</summary>
internal static class IdPreconditions
{
    /// <summary>Whether the identifier is the default (missing) one, without formatting anything.</summary>
    internal static bool IsMissing<TId>(TId id)
        where TId : struct, IIdentifier => id.IsDefault;

    internal static void RequireId<TId>(ref List<DomainError>? errors, TId id, string property)
        where TId : struct, IIdentifier
    {
        if (id.IsDefault)
        {
            Preconditions.Add(ref errors, ErrorCodes.Identity.Missing, property, Preconditions.Invariant($"{property} is required (the default identifier is not valid)."));
        }
    }
}
