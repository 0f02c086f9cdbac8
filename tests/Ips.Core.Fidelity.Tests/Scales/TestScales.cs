using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Scales;

/// <summary>The scale definitions the tests load from files, as a user would: a small Swedish test scale scored 0–3, and a revised IPS-25.</summary>
internal static class TestScales
{
    /// <summary>The text of <c>Scales/mini-sv.v1.json</c>: 4 items scored 0–3, Swedish only, per-specialist median with ties up.</summary>
    public static string MiniSwedishJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scales", "mini-sv.v1.json"));

    /// <summary>A review of the test scale (items 1–3 given, item 4 missing).</summary>
    public static string MiniSwedishReviewJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scales", "mini-sv.review.json"));

    /// <summary>The shipped IPS-25 with one band changed (item 1: up to 22 participants per FTE scores 5) and revision 2026.2.</summary>
    public static string RevisedIps25Json()
    {
        var root = JsonNode.Parse(Ips25Scale.Definition.ToJson())!.AsObject();
        root["revision"] = "2026.2";
        var bands = root["items"]![0]!["rule"]!["bands"]!.AsArray();
        bands[3]!["min"] = 23; // 23–25 → 4 (was 21–25)
        bands[4]!["max"] = 22; // 0–22 → 5 (was 0–20)
        return root.ToJsonString();
    }
}
