namespace Ips.Core.Fidelity.Presentation;

/// <summary>
/// The charts' colours: the Okabe–Ito palette (readable with every common colour-vision deficiency) for marks, and a
/// one-hue ramp of increasing darkness for the level bands, so they stay apart in greyscale print. Every mark also
/// has a text label: colour is never the only cue.
/// </summary>
internal static class ChartPalette
{
    public const string Rated = "#0072B2";
    public const string Before = "#E69F00";
    public const string After = "#0072B2";
    public const string Open = "#D55E00";
    public const string Ink = "#1a1a1a";
    public const string Grid = "#d0d0d0";

    /// <summary>Band fills from the lowest level to the highest (light to dark).</summary>
    public static readonly string[] Bands = ["#f2f2f2", "#d9e6f2", "#a9c9e6", "#6aa3d5", "#3d7fbf", "#2a5f99"];

    /// <summary>Text colour readable on band <paramref name="index"/>.</summary>
    public static string OnBand(int index) => index >= 4 ? "#ffffff" : Ink;
}
