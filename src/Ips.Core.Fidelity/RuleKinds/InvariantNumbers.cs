using System.Globalization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>Culture-invariant numbers for problem messages and descriptions (a decimal point, round-trippable), whatever the current culture.</summary>
internal static class InvariantNumbers
{
    public static string Num(double value) => FidelityNumberFormat.FormatInvariant(value);

    public static string Num(int value) => Int(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
