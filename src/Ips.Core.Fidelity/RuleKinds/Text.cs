using System.Globalization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>Culture-invariant numbers for problem messages and descriptions.</summary>
internal static class Text
{
    public static string Num(double value) => FidelityNumberFormat.FormatInvariant(value);

    public static string Num(int value) => Int(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
