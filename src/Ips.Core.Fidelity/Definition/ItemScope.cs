using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>One entry of a definition's items, as the item validators see it: the definition, the position, the item (null for a null entry) and the numbers seen so far.</summary>
internal sealed class ItemScope
{
    private ItemScope(ScaleDefinition definition, int index, ItemDefinition? item, HashSet<int> seenNumbers)
    {
        Definition = definition;
        Index = index;
        Item = item;
        SeenNumbers = seenNumbers;
        Path = "items[" + InvariantNumbers.Int(index) + "]";
    }

    public ScaleDefinition Definition { get; }

    public int Index { get; }

    public ItemDefinition? Item { get; }

    /// <summary>The valid item numbers of the entries before this one (shared across one validation run).</summary>
    public HashSet<int> SeenNumbers { get; }

    /// <summary>The item's path in the definition, <c>items[i]</c>.</summary>
    public string Path { get; }

    /// <summary>Every entry of <paramref name="definition"/>'s items, in order, sharing one set of seen numbers.</summary>
    public static IEnumerable<ItemScope> All(ScaleDefinition definition)
    {
        var seen = new HashSet<int>();
        var items = definition.Items;
        for (var i = 0; i < items.Length; i++)
        {
            yield return new ItemScope(definition, i, items[i], seen);
        }
    }

    /// <summary>Where this item's problems go: numbered with the item, with its facts and valid score range for the rule kinds.</summary>
    public DefinitionProblems Problems(Action<FluentValidation.Results.ValidationFailure> add)
    {
        if (Item is null)
        {
            return new DefinitionProblems(Definition, add);
        }

        var range = Definition.FindScores(Item);
        return new DefinitionProblems(Definition, add, Item.Number, Item, range is { IsValid: true } ? range : null);
    }
}
