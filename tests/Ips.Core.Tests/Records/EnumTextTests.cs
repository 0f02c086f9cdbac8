using System.Text;
using Ips.Core.Disclosure;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>Enum members as record-file text: flags written as names joined by <c>|</c> in ascending order, and read back only in that shape.</summary>
public sealed class EnumTextTests
{
    /// <summary>Flags used by no other test, so the texts below are built here, not taken from a cache another test filled.</summary>
    [Flags]
    public enum Shade
    {
        None = 0,
        Red = 1,
        Green = 2,
        Blue = 4,
        Black = 8,
    }

    private enum Small : byte
    {
        One = 1,
    }

    [Theory]
    [InlineData(Shade.None, "None")]
    [InlineData(Shade.Green, "Green")]
    [InlineData(Shade.Red | Shade.Blue, "Red|Blue")]
    [InlineData(Shade.Black | Shade.Green | Shade.Red, "Red|Green|Black")]
    public void Flags_are_written_as_the_set_member_names_in_ascending_order(Shade value, string expected)
    {
        Assert.Equal(expected, EnumText<Shade>.FlagNames(value));
        Assert.Equal(expected, EnumText<Shade>.FlagNames(value)); // the second time from the cache
    }

    [Fact]
    public void Disclosure_audiences_are_written_as_documented()
    {
        Assert.Equal("Employer|CoWorkers|HumanResources", EnumText<DisclosureAudience>.FlagNames(DisclosureAudience.HumanResources | DisclosureAudience.Employer | DisclosureAudience.CoWorkers));
        Assert.Equal("None", EnumText<DisclosureAudience>.FlagNames(DisclosureAudience.None));
    }

    [Theory]
    [InlineData("None", Shade.None)]
    [InlineData("Blue", Shade.Blue)]
    [InlineData("Blue|Red", Shade.Red | Shade.Blue)]
    [InlineData("Red|Green|Black", Shade.Red | Shade.Green | Shade.Black)]
    public void Flags_read_from_member_names_joined_by_a_bar_in_any_order(string text, Shade expected)
    {
        Assert.True(EnumText<Shade>.TryParseFlags(Encoding.UTF8.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Red|Red")]
    [InlineData("Red|Blue|Red")]
    [InlineData("None|None")]
    [InlineData("None|Red")]
    [InlineData("Red|None")]
    [InlineData("Red|")]
    [InlineData("|Red")]
    [InlineData("red")]
    [InlineData("1")]
    [InlineData("")]
    public void Flags_that_repeat_a_member_mix_None_in_or_are_not_member_names_do_not_read(string text)
    {
        Assert.False(EnumText<Shade>.TryParseFlags(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Only_int_backed_enums_are_supported()
    {
        var thrown = Assert.Throws<NotSupportedException>(() => EnumText<Small>.Name((Small)7));

        Assert.Equal("Only int-backed enums are supported.", thrown.Message);
    }
}
