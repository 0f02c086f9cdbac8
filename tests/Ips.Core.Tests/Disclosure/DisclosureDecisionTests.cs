using Ips.Core.Disclosure;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Disclosure;

public sealed class DisclosureDecisionTests
{
    [Fact]
    public void Create_SomethingDisclosedWithoutAudienceOrTiming_Fails()
    {
        var result = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.Diagnosis, DisclosureAudience.None, null, false);
        Assert.Equal([ErrorCodes.Disclosure.AudienceMissing, ErrorCodes.Disclosure.TimingMissing], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Create_NothingDisclosedWithAudienceAndTiming_Fails()
    {
        var result = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, DisclosedInformation.None, DisclosureAudience.CoWorkers, DisclosureTiming.AtInterview, false);
        Assert.Equal([ErrorCodes.Disclosure.AudienceWithoutInformation, ErrorCodes.Disclosure.TimingWithoutInformation], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Create_UndefinedFlag_Fails()
    {
        var result = DisclosureDecision.TryCreate(Fixtures.P(1), Fixtures.Day, (DisclosedInformation)64, DisclosureAudience.Employer, DisclosureTiming.BeforeHire, true);
        Assert.Equal(ErrorCodes.General.UndefinedValue, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_CombinedFlags_AreKept()
    {
        var decision = DisclosureDecision.Create(Fixtures.P(1), Fixtures.Day, DisclosedInformation.ReceivingTreatment | DisclosedInformation.SpecificDifficulties, DisclosureAudience.Manager | DisclosureAudience.HumanResources, DisclosureTiming.AfterStart, true);
        Assert.True(decision.DisclosesAnything);
        Assert.True(decision.Audience.HasFlag(DisclosureAudience.HumanResources));
    }
}
