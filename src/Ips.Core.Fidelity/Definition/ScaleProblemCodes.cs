namespace Ips.Core.Fidelity.Definition;

/// <summary>The stable codes of <see cref="ScaleDefinitionProblem"/>: every way a scale definition can be refused, in one table.</summary>
/// <remarks>
/// Callers and tests key on these codes, not on message text. <c>docs/integration-guide.md</c> lists the same table; a test
/// checks the two agree and that the loader and validator use no code that is not here.
/// </remarks>
public static class ScaleProblemCodes
{
    /// <summary>The document is not valid JSON for a definition (syntax, wrong type, unknown property, null where a value is required); the path is the JSON path.</summary>
    public const string UnreadableJson = "Scale.UnreadableJson";

    /// <summary>The document is JSON <c>null</c>.</summary>
    public const string Empty = "Scale.Empty";

    /// <summary>The embedded <c>ips-25.v1.json</c> is missing from the assembly (a broken build).</summary>
    public const string ResourceMissing = "Scale.ResourceMissing";

    /// <summary>An array holds <c>null</c> where an entry belongs (e.g. <c>items[3].rule.bands[2]</c>).</summary>
    public const string NullEntry = "Scale.NullEntry";

    /// <summary>A name, label, anchor, reason, unit or message lacks a text in a declared language, or the scale id, edition, revision or a constraint code is empty.</summary>
    public const string MissingText = "Scale.MissingText";

    /// <summary>A language code is not lower-case letters with an optional subtag.</summary>
    public const string BadLanguage = "Scale.BadLanguage";

    /// <summary>A language is listed twice.</summary>
    public const string DuplicateLanguage = "Scale.DuplicateLanguage";

    /// <summary>A language's decimal and group separators are empty or equal.</summary>
    public const string BadNumberFormat = "Scale.BadNumberFormat";

    /// <summary>The definition declares no language (it needs at least one; IPS-25 declares <c>nb</c> and <c>en</c>).</summary>
    public const string MissingLanguage = "Scale.MissingLanguage";

    /// <summary>A score range (<c>itemScores</c>, or an item's <c>scores</c>) is not 0 ≤ min &lt; max ≤ 100.</summary>
    public const string BadScoreRange = "Scale.BadScoreRange";

    /// <summary>An item states no <c>scores</c>, and the scale states no <c>itemScores</c>.</summary>
    public const string MissingScoreRange = "Scale.MissingScoreRange";

    /// <summary>A per-specialist item has no <c>specialistScores</c>, and the scale states none either.</summary>
    public const string MissingCombination = "Scale.MissingCombination";

    /// <summary>There are no sections.</summary>
    public const string NoSections = "Scale.NoSections";

    /// <summary>A section, policy, fact, element or level id, or a warning code, is empty or used twice.</summary>
    public const string DuplicateId = "Scale.DuplicateId";

    /// <summary>A range runs backwards or lies outside its domain (section, level, fact bounds, count-fact minimum, element-map entry, non-finite band bound or anchor point).</summary>
    public const string BadRange = "Scale.BadRange";

    /// <summary>A total of the scale's own range (the sum of the items' lowest scores to the sum of their highest; 25–125 for IPS-25) has no fidelity level.</summary>
    public const string LevelGap = "Scale.LevelGap";

    /// <summary>A total has more than one fidelity level.</summary>
    public const string LevelOverlap = "Scale.LevelOverlap";

    /// <summary>No policies are stated.</summary>
    public const string NoPolicies = "Scale.NoPolicies";

    /// <summary>A UI label a renderer needs is missing (<c>ScaleDefinitionValidator.RequiredLabels</c>).</summary>
    public const string MissingLabel = "Scale.MissingLabel";

    /// <summary>The definition has no items.</summary>
    public const string ItemCount = "Scale.ItemCount";

    /// <summary>An item number is outside 1 to the number of items.</summary>
    public const string ItemNumber = "Scale.ItemNumber";

    /// <summary>An item number is used twice.</summary>
    public const string DuplicateItem = "Scale.DuplicateItem";

    /// <summary>An item number from 1 to the number of items is missing.</summary>
    public const string MissingItem = "Scale.MissingItem";

    /// <summary>An item names a section that does not exist.</summary>
    public const string UnknownSection = "Scale.UnknownSection";

    /// <summary>An item lies outside its section's item range.</summary>
    public const string SectionRange = "Scale.SectionRange";

    /// <summary>An item names no data sources.</summary>
    public const string NoDataSources = "Scale.NoDataSources";

    /// <summary>An item lacks the anchor for a score of its range.</summary>
    public const string MissingAnchor = "Scale.MissingAnchor";

    /// <summary>An item gives the anchor for a score more than once.</summary>
    public const string DuplicateAnchor = "Scale.DuplicateAnchor";

    /// <summary>An anchor, band, map entry, level map, outcome or modifier score is outside the item's score range.</summary>
    public const string ScoreOutOfRange = "Scale.ScoreOutOfRange";

    /// <summary>An item declares no facts.</summary>
    public const string NoFacts = "Scale.NoFacts";

    /// <summary>A fact, rule or plausibility check has an unknown kind (possible only for definitions built in code).</summary>
    public const string UnknownKind = "Scale.UnknownKind";

