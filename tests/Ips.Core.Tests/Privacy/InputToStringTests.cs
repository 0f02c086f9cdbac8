using Ips.Core.Benefits;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Specialists;
using Ips.TestSupport;

namespace Ips.Core.Tests.Privacy;

/// <summary>Inputs carry identifiers as plain strings; printing one must show its type and nothing else.</summary>
public sealed class InputToStringTests
{
    [Fact]
    public void InputsWithIdentifiers_PrintTheirTypeAndStarsOnly()
    {
        Assert.Equal("BenefitsPlanningSessionInput(***)", new BenefitsPlanningSessionInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("DisclosureDecisionInput(***)", new DisclosureDecisionInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("DisclosureDiscussionInput(***)", new DisclosureDiscussionInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("EmployerContactInput(***)", new EmployerContactInput { SpecialistId = IdentitySentinel.Specialist }.ToString());
        Assert.Equal("FollowAlongContactInput(***)", new FollowAlongContactInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("JobInput(***)", new JobInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("WorkTrialInput(***)", new WorkTrialInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("OutreachAttemptInput(***)", new OutreachAttemptInput { ParticipantId = IdentitySentinel.Participant }.ToString());
        Assert.Equal("ParticipantInput(***)", new ParticipantInput { Id = IdentitySentinel.Participant }.ToString());
        Assert.Equal("EmploymentSpecialistInput(***)", new EmploymentSpecialistInput { Id = IdentitySentinel.Specialist }.ToString());
    }

    [Fact]
    public void EmployerInput_PrintsTheEmployerNameOrUnnamed()
    {
        Assert.Equal("EmployerInput(Rema 1000)", new EmployerInput { Id = IdentitySentinel.Word, Name = "Rema 1000" }.ToString());
        Assert.Equal("EmployerInput(unnamed)", new EmployerInput { Id = IdentitySentinel.Word }.ToString());
    }
}
