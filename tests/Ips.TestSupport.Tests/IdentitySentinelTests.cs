using Xunit.Sdk;

namespace Ips.TestSupport.Tests;

public sealed class IdentitySentinelTests
{
    public static TheoryData<string> Leaking => new(
        IdentitySentinel.Participant,
        IdentitySentinel.Specialist,
        IdentitySentinel.Supervisor,
        IdentitySentinel.MalformedParticipant,
        IdentitySentinel.OtherParticipant(2),
        IdentitySentinel.OtherSpecialist(9),
        "ParticipantId(sentinel)",
        "truncated …-P-7Q3X",
        "id=9k1w",
        "supervisor 5Z0V, team 1");

    [Fact]
    public void Values_are_the_word_a_kind_letter_and_the_mark()
    {
        Assert.Equal("SENTINEL-P-7q3x", IdentitySentinel.Participant);
        Assert.Equal("SENTINEL-S-9k1w", IdentitySentinel.Specialist);
        Assert.Equal("SENTINEL-U-5z0v", IdentitySentinel.Supervisor);
        Assert.Equal("SENTINEL P 7q3x!", IdentitySentinel.MalformedParticipant);
        Assert.Equal("SENTINEL S 9k1w", IdentitySentinel.MalformedSpecialist);
        Assert.Equal("SENTINEL-P-0002-7q3x", IdentitySentinel.OtherParticipant(2));
        Assert.Equal("SENTINEL-S-0012-9k1w", IdentitySentinel.OtherSpecialist(12));
        Assert.Equal(["SENTINEL", "7q3x", "9k1w", "5z0v"], IdentitySentinel.Fragments);
    }

    [Fact]
    public void Valid_values_use_only_id_characters_and_other_ids_differ()
    {
        string[] valid = [IdentitySentinel.Participant, IdentitySentinel.Specialist, IdentitySentinel.Supervisor, IdentitySentinel.OtherParticipant(2), IdentitySentinel.OtherSpecialist(9)];
        Assert.All(valid, value => Assert.Matches("^[A-Za-z0-9._:-]{1,64}$", value));
        Assert.NotEqual(IdentitySentinel.OtherParticipant(2), IdentitySentinel.OtherParticipant(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => IdentitySentinel.OtherParticipant(-1));
    }

    [Fact]
    public void Marks_cannot_occur_in_a_commit_hash()
    {
        // Reports print the engine version with the commit hash (0.1.0+<sha>); a hex-only mark could match it by chance.
        string[] marks = [IdentitySentinel.ParticipantMark, IdentitySentinel.SpecialistMark, IdentitySentinel.SupervisorMark];
        Assert.All(marks, mark => Assert.Contains(mark, c => !Uri.IsHexDigit(c)));
        Assert.False(IdentitySentinel.Leaks("0.1.0+251b9bb2814c7226985ac7816fba34713dc850d6"));
    }

    [Theory]
    [MemberData(nameof(Leaking))]
    public void Any_fragment_in_any_case_is_a_leak(string text)
    {
        Assert.True(IdentitySentinel.Leaks(text));
        var failure = Assert.Throws<FalseException>(() => IdentitySentinel.AssertAbsent(text, "the thing"));
        Assert.Contains("the thing leaks an identifier: " + text, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ParticipantId(***)")]
    [InlineData("Item 2, specialist 'ES 1': value 120 breaks the rule (Fact.AboveMaximum).")]
    [InlineData("SENTINE-P-7q3 9k1 5z0")]
    public void Text_without_a_fragment_passes(string? text)
    {
        Assert.False(IdentitySentinel.Leaks(text));
        IdentitySentinel.AssertAbsent(text, "the thing");
    }
}