    /// <summary>An elements fact has no element, or a level fact fewer than two levels.</summary>
    public const string NoOptions = "Scale.NoOptions";

    /// <summary>A rule or condition names no fact.</summary>
    public const string MissingFactReference = "Scale.MissingFactReference";

    /// <summary>A rule, modifier, exclusion, constraint or measure refers to a fact the item does not declare.</summary>
    public const string UndeclaredFact = "Scale.UndeclaredFact";

    /// <summary>A fact is referred to where another kind is needed (e.g. a flag condition on a level fact).</summary>
    public const string FactKindMismatch = "Scale.FactKindMismatch";

    /// <summary>An item has no rule (definitions built in code).</summary>
    public const string MissingRule = "Scale.MissingRule";

    /// <summary>A nearest-anchor rule has no anchor points.</summary>
    public const string NoPoints = "Scale.NoPoints";

    /// <summary>A nearest-anchor rule gives the same point twice.</summary>
    public const string DuplicatePoint = "Scale.DuplicatePoint";

    /// <summary>A decision list has no <c>otherwise</c> outcome.</summary>
    public const string MissingOtherwise = "Scale.MissingOtherwise";

    /// <summary>A decision-list case has no outcome (definitions built in code).</summary>
    public const string MissingOutcome = "Scale.MissingOutcome";

    /// <summary>An outcome does not have exactly one of <c>score</c>, <c>notRated</c> and <c>rule</c>.</summary>
    public const string BadOutcome = "Scale.BadOutcome";

    /// <summary>An element-count map gives no score for some count of elements present.</summary>
    public const string CountGap = "Scale.CountGap";

    /// <summary>An element-count map gives more than one score for a count.</summary>
    public const string CountOverlap = "Scale.CountOverlap";

    /// <summary>A level map or level condition names a level the fact does not have.</summary>
    public const string UnknownLevel = "Scale.UnknownLevel";

    /// <summary>An observed-level rule gives no score for one of the fact's levels.</summary>
    public const string LevelNotMapped = "Scale.LevelNotMapped";

    /// <summary>An observed-level rule gives a level more than one score.</summary>
    public const string LevelMappedTwice = "Scale.LevelMappedTwice";

    /// <summary>A bands rule has no bands.</summary>
    public const string NoBands = "Scale.NoBands";

    /// <summary>A band contains no value (after whole-number rounding, where the rule rounds).</summary>
    public const string EmptyBand = "Scale.EmptyBand";

    /// <summary>The bands leave part of the scored value's domain without a score.</summary>
    public const string BandGap = "Scale.BandGap";

    /// <summary>Two bands overlap beyond a single shared boundary point.</summary>
    public const string BandOverlap = "Scale.BandOverlap";

    /// <summary>A bands or nearest-anchor rule, comparison or measure has no value.</summary>
    public const string MissingValue = "Scale.MissingValue";

    /// <summary>A value does not have exactly one form, has a factor that is not positive and finite, or is a constant where a fact must be scored.</summary>
    public const string BadValue = "Scale.BadValue";

    /// <summary>A modifier, exclusion, constraint or case has no condition, or an <c>all</c>/<c>any</c> list holds <c>null</c>.</summary>
    public const string MissingCondition = "Scale.MissingCondition";

    /// <summary>A condition has no form or several, a comparison lacks <c>op</c>, a level condition lacks exactly one target, a flag condition lacks <c>is</c>, or <c>all</c>/<c>any</c> is empty.</summary>
    public const string BadCondition = "Scale.BadCondition";

    /// <summary>An item that is not scored per specialist declares an exclusion.</summary>
    public const string ExcludeNotPerSpecialist = "Scale.ExcludeNotPerSpecialist";

    /// <summary>An item's or a fact's optional <c>codeName</c> (the C# name the source generator uses) is not a C# identifier.</summary>
    public const string BadCodeName = "Scale.BadCodeName";

    /// <summary>A plausibility check (<c>warnings[…]</c>) names no fact.</summary>
    public const string NoWarningFacts = "Scale.NoWarningFacts";

    /// <summary>A plausibility check names an item the scale does not have.</summary>
    public const string UnknownWarningItem = "Scale.UnknownWarningItem";

    /// <summary>A plausibility check's limit is missing where its kind needs one, given where it takes none, or not a finite number greater than 0.</summary>
    public const string BadWarningLimit = "Scale.BadWarningLimit";

    /// <summary>A plausibility check is scoped to specialists' facts, but names a fact of an item that is not rated per specialist.</summary>
    public const string WarningScopeMismatch = "Scale.WarningScopeMismatch";

    /// <summary>A warning message uses a placeholder other than <c>{value}</c> and <c>{limit}</c>.</summary>
    public const string BadPlaceholder = "Scale.BadPlaceholder";

    /// <summary>A plausibility check's code is not ASCII letters, digits, <c>.</c>, <c>_</c> or <c>-</c> starting with a letter (it is written as it is into reports and the scores CSV).</summary>
    public const string BadWarningCode = "Scale.BadWarningCode";

    /// <summary>A fact's optional CSV <c>column</c> name is not <c>i</c>, the item number with at least two digits and <c>_</c>, then <c>[a-z0-9_]</c>, at most 32 characters; or it is the name of another column.</summary>
    public const string BadColumnName = "Scale.BadColumnName";
}
