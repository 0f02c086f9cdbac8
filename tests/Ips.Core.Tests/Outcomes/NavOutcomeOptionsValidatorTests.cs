using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeOptionsValidatorTests
{
    [Fact]
    public void EveryRule_NamesItsPropertyWithAStableCodeAndAnInvariantMessage()
    {
        var options = new NavOutcomeOptions
        {
            CompetitiveJobPolicy = null!,
            FirstContact = null!,
            FirstContactCohort = (FirstContactCohort)7,
            PositionSizeCohort = (PositionSizeCohort)8,
        };

        var errors = new NavOutcomeOptionsValidator().Validate(options).Errors;

        Assert.Equal(
            [
                ("CompetitiveJobPolicy", ErrorCodes.Outcomes.CompetitiveJobPolicyMissing, "CompetitiveJobPolicy is required."),
                ("FirstContact", ErrorCodes.Metrics.FirstContactOptionsMissing, "FirstContact is required."),
                ("FirstContactCohort", ErrorCodes.Outcomes.FirstContactCohortUndefined, "FirstContactCohort has the value 7, which is not a defined FirstContactCohort."),
                ("PositionSizeCohort", ErrorCodes.Outcomes.PositionSizeCohortUndefined, "PositionSizeCohort has the value 8, which is not a defined PositionSizeCohort."),
            ],
            errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)));
    }

    [Fact]
    public void FirstContactOptions_AreCheckedWithTheirOwnRules_UnderTheirPropertyPath()
    {
        var options = new NavOutcomeOptions { FirstContact = new FirstContactOptions { Entry = (ProgrammeEntry)3, WithoutContact = (ParticipantsWithoutContact)4 } };

        var errors = new NavOutcomeOptionsValidator().Validate(options).Errors;

        Assert.Equal(
            [("FirstContact.Entry", ErrorCodes.Metrics.EntryUndefined), ("FirstContact.WithoutContact", ErrorCodes.Metrics.WithoutContactUndefined)],
            errors.Select(e => (e.PropertyName, e.ErrorCode)));
    }

    [Fact]
    public void TheDefaults_AndEveryDefinedCohort_AreValid()
    {
        var validator = new NavOutcomeOptionsValidator();
        Assert.True(validator.Validate(NavOutcomeOptions.Default).IsValid);
        foreach (var position in Enum.GetValues<PositionSizeCohort>())
        {
            foreach (var days in Enum.GetValues<FirstContactCohort>())
            {
                Assert.True(validator.Validate(new NavOutcomeOptions { PositionSizeCohort = position, FirstContactCohort = days }).IsValid);
            }
        }
    }
}
