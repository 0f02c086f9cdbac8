using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Text;

/// <summary>The language a report's texts are given in.</summary>
/// <remarks>
/// Every text in the scale definition carries both languages; adding a language means adding a member here and a
/// property to <see cref="LocalizedText"/>. New scale versions and revised translations need no code change.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ReportLanguage>))]
public enum ReportLanguage
{
    /// <summary>Norwegian bokmål (<c>nb</c>); numbers use a decimal comma.</summary>
    [JsonStringEnumMemberName("nb")]
    Norwegian = 0,

    /// <summary>English (<c>en</c>); numbers use a decimal point.</summary>
    [JsonStringEnumMemberName("en")]
    English = 1,
}
