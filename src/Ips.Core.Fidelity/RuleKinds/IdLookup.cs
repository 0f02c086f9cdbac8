namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>Finding an id among a definition's ids: by reference first (ids read from JSON or built from the definition are its own strings), then by ordinal comparison.</summary>
internal static class IdLookup
{
    public static int Of(string[] ids, string? id)
    {
        if (id is null)
        {
            return -1;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (ReferenceEquals(ids[i], id))
            {
                return i;
            }
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
