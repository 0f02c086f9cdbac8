using Ips.Core.Reporting;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>
/// The charts' colours: the Okabe–Ito palette (readable with every common colour-vision deficiency) for marks, and a
/// one-hue ramp of increasing darkness for the level bands, so they stay apart in greyscale print. Every mark also
/// has a text label: colour is never the only cue.
/// </summary>
internal static class ChartPalette
{
    public const string Rated = OkabeIto.Blue;
    public const string Before = OkabeIto.Orange;
    public const string After = OkabeIto.Blue;
    public const string Open = OkabeIto.Vermillion;
    public const string Ink = OkabeIto.Ink;
    public const string Grid = OkabeIto.Grid;

    /// <summary>Band fills from the lowest level to the highest (light to dark).</summary>
    public static readonly string[] Bands = ["#f2f2f2", "#d9e6f2", "#a9c9e6", "#6aa3d5", "#3d7fbf", "#2a5f99"];

    /// <summary>Text colour readable on band <paramref name="index"/>.</summary>
    public static string OnBand(int index) => index >= 4 ? "#ffffff" : Ink;
}
