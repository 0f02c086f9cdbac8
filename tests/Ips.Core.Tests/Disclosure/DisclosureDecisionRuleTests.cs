using Ips.Core.Disclosure;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Disclosure;

public sealed class DisclosureDecisionRuleTests
{
    [Fact]
    public void Nothing_DisclosesNothingToNoOne()
    {
        var decision = DisclosureDecision.Nothing(Fixtures.P(1), Fixtures.Day, specialistMaySpeakWithEmployer: true);
        Assert.False(decision.DisclosesAnything);
        Assert.Equal(DisclosedInformation.None, decision.Information);
        Assert.Equal(DisclosureAudience.None, decision.Audience);
        Assert.Null(decision.Timing);
        Assert.True(decision.SpecialistMaySpeakWithEmployer);
        Assert.Equal(Fixtures.Day, decision.Date);
        Assert.Equal(Fixtures.P(1), decision.Participant);
    }

    [Fact]
    public void Create_EveryDefinedFlag_IsAccepted()
    {
        var all = DisclosedInformation.ReceivingTreatment | DisclosedInformation.HavingMentalIllness | DisclosedInformation.Diagnosis
            | DisclosedInformation.SpecificDifficulties | DisclosedInformation.GapInWorkHistory;
        var everyone = DisclosureAudience.Employer | DisclosureAudience.Manager | DisclosureAudience.CoWorkers | DisclosureAudience.HumanResources;
        var decision = DisclosureDecision.Create(Fixtures.P(1), Fixtures.Day, all, everyone, DisclosureTiming.BeforeHire, false);
        Assert.Equal(all, decision.Information);
        Assert.Equal(everyone, decision.Audience);
        Assert.Equal(DisclosureTiming.BeforeHire, decision.Timing);
    }

    [Fact]
    public void Create_UndefinedAudienceBitOrTiming_Fails()
    {
        var audience = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.Diagnosis, (DisclosureAudience)16, DisclosureTiming.BeforeHire, false).Errors.Single();
        Assert.Equal(ErrorCodes.General.UndefinedValue, audience.Code);
        Assert.Equal("Audience", audience.PropertyName);
        Assert.Equal("Audience has the value 16, which is not a defined DisclosureAudience.", audience.Message);

        var information = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, (DisclosedInformation)32, DisclosureAudience.Employer, DisclosureTiming.BeforeHire, false).Errors.Single();
        Assert.Equal("Information", information.PropertyName);

        var timing = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.Diagnosis, DisclosureAudience.Employer, (DisclosureTiming)7, false).Errors.Single();
        Assert.Equal(ErrorCodes.General.UndefinedValue, timing.Code);
        Assert.Equal("Timing", timing.PropertyName);
    }

    [Fact]
    public void Create_DefaultParticipant_Fails()
    {
        var error = DisclosureDecision.TryCreate(default, Fixtures.Day, DisclosedInformation.None, DisclosureAudience.None, null, false).Errors.Single();
        Assert.Equal(ErrorCodes.Identity.Missing, error.Code);
        Assert.Equal("Participant", error.PropertyName);
    }

    [Fact]
    public void Create_MismatchMessages_NameTheValues()
    {
        var missing = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.Diagnosis, DisclosureAudience.None, null, false).Errors;
        Assert.Equal(["Audience", "Timing"], missing.Select(e => e.PropertyName));
        Assert.Equal("Audience is None while Information is Diagnosis; say to whom it is disclosed.", missing[0].Message);
        Assert.Equal("Timing is required while Information is Diagnosis.", missing[1].Message);

        var extra = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.None, DisclosureAudience.CoWorkers, DisclosureTiming.AtInterview, false).Errors;
        Assert.Equal(["Audience", "Timing"], extra.Select(e => e.PropertyName));
        Assert.Equal("Audience is CoWorkers while Information is None; nothing disclosed means no audience.", extra[0].Message);
        Assert.Equal("Timing is AtInterview while Information is None; nothing disclosed means no timing.", extra[1].Message);
    }

    [Fact]
    public void Create_DisclosingWithAudienceButNoTiming_FailsOnTimingOnly()
    {
        var error = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.GapInWorkHistory, DisclosureAudience.Employer, null, false).Errors.Single();
        Assert.Equal(ErrorCodes.Disclosure.TimingMissing, error.Code);
    }

    [Fact]
    public void Create_DisclosingWithTimingButNoAudience_FailsOnAudienceOnly()
    {
        var error = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.GapInWorkHistory, DisclosureAudience.None, DisclosureTiming.AfterStart, false).Errors.Single();
        Assert.Equal(ErrorCodes.Disclosure.AudienceMissing, error.Code);
    }

    [Fact]
    public void Create_Invalid_Throws()
    {
        Assert.Equal(ErrorCodes.Disclosure.AudienceMissing, Assert.Throws<DomainException>(() => DisclosureDecision.Create(Fixtures.P(1), Fixtures.Day, DisclosedInformation.Diagnosis, DisclosureAudience.None, DisclosureTiming.AfterStart, false)).Code);
    }
}
