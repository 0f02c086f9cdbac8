using Ips.Core.Benefits;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Specialists;

namespace Ips.Core.Tests.Privacy;

/// <summary>Inputs carry identifiers as plain strings; printing one must show its type and nothing else.</summary>
public sealed class InputToStringTests
{
    [Fact]
    public void InputsWithIdentifiers_PrintTheirTypeAndStarsOnly()
    {
        Assert.Equal("BenefitsPlanningSessionInput(***)", new BenefitsPlanningSessionInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("DisclosureDecisionInput(***)", new DisclosureDecisionInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("DisclosureDiscussionInput(***)", new DisclosureDiscussionInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("EmployerContactInput(***)", new EmployerContactInput { SpecialistId = "SENTINEL" }.ToString());
        Assert.Equal("FollowAlongContactInput(***)", new FollowAlongContactInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("JobInput(***)", new JobInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("WorkTrialInput(***)", new WorkTrialInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("OutreachAttemptInput(***)", new OutreachAttemptInput { ParticipantId = "SENTINEL" }.ToString());
        Assert.Equal("ParticipantInput(***)", new ParticipantInput { Id = "SENTINEL" }.ToString());
        Assert.Equal("EmploymentSpecialistInput(***)", new EmploymentSpecialistInput { Id = "SENTINEL" }.ToString());
    }

    [Fact]
    public void EmployerInput_PrintsTheEmployerNameOrUnnamed()
    {
        Assert.Equal("EmployerInput(Rema 1000)", new EmployerInput { Id = "SENTINEL", Name = "Rema 1000" }.ToString());
        Assert.Equal("EmployerInput(unnamed)", new EmployerInput { Id = "SENTINEL" }.ToString());
    }
}
