using Ips.Core.Metrics;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Metrics;

public sealed class FirstContactOptionsValidatorTests
{
    [Fact]
    public void Defaults_AreValid_EnrolmentAndCountDaysSoFar()
    {
        Assert.True(FirstContactOptionsValidator.Instance.Validate(FirstContactOptions.Default).IsValid);
        Assert.Equal(ProgrammeEntry.Enrolment, FirstContactOptions.Default.Entry);
        Assert.Equal(ParticipantsWithoutContact.CountDaysSoFar, FirstContactOptions.Default.WithoutContact);
    }

    [Fact]
    public void UndefinedChoices_GiveStableCodes_AndInvariantMessages()
    {
        var result = FirstContactOptionsValidator.Instance.Validate(new FirstContactOptions { Entry = (ProgrammeEntry)3, WithoutContact = (ParticipantsWithoutContact)4 });

        Assert.Equal([ErrorCodes.Metrics.EntryUndefined, ErrorCodes.Metrics.WithoutContactUndefined], result.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["IPS-METRIC-001", "IPS-METRIC-002"], result.Errors.Select(e => e.ErrorCode));
        Assert.Equal("Entry has the value 3, which is not a defined ProgrammeEntry.", result.Errors[0].ErrorMessage);
        Assert.Equal("WithoutContact has the value 4, which is not a defined ParticipantsWithoutContact.", result.Errors[1].ErrorMessage);
    }

    [Fact]
    public void EveryDefinedChoice_IsValid()
    {
        foreach (var entry in Enum.GetValues<ProgrammeEntry>())
        {
            foreach (var without in Enum.GetValues<ParticipantsWithoutContact>())
            {
                Assert.True(FirstContactOptionsValidator.Instance.Validate(new FirstContactOptions { Entry = entry, WithoutContact = without }).IsValid);
            }
        }
    }

    [Fact]
    public void ANewValidator_ChecksBothChoices_NamingEachProperty()
    {
        var errors = new FirstContactOptionsValidator().Validate(new FirstContactOptions { Entry = (ProgrammeEntry)3, WithoutContact = (ParticipantsWithoutContact)4 }).Errors;

        Assert.Equal(
            [("Entry", ErrorCodes.Metrics.EntryUndefined), ("WithoutContact", ErrorCodes.Metrics.WithoutContactUndefined)],
            errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.True(new FirstContactOptionsValidator().Validate(FirstContactOptions.Default).IsValid);
    }
}
