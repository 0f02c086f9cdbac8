using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>The kinds of fact a reviewer records for an item.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactKind>))]
public enum FactKind
{
    /// <summary>A real number within the fact's declared domain (a percentage, a number of days, a ratio).</summary>
    [JsonStringEnumMemberName("number")]
    Number = 0,

    /// <summary>A non-negative whole number (participants, jobs, teams).</summary>
    [JsonStringEnumMemberName("count")]
    Count = 1,

    /// <summary>The set of checklist elements found present, by element id.</summary>
    [JsonStringEnumMemberName("elements")]
    Elements = 2,

    /// <summary>The one practice observed, by level id, from the item's ordered list of practices.</summary>
    [JsonStringEnumMemberName("level")]
    Level = 3,

    /// <summary>A yes/no observation.</summary>
    [JsonStringEnumMemberName("flag")]
    Flag = 4,
}
