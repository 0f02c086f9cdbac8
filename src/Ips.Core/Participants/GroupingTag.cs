using Ips.Core.Validation;

namespace Ips.Core.Participants;

/// <summary>A grouping tag of the caller's own (e.g. <c>rus</c>, <c>pilot-2019</c>), for splitting outcome figures by groups the library does not know.</summary>
/// <remarks>
/// 1–32 characters of <c>[A-Za-z0-9._-]</c>, compared ordinally (case-sensitive). A tag names a group, never a person:
/// error messages do not echo it. The default value is not a valid tag. Immutable and thread-safe.
/// </remarks>
public readonly record struct GroupingTag
{
    /// <summary>The longest tag accepted.</summary>
    public const int MaxLength = 32;

    private readonly string? _value;

    private GroupingTag(string value) => _value = value;

    /// <summary>The tag (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default value (not a valid tag).</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a tag.</summary>
    /// <param name="value">1–32 characters of <c>[A-Za-z0-9._-]</c>.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="DomainException">The value is missing or malformed (<see cref="ErrorCodes.Participant.GroupingTagInvalid"/>).</exception>
    public static GroupingTag Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates a tag without throwing.</summary>
    /// <param name="value">1–32 characters of <c>[A-Za-z0-9._-]</c>.</param>
    /// <returns>The tag, or an error that does not contain the value.</returns>
    public static DomainResult<GroupingTag> TryCreate(string? value) =>
        IsValid(value)
            ? new DomainResult<GroupingTag>(new GroupingTag(value!))
            : new DomainResult<GroupingTag>(new DomainError(ErrorCodes.Participant.GroupingTagInvalid, nameof(GroupingTag), InvalidMessage(nameof(GroupingTag))));

    /// <summary>Returns the tag.</summary>
    /// <returns>The tag.</returns>
    public override string ToString() => Value;

    internal static bool IsValid(string? value)
    {
        if (value is null || value.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string InvalidMessage(string property) =>
        $"{property} must be 1-{MaxLength} characters of [A-Za-z0-9._-]; the value given is not shown.";
}
