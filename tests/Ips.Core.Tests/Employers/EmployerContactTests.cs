using Ips.Core.Employers;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Employers;

public sealed class EmployerContactTests
{
    [Fact]
    public void Create_GeneralContact_HasNoPresenceOrPreferences()
    {
        var contact = EmployerContact.Create(Fixtures.Day, Fixtures.S(), Fixtures.E(), inPerson: true, ContactPurpose.JobDevelopment);
        Assert.True(contact.IsGeneral);
        Assert.Null(contact.ParticipantPresent);
    }

    [Fact]
    public void Create_GeneralContactWithPresenceOrPreferences_Fails()
    {
        var result = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, participantPresent: false, followedPreferences: true);
        Assert.Equal([ErrorCodes.EmployerContact.PresenceOnGeneralContact, ErrorCodes.EmployerContact.PreferencesOnGeneralContact], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Create_ParticipantSpecificWithoutPresence_Fails()
    {
        var result = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)]);
        Assert.Equal(ErrorCodes.EmployerContact.PresenceMissing, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_DuplicateParticipant_Fails()
    {
        var result = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1), Fixtures.P(1)], true);
        Assert.Equal(ErrorCodes.EmployerContact.DuplicateParticipant, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_ParticipantsOwnContact_NeedsNoSpecialistButGeneralDoes()
    {
        var own = EmployerContact.Create(Fixtures.Day, null, Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)], participantPresent: true);
        Assert.Null(own.Specialist);
        var general = EmployerContact.TryCreate(Fixtures.Day, null, Fixtures.E(), true, ContactPurpose.Other);
        Assert.Equal(ErrorCodes.EmployerContact.SpecialistMissing, general.Errors.Single().Code);
    }

    [Fact]
    public void Equality_ComparesParticipantsByValue()
    {
        EmployerContact Make() => EmployerContact.Create(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)], true, true);
        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
    }
}
