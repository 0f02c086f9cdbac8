using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Records;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Ips25;

/// <summary><see cref="DerivationInterop.Derive"/>: the record folder's errors, each programme's derived facts with provenance, and the scores CSV.</summary>
public sealed class DerivationInteropTests
{
    private static string Records => Path.GetFullPath(Path.Combine(ExampleReviews.Directory, "..", "data", "records"));

    [Fact]
    public void TheExampleRecords_GiveFactDerivationsFactsAndTheirScores()
    {
        using var document = JsonDocument.Parse(DerivationInterop.Derive(Records, "{\"reviewDate\": \"2024-12-31\"}"));
        var root = document.RootElement;
        var programmes = ProgrammeRecords.Read(Records, RecordReadOptions.Lenient);
        var options = DerivationOptions.For(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31)));

        Assert.Equal("2024-07-01", root.GetProperty("periodStart").GetString());
        Assert.Equal(programmes.Length, root.GetProperty("programmes").GetArrayLength());
        var i = 0;
        foreach (var programme in root.GetProperty("programmes").EnumerateArray())
        {
            var expected = FactDerivation.Derive(programmes[i++], options);
            Assert.Equal(expected.ProgrammeLabel, programme.GetProperty("programme").GetString());
            Assert.Equal(expected.Facts.Length, programme.GetProperty("provenance").GetArrayLength());
            Assert.Equal(Ips.Core.Fidelity.Formats.Json.FidelityJson.WriteFacts(expected.ToReviewFacts()), programme.GetProperty("facts").GetRawText());
        }

        var csv = root.GetProperty("scoresCsv").GetString()!;
        Assert.StartsWith("scale_id,", csv, StringComparison.Ordinal);
        Assert.Equal(programmes.Length + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void ABadRow_IsAnErrorWithItsLocation_AndNeverItsValues()
    {
        var folder = Directory.CreateTempSubdirectory("ips-derive-").FullName;
        foreach (var file in Directory.GetFiles(Records))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "participants.csv"), "Kari Nordmann 01017012345,x,y\n");

        var answer = DerivationInterop.Derive(folder, "{\"reviewDate\": \"2024-12-31\"}");
        using var document = JsonDocument.Parse(answer);
        var errors = document.RootElement.GetProperty("errors");

        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.Equal("participants.csv", errors[0].GetProperty("file").GetString());
        Assert.True(errors[0].GetProperty("line").GetInt64() > 1);
        Assert.DoesNotContain("Nordmann", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("01017012345", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("{\"reviewDate\": \"2024-13-01\"}")]
    [InlineData("{\"reviewDate\": \"2024-12-31\", \"periodStart\": \"2025-01-01\"}")]
    [InlineData("{\"reviewDate\": \"2024-12-31\", \"colour\": 1}")]
    [InlineData("{\"reviewDate\": \"2024-12-31\", \"source\": \"salesforce\"}")]
    [InlineData("[")]
    public void BadOptions_AreAnArgumentError(string? options)
    {
        var answer = DerivationInterop.Derive(Records, options);

        Assert.True(FidelityInterop.IsError(answer), answer);
        Assert.Contains("optionsJson", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolder_IsAnArgumentError()
    {
        Assert.True(FidelityInterop.IsError(DerivationInterop.Derive(Path.Combine(Records, "nowhere"), "{\"reviewDate\": \"2024-12-31\"}")));
    }

    private static string Jobbsporet => Path.GetFullPath(Path.Combine(ExampleReviews.Directory, "..", "data", "jobbsporet"));

    [Theory]
    [InlineData("nb", "Vurdereren oppgir")]
    [InlineData("en", "The reviewer supplies")]
    public void AJobbsporetExport_ListsTheItemsNotDerived_WithFactCountAndRemedy_InTheChosenLanguage(string language, string remedyStart)
    {
        var answer = DerivationInterop.Derive(Jobbsporet, "{\"reviewDate\": \"2026-06-30\", \"source\": \"jobbsporet\", \"language\": \"" + language + "\"}");
        using var document = JsonDocument.Parse(answer);
        var read = Ips.Core.Records.Jobbsporet.JobbsporetExport.TryRead(Jobbsporet);
        var options = DerivationOptions.For(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30))) with { SourceGaps = read.Teams[0].SourceGaps };
        var expected = FactDerivation.Derive(read.Programmes[0], options);

        var notDerived = document.RootElement.GetProperty("programmes")[0].GetProperty("notDerived");
        Assert.Equal(expected.NotDerived.Select(n => n.Item), notDerived.EnumerateArray().Select(n => n.GetProperty("item").GetInt32()));
        var item4 = notDerived.EnumerateArray().Single(n => n.GetProperty("item").GetInt32() == 4);
        Assert.Equal("TreatmentTeamAssignment", item4.GetProperty("missing").GetString());
        Assert.Equal(0, item4.GetProperty("records").GetInt32());
        Assert.StartsWith(remedyStart, item4.GetProperty("remedy").GetString(), StringComparison.Ordinal);
        Assert.Contains("Behandlingsteam", item4.GetProperty("sourceRemedy").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(document.RootElement.GetProperty("programmes")[0].GetProperty("provenance").EnumerateArray(), f => f.GetProperty("item").GetInt32() == 4);
        Assert.Equal(read.Findings.Length, document.RootElement.GetProperty("sourceFindings").GetArrayLength());
    }

    [Fact]
    public void TheLibrarysOwnRecords_HaveNoSourceGaps_SoNothingIsListedAsNotDerived()
    {
        using var document = JsonDocument.Parse(DerivationInterop.Derive(Records, "{\"reviewDate\": \"2024-12-31\"}"));

        Assert.All(document.RootElement.GetProperty("programmes").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("notDerived").GetArrayLength()));
    }

    [Fact]
    public void EverySourceFact_HasItsTextAndRemedy_InNorwegianAndEnglish()
    {
        foreach (var fact in Enum.GetValues<SourceFact>())
        {
            foreach (var id in new[] { "sourceFact." + fact, "remedy." + fact })
            {
                var text = Ips.Core.Fidelity.Presentation.FeedbackLabels.TableText(id);
                Assert.True(text is not null && text.HasText(Ips25Scale.Norwegian) && text.HasText(Ips25Scale.English), id);
            }
        }
    }
}
