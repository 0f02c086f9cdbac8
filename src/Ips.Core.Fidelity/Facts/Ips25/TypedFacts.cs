using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Helpers the typed IPS-25 fact records use to produce generic fact entries.</summary>
internal static class TypedFacts
{
    public static void AddCount(ImmutableArray<FactEntry>.Builder entries, string id, long? value)
    {
        if (value is { } count)
        {
            entries.Add(new FactEntry(id, FactValue.FromCount(count)));
        }
    }

    public static void AddNumber(ImmutableArray<FactEntry>.Builder entries, string id, double? value)
    {
        if (value is { } number)
        {
            entries.Add(new FactEntry(id, FactValue.FromNumber(number)));
        }
    }

    public static void AddFlag(ImmutableArray<FactEntry>.Builder entries, string id, bool? value)
    {
        if (value is { } flag)
        {
            entries.Add(new FactEntry(id, FactValue.FromFlag(flag)));
        }
    }

    public static FactValue Elements<TEnum>(TEnum present, (TEnum Flag, string Id)[] table)
        where TEnum : struct, Enum
    {
        var ids = ImmutableArray.CreateBuilder<string>(table.Length);
        foreach (var (flag, id) in table)
        {
            if (present.HasFlag(flag))
            {
                ids.Add(id);
            }
        }

        return new FactValue { Kind = FactKind.Elements, Elements = ids.ToImmutable() };
    }
}
