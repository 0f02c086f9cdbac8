using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Tests.Jobs;

public sealed class WorkTrialInputValidatorTests
{
    private readonly WorkTrialInputValidator _validator = new();

    private static WorkTrialInput Valid => new() { ParticipantId = "p-1", EmployerId = "e-1", Start = new LocalDate(2024, 1, 1), Kind = WorkTrialKind.Arbeidstrening };

    [Fact]
    public void Validate_OngoingOrEndingOnStartDay_IsValid()
    {
        Assert.True(_validator.Validate(Valid).IsValid);
        Assert.True(_validator.Validate(Valid with { End = Valid.Start }).IsValid);
    }

    [Fact]
    public void Validate_EveryBrokenField_IsReportedWithItsCode()
    {
        var result = _validator.Validate(new WorkTrialInput { ParticipantId = null, EmployerId = "a b", Start = new LocalDate(2024, 1, 10), End = new LocalDate(2024, 1, 9), Kind = (WorkTrialKind)8 });
        Assert.Equal(
            [
                ("ParticipantId", ErrorCodes.Identity.Missing),
                ("EmployerId", ErrorCodes.Identity.Invalid),
                ("Kind", ErrorCodes.General.UndefinedValue),
                ("End", ErrorCodes.WorkTrial.EndBeforeStart),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.Equal("End 2024-01-09 lies before the start 2024-01-10; the end must be on or after the start.", result.Errors[3].ErrorMessage);
    }

    [Fact]
    public void WorkTrial_KeepsFields_EndsInclusive_AndRejectsBrokenOnes()
    {
        var trial = WorkTrial.Create(Fixtures.P(1), Fixtures.E(), Fixtures.Day, Fixtures.Day.PlusDays(5), WorkTrialKind.Sheltered);
        Assert.Equal(Fixtures.P(1), trial.Participant);
        Assert.Equal(Fixtures.E(), trial.Employer);
        Assert.Equal(Fixtures.Day, trial.Start);
        Assert.Equal(Fixtures.Day.PlusDays(5), trial.End);
        Assert.Equal(WorkTrialKind.Sheltered, trial.Kind);
        Assert.False(trial.IsActiveOn(Fixtures.Day.PlusDays(-1)));
        Assert.True(trial.IsActiveOn(Fixtures.Day));
        Assert.True(trial.IsActiveOn(Fixtures.Day.PlusDays(5)));
        Assert.False(trial.IsActiveOn(Fixtures.Day.PlusDays(6)));
        Assert.True(WorkTrial.Create(Fixtures.P(1), Fixtures.E(), Fixtures.Day, Fixtures.Day, WorkTrialKind.Praksis).IsActiveOn(Fixtures.Day));

        var result = WorkTrial.TryCreate(default, default, Fixtures.Day, Fixtures.Day.PlusDays(-1), (WorkTrialKind)5);
        Assert.Equal(["Participant", "Employer", "Kind", "End"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal("End 2024-02-29 lies before the start 2024-03-01; the end must be on or after the start.", result.Errors[3].Message);
    }
}
