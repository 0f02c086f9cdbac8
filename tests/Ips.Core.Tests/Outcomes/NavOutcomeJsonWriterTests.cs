using System.Text.Json;
using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeJsonWriterTests
{
    [Fact]
    public void Group_IsTheHeadingText_WithItsQuotesEscaped()
    {
        var text = NavOutcomeGroupedFixture.Tables().Render(NavReportLanguage.English, NavReportFormat.Json);

        Assert.Contains("\n  \"programme\": \"site-q\",\n  \"group\": \"Group: referring unit Rus \\\"klinikken\\\", avd. 2\",\n  \"title\": \"Results site-q\",\n", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(NavOutcomeGroupedFixture.Heading, json.RootElement.GetProperty("group").GetString());
    }
}
