using Ips.Core.Employers;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Employers;

public sealed class EmployerContactRuleTests
{
    private static EmployerContact Make(
        int day = 0,
        int specialist = 1,
        int employer = 1,
        bool inPerson = true,
        ContactPurpose purpose = ContactPurpose.JobDevelopment,
        int[]? participants = null,
        bool? present = true,
        bool? followed = true) =>
        EmployerContact.Create(Fixtures.Day.PlusDays(day), Fixtures.S(specialist), Fixtures.E(employer), inPerson, purpose, (participants ?? [1]).Select(Fixtures.P), present, followed);

    [Fact]
    public void Equality_EachFieldMatters()
    {
        var baseline = Make();
        Assert.Equal(baseline, Make());
        Assert.NotEqual(baseline, Make(day: 1));
        Assert.NotEqual(baseline, Make(specialist: 2));
        Assert.NotEqual(baseline, Make(employer: 2));
        Assert.NotEqual(baseline, Make(inPerson: false));
        Assert.NotEqual(baseline, Make(purpose: ContactPurpose.Other));
        Assert.NotEqual(baseline, Make(participants: [2]));
        Assert.NotEqual(baseline, Make(present: false));
        Assert.NotEqual(baseline, Make(followed: false));
        Assert.False(baseline.Equals(null));
    }

    [Fact]
    public void Create_KeepsEveryField()
    {
        var contact = Make(day: 3, specialist: 2, employer: 4, inPerson: false, purpose: ContactPurpose.Other, participants: [1, 2], present: false, followed: false);
        Assert.Equal(Fixtures.Day.PlusDays(3), contact.Date);
        Assert.Equal(Fixtures.S(2), contact.Specialist);
        Assert.Equal(Fixtures.E(4), contact.Employer);
        Assert.False(contact.InPerson);
        Assert.Equal(ContactPurpose.Other, contact.Purpose);
        Assert.Equal([Fixtures.P(1), Fixtures.P(2)], contact.Participants);
        Assert.False(contact.ParticipantPresent);
        Assert.False(contact.FollowedPreferences);
        Assert.False(contact.IsGeneral);
    }

    [Fact]
    public void Create_ParticipantSpecificWithoutSpecialistAndParticipantAbsent_NeedsSpecialist()
    {
        var error = EmployerContact.TryCreate(Fixtures.Day, null, Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)], participantPresent: false).Errors.Single();
        Assert.Equal(ErrorCodes.EmployerContact.SpecialistMissing, error.Code);
        Assert.Equal("Specialist", error.PropertyName);
        Assert.Equal("Specialist is required unless the contact is the participant's own (participant-specific, with the participant present).", error.Message);
    }

    [Fact]
    public void Create_ErrorsNamePropertiesAndSayWhy()
    {
        var general = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, participantPresent: true, followedPreferences: false).Errors;
        Assert.Equal(["ParticipantPresent", "FollowedPreferences"], general.Select(e => e.PropertyName));
        Assert.Equal("ParticipantPresent must be null for a general contact (one without participants).", general[0].Message);
        Assert.Equal("FollowedPreferences must be null for a general contact (one without participants).", general[1].Message);

        var missing = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)]).Errors.Single();
        Assert.Equal("ParticipantPresent", missing.PropertyName);
        Assert.Equal("ParticipantPresent is required for a participant-specific contact.", missing.Message);

        var duplicate = EmployerContact.TryCreate(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1), Fixtures.P(2), Fixtures.P(1)], true).Errors.Single();
        Assert.Equal("Participants[2]", duplicate.PropertyName);
        Assert.Equal("Participants[2]: the participant (id not shown) is listed more than once on the contact.", duplicate.Message);
    }

    [Fact]
    public void Create_DefaultIdsAndUndefinedPurpose_AreNamed()
    {
        var result = EmployerContact.TryCreate(Fixtures.Day, default(Core.Identity.SpecialistId), default, true, (ContactPurpose)99, [default], true);
        Assert.Equal(
            [
                (ErrorCodes.Identity.Missing, "Specialist"),
                (ErrorCodes.Identity.Missing, "Employer"),
                (ErrorCodes.General.UndefinedValue, "Purpose"),
                (ErrorCodes.Identity.Missing, "Participants[0]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
    }

    [Fact]
    public void Create_Invalid_Throws() =>
        Assert.Equal(ErrorCodes.EmployerContact.SpecialistMissing, Assert.Throws<DomainException>(() => EmployerContact.Create(Fixtures.Day, null, Fixtures.E(), true, ContactPurpose.Other)).Code);
}
