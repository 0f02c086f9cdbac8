using Ips.Core.Jobs;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Jobs;

public sealed class WorkTrialTests
{
    [Fact]
    public void WorkTrial_IsNotAJob_ByType()
    {
        Assert.False(typeof(Job).IsAssignableFrom(typeof(WorkTrial)));
        Assert.Equal(typeof(object), typeof(WorkTrial).BaseType);
        Assert.Equal(typeof(object), typeof(Job).BaseType);
        Assert.DoesNotContain(typeof(WorkTrial).GetInterfaces().Intersect(typeof(Job).GetInterfaces()), i => i.Assembly == typeof(Job).Assembly);

        // The programme keeps jobs and trials apart: its Jobs collection is typed to Job.
        Assert.Equal(typeof(System.Collections.Immutable.ImmutableArray<Job>), typeof(IpsProgramme).GetProperty(nameof(IpsProgramme.Jobs))!.PropertyType);
    }

    [Fact]
    public void Create_EndBeforeStart_Fails()
    {
        var result = WorkTrial.TryCreate(Fixtures.P(1), Fixtures.E(), Fixtures.Day, Fixtures.Day.PlusDays(-1), WorkTrialKind.Arbeidstrening);
        Assert.Equal(ErrorCodes.WorkTrial.EndBeforeStart, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_OngoingPraksis_IsActive()
    {
        var trial = WorkTrial.Create(Fixtures.P(1), Fixtures.E(), Fixtures.Day, null, WorkTrialKind.Praksis);
        Assert.True(trial.IsActiveOn(Fixtures.Day.PlusDays(100)));
    }
}
