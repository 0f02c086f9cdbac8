using System.Globalization;

namespace Ips.TestSupport;

/// <summary>Culture names for culture-invariance tests.</summary>
public static class Cultures
{
    /// <summary>The name <see cref="Get"/> maps to <see cref="CultureInfo.InvariantCulture"/> (whose own name is empty).</summary>
    public const string Invariant = "invariant";

    /// <summary>
    /// Cultures that break culture-sensitive code: nb-NO (decimal comma, non-breaking-space group separator,
    /// U+2212 minus sign), en-US, tr-TR (dotted/dotless i), ar-SA (Umm al-Qura calendar, Arabic digits in
    /// some formats), fa-IR (Persian calendar) and the invariant culture.
    /// </summary>
    /// <remarks>
    /// Theory data: declare it in the test class, <c>public static TheoryData&lt;string&gt; HostileCultures =&gt; new(Cultures.Hostile);</c>
    /// with <c>[MemberData(nameof(HostileCultures))]</c>. (A MemberData whose MemberType lives in this assembly
    /// crashes xunit.analyzers 1.27 with AD0001, which the warnings-as-errors build turns into a failure.)
    /// </remarks>
    public static IReadOnlyList<string> Hostile { get; } = ["nb-NO", "en-US", "tr-TR", "ar-SA", "fa-IR", Invariant];

    /// <summary>Resolves a culture name; <see cref="Invariant"/> (or the empty string) is the invariant culture.</summary>
    /// <exception cref="CultureNotFoundException">The name is not a predefined culture.</exception>
    public static CultureInfo Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 || string.Equals(name, Invariant, StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.InvariantCulture
            : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
    }
}
