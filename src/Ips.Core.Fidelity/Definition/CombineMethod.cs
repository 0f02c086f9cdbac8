using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>How per-specialist scores combine (see <see cref="SpecialistCombination"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CombineMethod>))]
public enum CombineMethod
{
    /// <summary>The mean of the scores, rounded to the nearest whole score (<c>mean</c>).</summary>
    [JsonStringEnumMemberName("mean")]
    Mean = 0,

    /// <summary>The median of the scores; with an even number, the mean of the middle two, rounded (<c>median</c>).</summary>
    [JsonStringEnumMemberName("median")]
    Median = 1,
}
