using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>The language of a report's texts, by code (<c>nb</c>, <c>en</c>, or any other the scale definition declares).</summary>
/// <remarks>
/// <para>
/// Languages are data, not code: a scale definition lists the languages it carries (<see cref="Ips.Core.Fidelity.Definition.ScaleDefinition.Languages"/>)
/// and every text in it has one entry per language (IPS-25 has Norwegian, <c>nb</c>, and English, <c>en</c>); a translation
/// (e.g. <c>nn</c> or <c>se</c>) is added by adding texts to the definition, with no engine change.
/// </para>
/// <para>
/// Codes are compared ordinally after normalising to lower case (ASCII). <c>default(ReportLanguage)</c> means "the
/// scale's default language" (<see cref="IsDefault"/>): the renderers and writers replace it by the definition's first
/// language; its <see cref="Code"/> is empty. No language is built in: IPS-25's are <c>Ips25Scale.Norwegian</c> and
/// <c>Ips25Scale.English</c>. Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(ReportLanguageJsonConverter))]
public readonly struct ReportLanguage : IEquatable<ReportLanguage>
{
    private readonly string? code;

    private ReportLanguage(string code) => this.code = code;

    /// <summary>The language code, lower case (e.g. <c>nb</c>); empty for <c>default(ReportLanguage)</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Whether this is <c>default(ReportLanguage)</c>: no language chosen, so the scale's default applies.</summary>
    public bool IsDefault => code is null;

    /// <summary>This language, or <paramref name="fallback"/> when this is <see cref="IsDefault"/>.</summary>
    /// <param name="fallback">The language to use when none was chosen (normally the scale's default language).</param>
    /// <returns>The language.</returns>
    public ReportLanguage Or(ReportLanguage fallback) => code is null ? fallback : this;

    /// <summary>Compares two languages by code.</summary>
    /// <param name="left">The first language.</param>
    /// <param name="right">The second language.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(ReportLanguage left, ReportLanguage right) => left.Equals(right);

    /// <summary>Compares two languages by code.</summary>
    /// <param name="left">The first language.</param>
    /// <param name="right">The second language.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(ReportLanguage left, ReportLanguage right) => !left.Equals(right);

    /// <summary>The language with <paramref name="code"/> (e.g. <c>"nb"</c>, <c>"EN"</c>, <c>"nn"</c>).</summary>
    /// <param name="code">A language code: 2–8 ASCII letters, optionally followed by <c>-</c> and 1–8 letters or digits.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentException">The code is not of that shape.</exception>
    public static ReportLanguage FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var language)
            ? language
            : throw new ArgumentException("A language code is 2–8 ASCII letters, optionally followed by '-' and 1–8 letters or digits (e.g. nb, en, nn); got '" + Shorten(code) + "'.", nameof(code));
    }

    /// <summary>Reads a language code without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language, when the code is well formed.</param>
    /// <returns>Whether the code is well formed.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out ReportLanguage language)
    {
        language = default;
        if (code is null || !IsWellFormed(code))
        {
            return false;
        }

        language = new ReportLanguage(code.ToLowerInvariant());
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ReportLanguage other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportLanguage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code (e.g. <c>nb</c>).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static bool IsWellFormed(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        var primary = dash < 0 ? code : code[..dash];
        if (primary.Length is < 2 or > 8 || !All(primary, char.IsAsciiLetter))
        {
            return false;
        }

        if (dash < 0)
        {
            return true;
        }

        var subtag = code[(dash + 1)..];
        return subtag.Length is >= 1 and <= 8 && All(subtag, char.IsAsciiLetterOrDigit);
    }

    private static bool All(string text, Func<char, bool> predicate)
    {
        foreach (var c in text)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 16 ? text : string.Concat(text.AsSpan(0, 16), "…");
}
