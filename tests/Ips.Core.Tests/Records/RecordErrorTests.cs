using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

public sealed class RecordErrorTests
{
    [Theory]
    [InlineData(0, 0, null, "outreach_attempts.csv")]
    [InlineData(4, 0, null, "outreach_attempts.csv:4")]
    [InlineData(4, 3, "participant_id", "outreach_attempts.csv:4:3 (participant_id)")]
    public void The_location_names_as_much_as_the_error_concerns(long line, int column, string? name, string expected)
    {
        var error = new RecordError("IPS-REC-013", "outreach_attempts.csv", line, column, name, "The rule.");

        Assert.Equal(expected, error.Location);
        Assert.Equal(expected + " IPS-REC-013: The rule.", error.ToString());
    }
}
