using System.Globalization;
using Xunit;

namespace Ips.TestSupport;

/// <summary>
/// The identity sentinel of the data-protection tests: recognisable person identifiers (participant, specialist and
/// supervisor ids) to build domain objects with, and the check that none of them shows in a text that leaves the
/// library: <c>ToString()</c>, exception messages and stack traces, validation messages and attempted values, derived
/// facts, reports and JSON. One set of values for every suite, so a leak found in one is searched for in all.
/// </summary>
/// <remarks>
/// <para>
/// Every value is <see cref="Word"/>, a kind letter and a <em>mark</em> of four characters; the check looks for the
/// word and for each mark on its own, ignoring case, so a value that was cut, upper-cased or embedded in another is
/// found too. Each mark has letters outside a–f: no commit hash can contain it, and the engine version printed in
/// every fidelity report carries one (<c>0.1.0+&lt;sha&gt;</c>).
/// </para>
/// <para>
/// Stack traces are checked too, so no type or method named with the word may be on the stack of a throw: name the
/// test classes and methods that throw (and their lambdas' enclosing members) without it.
/// </para>
/// <example>
/// <code>
/// var id = ParticipantId.Create(IdentitySentinel.Participant);
/// IdentitySentinel.AssertAbsent(id.ToString(), "ParticipantId");
/// </code>
/// </example>
/// </remarks>
public static class IdentitySentinel
{
    /// <summary>The word every sentinel value starts with.</summary>
    public const string Word = "SENTINEL";

    /// <summary>The mark of the participant ids.</summary>
    public const string ParticipantMark = "7q3x";

    /// <summary>The mark of the specialist ids.</summary>
    public const string SpecialistMark = "9k1w";

    /// <summary>The mark of the supervisor ids.</summary>
    public const string SupervisorMark = "5z0v";

    /// <summary>A valid participant id: <c>SENTINEL-P-7q3x</c>.</summary>
    public const string Participant = Word + "-P-" + ParticipantMark;

    /// <summary>A valid specialist id: <c>SENTINEL-S-9k1w</c>.</summary>
    public const string Specialist = Word + "-S-" + SpecialistMark;

    /// <summary>A valid supervisor id: <c>SENTINEL-U-5z0v</c>.</summary>
    public const string Supervisor = Word + "-U-" + SupervisorMark;

    /// <summary>A malformed participant id (a space and a <c>!</c>), which an id factory or validator rejects.</summary>
    public const string MalformedParticipant = Word + " P " + ParticipantMark + "!";

    /// <summary>A malformed specialist id (spaces), which an id factory or validator rejects.</summary>
    public const string MalformedSpecialist = Word + " S " + SpecialistMark;

    /// <summary>What <see cref="AssertAbsent"/> looks for: <see cref="Word"/> and each mark.</summary>
    public static IReadOnlyList<string> Fragments { get; } = [Word, ParticipantMark, SpecialistMark, SupervisorMark];

    /// <summary>A further valid participant id, <c>SENTINEL-P-0002-7q3x</c> for <paramref name="number"/> 2.</summary>
    public static string OtherParticipant(int number) => Numbered("P", number, ParticipantMark);

    /// <summary>A further valid specialist id, <c>SENTINEL-S-0009-9k1w</c> for <paramref name="number"/> 9.</summary>
    public static string OtherSpecialist(int number) => Numbered("S", number, SpecialistMark);

    /// <summary>Whether <paramref name="text"/> contains any of the <see cref="Fragments"/>, ignoring case.</summary>
    public static bool Leaks(string? text) =>
        text is not null && Fragments.Any(fragment => text.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Fails when <paramref name="text"/> contains any of the <see cref="Fragments"/> (ignoring case), naming
    /// <paramref name="what"/> and the text. A null text has nothing to leak.
    /// </summary>
    public static void AssertAbsent(string? text, string what)
    {
        if (text is null)
        {
            return;
        }

        foreach (var fragment in Fragments)
        {
            Assert.False(text.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{what} leaks an identifier: {text}");
        }
    }

    private static string Numbered(string kind, int number, string mark)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return string.Create(CultureInfo.InvariantCulture, $"{Word}-{kind}-{number:0000}-{mark}");
    }
}
