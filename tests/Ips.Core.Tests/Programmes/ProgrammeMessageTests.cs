using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;

namespace Ips.Core.Tests.Programmes;

public sealed class ProgrammeMessageTests
{
    private static readonly ProgrammeId Prog = ProgrammeId.Create("prog-tromso");

    [Fact]
    public void ForeignJobAndSecondHistory_MessagesSayWhatIsWrong()
    {
        var errors = IpsProgramme.CreateBuilder(Prog)
            .Add(Fixtures.Participant(1)).Add(Fixtures.Participant(2)).Add(Fixtures.Employer())
            .Add(Fixtures.Job(1, participant: 1))
            .Add(FollowAlongContact.Create(Fixtures.Day, Fixtures.P(2), JobId.Create("j-1"), true, FollowAlongProvider.Specialist))
            .Add(DisclosureHistory.Create(Fixtures.P(1))).Add(DisclosureHistory.Create(Fixtures.P(1)))
            .TryBuild().Errors;
        Assert.Equal("FollowAlongContacts[0].Job is held by another participant than the contact's (ids not shown).", errors[0].Message);
        Assert.Equal("DisclosureHistories[1] is a second history for one participant (id not shown); revise the first instead.", errors[1].Message);
        Assert.Equal(["FollowAlongContacts[0].Job", "DisclosureHistories[1]"], errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void UnknownReferences_MessagesNameWhatKindOfRecord()
    {
        var s = Fixtures.Specialist();
        var errors = IpsProgramme.CreateBuilder(Prog)
            .Add(s)
            .Add(Caseload.Create(s, participants: [Fixtures.P(7)]))
            .Add(Fixtures.Job(1, participant: 8))
            .TryBuild().Errors;
        Assert.Equal(
            [
                "Jobs[0].Participant refers to a participant (id not shown) that is not in programme 'prog-tromso'.",
                "Jobs[0].Employer refers to an employer (id not shown) that is not in programme 'prog-tromso'.",
                "Caseloads[0].Participants[0] refers to a participant (id not shown) that is not in programme 'prog-tromso'.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void UnknownEmployer_MessageSaysAnEmployer()
    {
        // Regression: the message read "refers to a employer" (found by mutation testing).
        var error = IpsProgramme.CreateBuilder(Prog).Add(Fixtures.Participant(1)).Add(Fixtures.Job(1, participant: 1)).TryBuild().Errors.Single();
        Assert.Equal("Jobs[0].Employer refers to an employer (id not shown) that is not in programme 'prog-tromso'.", error.Message);
    }

    [Fact]
    public void Builder_NullRecord_IsRejected()
    {
        var builder = IpsProgramme.CreateBuilder(Prog);
        Assert.Throws<ArgumentNullException>(() => builder.Add((Participant)null!));
        Assert.Throws<ArgumentNullException>(() => builder.Add((Job)null!));
    }
}
