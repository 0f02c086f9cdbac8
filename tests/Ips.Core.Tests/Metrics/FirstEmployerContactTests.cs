using Ips.Core.Employers;
using Ips.Core.Metrics;
using static Ips.Core.Tests.Metrics.MetricRecords;

namespace Ips.Core.Tests.Metrics;

public sealed class FirstEmployerContactTests
{
    [Theory]
    [InlineData(ContactPurpose.JobDevelopment, true)]
    [InlineData(ContactPurpose.FollowUpOfWorkingParticipant, false)]
    [InlineData(ContactPurpose.Other, false)]
    public void IsAboutAJob_OnlyJobDevelopment(ContactPurpose purpose, bool expected)
    {
        var contact = Contact(D(2026, 1, 12), [1], purpose: purpose);

        Assert.Equal(expected, FirstEmployerContact.IsAboutAJob(contact));
        Assert.Equal(expected, FirstEmployerContact.Check(contact, D(2026, 3, 31)) == FirstContactCheck.Counts);
        Assert.Throws<ArgumentNullException>(() => FirstEmployerContact.IsAboutAJob(null!));
    }

    [Fact]
    public void ContactOnTheEnrolmentDay_IsTheFirstContact()
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 1, 12), [1]), Contact(D(2026, 1, 10), [1])];

        Assert.Equal(D(2026, 1, 10), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
    }

    [Fact]
    public void ContactBeforeEntry_DoesNotCount()
    {
        var person = Person(1, D(2026, 1, 10), referred: D(2026, 1, 2));
        EmployerContact[] contacts = [Contact(D(2026, 1, 5), [1]), Contact(D(2026, 1, 20), [1])];

        Assert.Equal(D(2026, 1, 20), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
        Assert.Equal(D(2026, 1, 5), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31), ProgrammeEntry.Referral));
    }

    [Fact]
    public void ContactAfterTheAsOfDate_IsIgnored_OnTheDateItCounts()
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 4, 1), [1])];

        Assert.Null(FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
        Assert.Equal(D(2026, 4, 1), FirstEmployerContact.Find(contacts, person, D(2026, 4, 1)));
        Assert.Equal(FirstContactCheck.AfterAsOfDate, FirstEmployerContact.Check(contacts[0], D(2026, 3, 31)));
    }

    [Theory]
    [InlineData(ContactPurpose.FollowUpOfWorkingParticipant)]
    [InlineData(ContactPurpose.Other)]
    public void FollowUpOrOtherContact_DoesNotCount(ContactPurpose purpose)
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 1, 11), [1], purpose: purpose), Contact(D(2026, 2, 1), [1])];

        Assert.Equal(FirstContactCheck.NotJobDevelopment, FirstEmployerContact.Check(contacts[0], D(2026, 3, 31)));
        Assert.Equal(D(2026, 2, 1), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
    }

    [Fact]
    public void ContactNotInPerson_DoesNotCount()
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 1, 11), [1], inPerson: false)];

        Assert.Equal(FirstContactCheck.NotInPerson, FirstEmployerContact.Check(contacts[0], D(2026, 3, 31)));
        Assert.Null(FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
    }

    [Fact]
    public void GeneralContact_DoesNotCount_AndIsReportedBeforeOtherReasons()
    {
        // A general, phone, "other" contact after the as-of date: the first reason in enum order is reported.
        var general = Contact(D(2026, 5, 1), [], inPerson: false, purpose: ContactPurpose.Other);

        Assert.Equal(FirstContactCheck.GeneralContact, FirstEmployerContact.Check(general, D(2026, 3, 31)));
        Assert.Equal(FirstContactCheck.NotInPerson, FirstEmployerContact.Check(Contact(D(2026, 5, 1), [1], inPerson: false, purpose: ContactPurpose.Other), D(2026, 3, 31)));
        Assert.Equal(FirstContactCheck.NotJobDevelopment, FirstEmployerContact.Check(Contact(D(2026, 5, 1), [1], purpose: ContactPurpose.Other), D(2026, 3, 31)));
    }

    [Fact]
    public void ParticipantsOwnContact_Counts()
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 1, 15), [1], byParticipantAlone: true)];

        Assert.Equal(FirstContactCheck.Counts, FirstEmployerContact.Check(contacts[0], D(2026, 3, 31)));
        Assert.Equal(D(2026, 1, 15), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
    }

    [Fact]
    public void ContactAboutAnotherParticipant_DoesNotCount()
    {
        var person = Person(1, D(2026, 1, 10));
        EmployerContact[] contacts = [Contact(D(2026, 1, 15), [2]), Contact(D(2026, 1, 25), [2, 1])];

        Assert.Equal(D(2026, 1, 25), FirstEmployerContact.Find(contacts, person, D(2026, 3, 31)));
    }

    [Fact]
    public void FindAll_GivesEveryParticipantsFirstContact_InProgrammeOrder()
    {
        var programme = Programme(
            [Person(1, D(2026, 1, 10)), Person(2, D(2026, 2, 1)), Person(3, D(2026, 2, 1))],
            [
                Contact(D(2026, 2, 20), [1, 2]),
                Contact(D(2026, 1, 20), [1]),
                Contact(D(2026, 1, 25), [2]),                                        // before 2's enrolment
                Contact(D(2026, 2, 10), [3], purpose: ContactPurpose.FollowUpOfWorkingParticipant),
                Contact(D(2026, 4, 2), [3]),                                         // after the as-of date
            ]);

        var first = FirstEmployerContact.FindAll(programme, D(2026, 3, 31));

        Assert.Equal([D(2026, 1, 20), D(2026, 2, 20), null], first);
        Assert.Equal(first[1], FirstEmployerContact.Find(programme.EmployerContacts.AsSpan(), programme.Participants[1], D(2026, 3, 31)));
    }

    [Fact]
    public void FindAll_CountsAContactOnTheEntryDay_AsFind_Does()
    {
        var programme = Programme([Person(1, D(2026, 1, 10))], [Contact(D(2026, 1, 12), [1]), Contact(D(2026, 1, 10), [1])]);

        Assert.Equal([D(2026, 1, 10)], FirstEmployerContact.FindAll(programme, D(2026, 3, 31)));
    }

    [Fact]
    public void EntryDate_IsEnrolmentByDefault_OrReferral()
    {
        var person = Person(1, D(2026, 1, 10), referred: D(2026, 1, 2));

        Assert.Equal(D(2026, 1, 10), FirstEmployerContact.EntryDate(person));
        Assert.Equal(D(2026, 1, 2), FirstEmployerContact.EntryDate(person, ProgrammeEntry.Referral));
        Assert.Throws<ArgumentOutOfRangeException>(() => FirstEmployerContact.EntryDate(person, (ProgrammeEntry)7));
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => FirstEmployerContact.Check(null!, D(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => FirstEmployerContact.Find([], null!, D(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => FirstEmployerContact.FindAll(null!, D(2026, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => FirstEmployerContact.EntryDate(null!));
    }

    [Fact]
    public void EntryDate_UndefinedEntry_IsRejected_NamingTheEntryAndTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FirstEmployerContact.EntryDate(Person(1, D(2026, 1, 10)), (ProgrammeEntry)7));

        Assert.Equal(("entry", (object)(ProgrammeEntry)7), (error.ParamName, error.ActualValue!));
        Assert.StartsWith("Entry must be a defined ProgrammeEntry.", error.Message, StringComparison.Ordinal);
    }
}
