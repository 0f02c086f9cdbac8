using Ips.Core.Disclosure;
using Ips.Core.Jobs;
using Ips.Core.Records;
using Ips.Core.Synthetic;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Records;

public sealed class ProgrammeRecordsRoundTripTests
{
    [Fact]
    public void SyntheticProgrammes_ReadBack_AndRewriteToIdenticalBytes()
    {
        var programmes = SyntheticProgrammeGenerator.Generate(new SyntheticOptions { Seed = 11, Programmes = 3, ParticipantsPerProgramme = 120 });
        var first = RecordSample.NewDirectory();
        ProgrammeRecords.Write(programmes, first);

        var read = ProgrammeRecords.Read(first);

        Assert.Equal(programmes.Length, read.Length);
        for (var i = 0; i < programmes.Length; i++)
        {
            Assert.Equal(programmes[i].Id, read[i].Id);
            Assert.Equal(programmes[i].Participants.Length, read[i].Participants.Length);
            Assert.Equal(programmes[i].EmployerContacts, read[i].EmployerContacts);
            Assert.Equal(programmes[i].Jobs.Length, read[i].Jobs.Length);
            Assert.Equal(programmes[i].FollowAlongContacts.Length, read[i].FollowAlongContacts.Length);
        }

        AssertRewritesIdentically(first, read);
    }

    [Fact]
    public void ManyProgrammes_ReadThroughReusedRowLists_RewriteToIdenticalBytes()
    {
        // More programmes than the reader keeps in flight, so later programmes are read into the emptied row lists
        // of earlier ones: a row left behind would show up in the wrong programme and change the rewritten files.
        var programmes = SyntheticProgrammeGenerator.Generate(new SyntheticOptions { Seed = 5, Programmes = 14, ParticipantsPerProgramme = 15 });
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write(programmes, directory);

        var read = ProgrammeRecords.Read(directory);

        Assert.Equal(programmes.Select(p => (p.Id, p.Participants.Length, p.EmployerContacts.Length, p.Jobs.Length, p.FollowAlongContacts.Length)), read.Select(p => (p.Id, p.Participants.Length, p.EmployerContacts.Length, p.Jobs.Length, p.FollowAlongContacts.Length)));
        AssertRewritesIdentically(directory, read);
    }

    [Fact]
    public void RowBuffers_Clear_EmptiesEveryList()
    {
        var buffers = new RowBuffers();
        var lists = typeof(RowBuffers).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Select(p => (System.Collections.IList)p.GetValue(buffers)!)
            .ToList();
        Assert.Equal(17, lists.Count);
        foreach (var list in lists)
        {
            list.Add(Activator.CreateInstance(list.GetType().GetGenericArguments()[0]));
        }

        buffers.Clear();

        Assert.All(lists, list => Assert.Empty(list));
    }

    [Fact]
    public void ContactsAboutOneParticipant_ShareOneParticipantsArray_PerParticipant()
    {
        var programmes = SyntheticProgrammeGenerator.Generate(new SyntheticOptions { Seed = 11, Programmes = 1, ParticipantsPerProgramme = 60 });
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write(programmes, directory);

        var contacts = ProgrammeRecords.Read(directory)[0].EmployerContacts.Where(c => c.Participants.Length == 1).ToList();

        // ImmutableArray's == compares the arrays underneath: one array per participant, not one per contact.
        var groups = contacts.GroupBy(c => c.Participants[0]).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.All(g, c => Assert.True(c.Participants == g.First().Participants)));
        Assert.Equal(programmes[0].EmployerContacts, ProgrammeRecords.Read(directory)[0].EmployerContacts);
    }

    [Fact]
    public void HandMadeEdgeCases_RoundTrip_QuotesNullsFlagsAndAnOverFullCaseload()
    {
        var directory = RecordSample.Write();

        var result = ProgrammeRecords.TryRead(directory);

        Assert.True(result.IsSuccess, string.Join('\n', result.Errors));
        var programme = Assert.Single(result.Programmes);
        var secret = programme.Participants[0];
        Assert.Equal("SECRET TEXT: \"butikk\", gjerne\nnær hjemme", secret.Preferences.Description);
        Assert.Equal(["5223", "4110"], secret.Preferences.Occupations.Select(o => o.Value));
        Assert.Equal("Rema 1000, avd. \"Storgata\"", programme.Employers[0].Name);
        Assert.Null(programme.Employers[1].Name);
        Assert.Null(programme.Employers[1].OrganisationNumber);
        Assert.Equal(DisclosedInformation.ReceivingTreatment | DisclosedInformation.GapInWorkHistory, programme.DisclosureHistories[0].Decisions[1].Information);
        Assert.Equal(DisclosedInformation.None, programme.DisclosureHistories[0].Decisions[0].Information);
        Assert.Equal(PositionSize.OnCall, programme.Jobs[2].PositionSize);
        Assert.Equal(18.75m, programme.Jobs[0].PositionSize.Amount);
        Assert.Null(programme.EmployerContacts[2].Specialist);
        Assert.Null(programme.EmployerContacts[0].ParticipantPresent);
        Assert.True(programme.Caseloads[1].IsOverCapacity);
        Assert.Equal(ErrorCodes.Caseload.OverCapacity, Assert.Single(programme.Findings).Code);
        Assert.Equal(RecordSample.Programme().EmployerContacts, programme.EmployerContacts);
        AssertRewritesIdentically(directory, result.Programmes);
    }

    [Fact]
    public void NoProgrammes_RoundTrip_AsHeaderOnlyFiles()
    {
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write([], directory);

        Assert.Empty(ProgrammeRecords.Read(directory));
    }

    [Fact]
    public void ByteOrderMark_AndCrLfLineEnds_AreAccepted()
    {
        var directory = RecordSample.Write();
        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            var path = Path.Combine(directory, file);
            var text = File.ReadAllText(path);
            if (file == "participants.csv")
            {
                text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            }

            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        }

        var result = ProgrammeRecords.TryRead(directory);

        Assert.True(result.IsSuccess, string.Join('\n', result.Errors));
        // The quoted line break inside the description became CRLF with the file: kept as written.
        Assert.Equal("SECRET TEXT: \"butikk\", gjerne\r\nnær hjemme", result.Programmes[0].Participants[0].Preferences.Description);
        Assert.Equal(5, result.Programmes[0].Participants.Length);
    }

    [Fact]
    public void Read_IsTheSame_UnderAnyCulture()
    {
        var directory = RecordSample.Write();
        var here = ProgrammeRecords.Read(directory);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var there = ProgrammeRecords.Read(directory);
            Assert.Equal(here[0].Specialists[0].Fte, there[0].Specialists[0].Fte);
            Assert.Equal(here[0].Jobs[0].PositionSize, there[0].Jobs[0].PositionSize);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static void AssertRewritesIdentically(string original, IEnumerable<Ips.Core.Programmes.IpsProgramme> read)
    {
        var again = RecordSample.NewDirectory();
        ProgrammeRecords.Write(read, again);
        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(original, file)), File.ReadAllText(Path.Combine(again, file)));
        }
    }
}
