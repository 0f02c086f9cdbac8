using System.Globalization;

namespace Ips.Core.Validation;

/// <summary>Collects broken rules for the factories; messages are only built on failure.</summary>
/// <remarks>
/// The error list is allocated lazily, so the valid path allocates nothing here. Every message is
/// invariant-culture text; identity values are never formatted into one.
/// </remarks>
internal static class Preconditions
{
    internal static void Add(ref List<DomainError>? errors, string code, string property, string message) =>
        (errors ??= new List<DomainError>(2)).Add(new DomainError(code, property, message));

    internal static string Invariant(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);

    internal static void NotNull(ref List<DomainError>? errors, object? value, string property)
    {
        if (value is null)
        {
            Add(ref errors, ErrorCodes.General.Required, property, Invariant($"{property} is required."));
        }
    }

    internal static void Defined<TEnum>(ref List<DomainError>? errors, TEnum value, string property)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(ref errors, ErrorCodes.General.UndefinedValue, property, UndefinedMessage(property, value));
        }
    }

    internal static void DefinedFlags<TEnum>(ref List<DomainError>? errors, TEnum value, TEnum all, string property)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var allowed = Convert.ToInt64(all, CultureInfo.InvariantCulture);
        if ((bits & ~allowed) != 0)
        {
            Add(ref errors, ErrorCodes.General.UndefinedValue, property, UndefinedMessage(property, value));
        }
    }

    internal static string UndefinedMessage<TEnum>(string property, TEnum value)
        where TEnum : struct, Enum =>
        Invariant($"{property} has the value {Convert.ToInt64(value, CultureInfo.InvariantCulture)}, which is not a defined {typeof(TEnum).Name}.");

    /// <summary>Checks optional text: null passes; otherwise not blank and at most <paramref name="maxLength"/> characters.</summary>
    internal static void OptionalText(ref List<DomainError>? errors, string? text, int maxLength, string property)
    {
        if (text is not null)
        {
            Text(ref errors, text, maxLength, property);
        }
    }

    /// <summary>Checks required text: not null, not blank, at most <paramref name="maxLength"/> characters.</summary>
    internal static void Text(ref List<DomainError>? errors, string? text, int maxLength, string property)
    {
        if (text is null)
        {
            NotNull(ref errors, text, property);
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            Add(ref errors, ErrorCodes.General.BlankText, property, BlankMessage(property));
        }
        else if (text.Length > maxLength)
        {
            Add(ref errors, ErrorCodes.General.TextTooLong, property, TooLongMessage(property, text.Length, maxLength));
        }
    }

    internal static string BlankMessage(string property) => Invariant($"{property} must not be blank.");

    internal static string TooLongMessage(string property, int length, int maxLength) =>
        Invariant($"{property} has {length} characters; at most {maxLength} are allowed.");

    internal static string EndBeforeStartMessage(string property, NodaTime.LocalDate end, NodaTime.LocalDate start) =>
        Invariant($"{property} {end:uuuu-MM-dd} lies before the start {start:uuuu-MM-dd}; the end must be on or after the start.");

    internal static string DateInFutureMessage(string property, NodaTime.LocalDate date, NodaTime.LocalDate today) =>
        Invariant($"{property} {date:uuuu-MM-dd} lies after today ({today:uuuu-MM-dd}); records describe what has happened.");
}
