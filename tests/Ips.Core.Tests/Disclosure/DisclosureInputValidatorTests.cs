using Ips.Core.Disclosure;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Disclosure;

public sealed class DisclosureInputValidatorTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 10, 0));
    private readonly DisclosureDecisionInputValidator _decisions = new(Clock);
    private readonly DisclosureDiscussionInputValidator _discussions = new(Clock);

    private static DisclosureDecisionInput Disclosing => new()
    {
        ParticipantId = "p-1",
        Date = new LocalDate(2024, 5, 1),
        Information = DisclosedInformation.GapInWorkHistory,
        Audience = DisclosureAudience.Manager,
        Timing = DisclosureTiming.AtInterview,
    };

    private static DisclosureDecisionInput Nothing => new() { ParticipantId = "p-1", Date = new LocalDate(2024, 5, 1) };

    private List<(string, string)> Codes(DisclosureDecisionInput input) =>
        [.. _decisions.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorCode))];

    [Fact]
    public void Decision_ValidDisclosureOrNothing_HasNoErrors()
    {
        Assert.Empty(Codes(Disclosing));
        Assert.Empty(Codes(Nothing));
        Assert.Empty(Codes(Disclosing with { Information = DisclosureDecision.AllInformation, Audience = DisclosureDecision.AllAudiences }));
    }

    [Fact]
    public void Decision_IdDateAndTiming_AreChecked()
    {
        Assert.Equal(
            [("ParticipantId", ErrorCodes.Identity.Missing), ("Date", ErrorCodes.General.DateInFuture), ("Timing", ErrorCodes.General.UndefinedValue)],
            Codes(Disclosing with { ParticipantId = null, Date = new LocalDate(2024, 6, 2), Timing = (DisclosureTiming)9 }));
    }

    [Fact]
    public void Decision_UndefinedFlagBits_AreRejected()
    {
        var result = _decisions.Validate(Disclosing with { Information = (DisclosedInformation)33, Audience = (DisclosureAudience)17 });
        Assert.Equal([("Information", ErrorCodes.General.UndefinedValue), ("Audience", ErrorCodes.General.UndefinedValue)], result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.Equal("Information has the value 33, which is not a defined DisclosedInformation.", result.Errors[0].ErrorMessage);
        Assert.Equal("Audience has the value 17, which is not a defined DisclosureAudience.", result.Errors[1].ErrorMessage);
    }

    [Fact]
    public void Decision_DisclosingWithoutAudienceOrTiming_Fails()
    {
        var result = _decisions.Validate(Disclosing with { Audience = DisclosureAudience.None, Timing = null });
        Assert.Equal([("Audience", ErrorCodes.Disclosure.AudienceMissing), ("Timing", ErrorCodes.Disclosure.TimingMissing)], result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.Equal("Audience is None while Information is GapInWorkHistory; say to whom it is disclosed.", result.Errors[0].ErrorMessage);
        Assert.Equal("Timing is required while Information is GapInWorkHistory.", result.Errors[1].ErrorMessage);
    }

    [Fact]
    public void Decision_NothingDisclosedButAudienceOrTiming_Fails()
    {
        var result = _decisions.Validate(Nothing with { Audience = DisclosureAudience.CoWorkers, Timing = DisclosureTiming.AfterStart });
        Assert.Equal([("Audience", ErrorCodes.Disclosure.AudienceWithoutInformation), ("Timing", ErrorCodes.Disclosure.TimingWithoutInformation)], result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.Equal("Audience is CoWorkers while Information is None; nothing disclosed means no audience.", result.Errors[0].ErrorMessage);
        Assert.Equal("Timing is AfterStart while Information is None; nothing disclosed means no timing.", result.Errors[1].ErrorMessage);
    }

    [Fact]
    public void Discussion_EveryBrokenField_IsReported()
    {
        Assert.True(_discussions.Validate(new DisclosureDiscussionInput { Date = new LocalDate(2024, 6, 1), SpecialistId = "s-1", ParticipantId = "p-1" }).IsValid);
        var result = _discussions.Validate(new DisclosureDiscussionInput { Date = new LocalDate(2024, 6, 2), SpecialistId = null, ParticipantId = "x y" });
        Assert.Equal(
            [("Date", ErrorCodes.General.DateInFuture), ("SpecialistId", ErrorCodes.Identity.Missing), ("ParticipantId", ErrorCodes.Identity.Invalid)],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
    }

    [Fact]
    public void Constructors_NullClock_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new DisclosureDecisionInputValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new DisclosureDiscussionInputValidator(null!));
    }

    [Fact]
    public void Discussion_KeepsItsFields_AndRejectsDefaultIds()
    {
        var discussion = DisclosureDiscussion.Create(Fixtures.Day, Fixtures.S(), Fixtures.P(1), true, false, true);
        Assert.Equal(Fixtures.Day, discussion.Date);
        Assert.Equal(Fixtures.S(), discussion.Specialist);
        Assert.Equal(Fixtures.P(1), discussion.Participant);
        Assert.True(discussion.ProsAndConsCovered);
        Assert.False(discussion.AccommodationsCovered);
        Assert.True(discussion.WordingExamplesGiven);
        Assert.Equal(["Specialist", "Participant"], DisclosureDiscussion.TryCreate(Fixtures.Day, default, default, false, false, false).Errors.Select(e => e.PropertyName));
        Assert.Throws<DomainException>(() => DisclosureDiscussion.Create(Fixtures.Day, default, Fixtures.P(1), false, false, false));
    }
}
