using System.Collections.Immutable;
using Ips.Core.Benefits;
using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>What describes a participant at entry, for splitting outcome figures by group: the NAV measure, the age at enrolment, the referring unit, the caller's grouping tags and the benefits at entry.</summary>
/// <remarks>
/// Every part is optional: null (or no tags) means not recorded, and such a participant is in the "not recorded" group
/// of a split. <see cref="None"/> records nothing; it is what a participant has unless
/// <see cref="Participant.WithCharacteristics"/> sets more. At most <see cref="MaxTags"/> distinct tags, kept in the
/// order given. <see cref="ToString"/> prints no identifier, label or tag. Equality is by value (the tags in order).
/// Immutable and thread-safe.
/// </remarks>
public sealed class EntryCharacteristics : IEquatable<EntryCharacteristics>
{
    /// <summary>The most grouping tags a participant may carry.</summary>
    public const int MaxTags = 10;

    private EntryCharacteristics(NavMeasure? measure, AgeAtEnrolment? age, ReferringUnit? referringUnit, ImmutableArray<GroupingTag> tags, NavBenefits? benefitsAtEntry)
    {
        Measure = measure;
        Age = age;
        ReferringUnit = referringUnit;
        Tags = tags;
        BenefitsAtEntry = benefitsAtEntry;
    }

    /// <summary>Nothing recorded.</summary>
    public static EntryCharacteristics None { get; } = new(null, null, null, [], null);

    /// <summary>The NAV measure the participant is in, or null.</summary>
    public NavMeasure? Measure { get; }

    /// <summary>The age at enrolment, or null.</summary>
    public AgeAtEnrolment? Age { get; }

    /// <summary>The referring unit, or null.</summary>
    public ReferringUnit? ReferringUnit { get; }

    /// <summary>The caller's grouping tags, distinct, in the order given; empty when none.</summary>
    public ImmutableArray<GroupingTag> Tags { get; }

    /// <summary>The benefits received at entry (<see cref="NavBenefits.None"/> = recorded as none), or null when not recorded.</summary>
    public NavBenefits? BenefitsAtEntry { get; }

    /// <summary>Whether nothing is recorded.</summary>
    public bool IsEmpty => Measure is null && Age is null && ReferringUnit is null && Tags.IsEmpty && BenefitsAtEntry is null;

    /// <summary>Creates the characteristics.</summary>
    /// <param name="measure">The NAV measure, or null.</param>
    /// <param name="age">The age at enrolment, or null.</param>
    /// <param name="referringUnit">The referring unit, or null.</param>
    /// <param name="tags">Grouping tags: at most <see cref="MaxTags"/>, no repeats, no default value; null for none.</param>
    /// <param name="benefitsAtEntry">The benefits at entry, or null when not recorded.</param>
    /// <returns>The characteristics.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Participant"/>.</exception>
    public static EntryCharacteristics Create(NavMeasure? measure = null, AgeAtEnrolment? age = null, ReferringUnit? referringUnit = null, IEnumerable<GroupingTag>? tags = null, NavBenefits? benefitsAtEntry = null) =>
        TryCreate(measure, age, referringUnit, tags, benefitsAtEntry).GetValueOrThrow();

    /// <summary>Creates the characteristics without throwing.</summary>
    /// <param name="measure">The NAV measure, or null.</param>
    /// <param name="age">The age at enrolment, or null.</param>
    /// <param name="referringUnit">The referring unit, or null.</param>
    /// <param name="tags">Grouping tags: at most <see cref="MaxTags"/>, no repeats, no default value; null for none.</param>
    /// <param name="benefitsAtEntry">The benefits at entry, or null when not recorded.</param>
    /// <returns>The characteristics or the broken rules (which never contain a tag or label).</returns>
    public static DomainResult<EntryCharacteristics> TryCreate(NavMeasure? measure = null, AgeAtEnrolment? age = null, ReferringUnit? referringUnit = null, IEnumerable<GroupingTag>? tags = null, NavBenefits? benefitsAtEntry = null)
    {
        List<DomainError>? errors = null;
        var list = tags is null ? ImmutableArray<GroupingTag>.Empty : tags.Take(MaxTags + 1).ToImmutableArray();
        CheckTags(ref errors, list, nameof(Tags));
        NavBenefitRules.Check(ref errors, benefitsAtEntry, nameof(BenefitsAtEntry));
        return errors is null
            ? new DomainResult<EntryCharacteristics>(new EntryCharacteristics(measure, age, referringUnit, list, benefitsAtEntry))
            : DomainResult<EntryCharacteristics>.Fail(errors);
    }

    /// <inheritdoc/>
    public bool Equals(EntryCharacteristics? other) =>
        other is not null
        && Equals(Measure, other.Measure)
        && Equals(Age, other.Age)
        && Equals(ReferringUnit, other.ReferringUnit)
        && Tags.SequenceEqual(other.Tags)
        && BenefitsAtEntry == other.BenefitsAtEntry;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EntryCharacteristics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Measure, Age, ReferringUnit, Tags.Length, BenefitsAtEntry);

    /// <summary>Returns e.g. <c>EntryCharacteristics(IPSUNG, age 24, referring unit ***, 2 tags, benefits Aap)</c>: no identifier, label or tag.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() =>
        Invariant($"EntryCharacteristics({Measure?.Code ?? "no measure"}, {(Age is null ? "no age" : "age " + Age.Years.ToString(System.Globalization.CultureInfo.InvariantCulture))}, {(ReferringUnit is null ? "no referring unit" : "referring unit ***")}, {Tags.Length} tags, benefits {(BenefitsAtEntry is { } b ? b.ToString() : "not recorded")})");

    internal static void CheckTags(ref List<DomainError>? errors, ImmutableArray<GroupingTag> tags, string property)
    {
        if (tags.Length > MaxTags)
        {
            Add(ref errors, ErrorCodes.Participant.TooManyGroupingTags, property, TooManyTagsMessage(property));
            return;
        }

        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].IsDefault)
            {
                Add(ref errors, ErrorCodes.Participant.GroupingTagInvalid, Invariant($"{property}[{i}]"), GroupingTag.InvalidMessage(Invariant($"{property}[{i}]")));
            }
            else if (tags.IndexOf(tags[i]) < i)
            {
                Add(ref errors, ErrorCodes.Participant.DuplicateGroupingTag, Invariant($"{property}[{i}]"), DuplicateTagMessage(Invariant($"{property}[{i}]")));
            }
        }
    }

    internal static string TooManyTagsMessage(string property) => Invariant($"{property} has more than {MaxTags} grouping tags; at most {MaxTags} are allowed.");

    internal static string DuplicateTagMessage(string property) => Invariant($"{property} repeats an earlier grouping tag (not shown); tags are distinct.");
}
