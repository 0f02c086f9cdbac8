namespace Ips.Core.Reporting;

/// <summary>
/// The Okabe–Ito palette (readable with every common colour-vision deficiency) and the ink and grid greys of every
/// chart the libraries draw. Colour is never the only cue: every mark also carries a text label.
/// </summary>
/// <remarks>Shared source: compiled into Ips.Core and Ips.Core.Fidelity alike (see <see cref="SvgWriter"/>).</remarks>
internal static class OkabeIto
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
    public const string Ink = "#1a1a1a";
    public const string Grid = "#d0d0d0";
}
