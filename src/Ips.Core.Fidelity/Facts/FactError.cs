using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>A problem with the facts given for an item: which item, fact and value, which rule, and a stable code.</summary>
/// <param name="Code">A stable error code (see <see cref="FactErrorCodes"/> or an item constraint's own code).</param>
/// <param name="Item">The item number.</param>
/// <param name="FactId">The fact concerned, if one.</param>
/// <param name="Specialist">The specialist label, for per-specialist facts.</param>
/// <param name="Value">The value as given, in invariant text (decimal point), if one.</param>
/// <param name="Rule">The rule the value breaks, in invariant English (e.g. <c>greater than 0</c>).</param>
/// <param name="Message">The whole problem in one invariant English sentence.</param>
/// <remarks>Texts are culture-invariant so logs and tests read the same everywhere. Specialist labels are echoed as given: keep them opaque.</remarks>
public sealed record FactError(string Code, int Item, string? FactId, string? Specialist, string? Value, string Rule, string Message);

/// <summary>The stable error codes for bad facts.</summary>
public static class FactErrorCodes
{
    /// <summary>A number or count is NaN or infinite.</summary>
    public const string NotANumber = "Fact.NotANumber";

    /// <summary>A number or count is below the fact's minimum (or at an exclusive minimum, e.g. FTE 0).</summary>
    public const string BelowMinimum = "Fact.BelowMinimum";

    /// <summary>A number is above the fact's maximum (e.g. 101 %).</summary>
    public const string AboveMaximum = "Fact.AboveMaximum";

    /// <summary>A count is not a whole number.</summary>
    public const string NotAWholeNumber = "Fact.NotAWholeNumber";

    /// <summary>An element id is not one of the item's elements.</summary>
    public const string UnknownElement = "Fact.UnknownElement";

    /// <summary>An element id is given twice.</summary>
    public const string DuplicateElement = "Fact.DuplicateElement";

    /// <summary>A level id is not one of the fact's levels.</summary>
    public const string UnknownLevel = "Fact.UnknownLevel";

    /// <summary>The fact id is not declared on the item.</summary>
    public const string UnknownFact = "Fact.UnknownFact";

    /// <summary>The same fact is given twice in one fact set.</summary>
    public const string DuplicateFact = "Fact.DuplicateFact";

    /// <summary>The value's kind does not fit the fact (e.g. a level for a number), or the value member is absent.</summary>
    public const string WrongKind = "Fact.WrongKind";

    /// <summary>The item number is not an item of the scale.</summary>
    public const string UnknownItem = "Item.UnknownItem";

    /// <summary>The same item is given twice.</summary>
    public const string DuplicateItem = "Item.Duplicate";

    /// <summary>Both programme-level and per-specialist facts are given for one item.</summary>
    public const string BothProgrammeAndSpecialists = "Item.BothProgrammeAndSpecialists";

    /// <summary>Per-specialist facts are given for an item the scale rates for the programme only.</summary>
    public const string NotPerSpecialist = "Item.NotPerSpecialist";

    /// <summary>A specialist has no label, or two specialists share one.</summary>
    public const string BadSpecialistLabel = "Item.BadSpecialistLabel";

    /// <summary>The review facts object itself is missing.</summary>
    public const string MissingReview = "Review.Missing";

    /// <summary>The review's programme label is missing.</summary>
    public const string MissingProgrammeLabel = "Review.MissingProgrammeLabel";
}
