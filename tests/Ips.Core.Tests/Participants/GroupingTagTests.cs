using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Participants;

public sealed class GroupingTagTests
{
    [Fact]
    public void DefaultTag_HasAnEmptyValue()
    {
        Assert.Equal(string.Empty, default(GroupingTag).Value);
        Assert.Equal(string.Empty, default(GroupingTag).ToString());
    }

    [Fact]
    public void MalformedTag_IsRefused_StatingTheRule_WithoutTheValue()
    {
        var error = Assert.Single(GroupingTag.TryCreate("SECRET TEXT").Errors);

        Assert.Equal((ErrorCodes.Participant.GroupingTagInvalid, "GroupingTag", "GroupingTag must be 1-32 characters of [A-Za-z0-9._-]; the value given is not shown."), (error.Code, error.PropertyName, error.Message));
    }
}
