using System.Globalization;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>A language the definition's texts are written in, with how numbers are written in it.</summary>
/// <remarks>
/// Number formats are part of the data rather than taken from the machine's culture data, so a report renders
/// byte-identically on every machine. Immutable and thread-safe.
/// </remarks>
public sealed record LanguageDefinition
{
    private NumberFormatInfo? numberFormat;

    /// <summary>The language code, e.g. <c>nb</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The language's own name, e.g. <c>Norsk bokmål</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The decimal separator, e.g. <c>,</c> in Norwegian.</summary>
    public string DecimalSeparator { get; init; } = ".";

    /// <summary>The thousands separator, e.g. a no-break space in Norwegian.</summary>
    public string GroupSeparator { get; init; } = ",";

    /// <summary>The language as a <see cref="ReportLanguage"/>.</summary>
    [JsonIgnore]
    public ReportLanguage Language => ReportLanguage.FromCode(Code);

    /// <summary>The number format built from the separators (read-only; built once).</summary>
    [JsonIgnore]
    public NumberFormatInfo NumberFormat => numberFormat ??= FidelityNumberFormat.Create(DecimalSeparator, GroupSeparator);
}
