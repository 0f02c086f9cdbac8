using Ips.Core.Benefits;
using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Fixtures;

namespace Ips.Core.Tests.Records;

public sealed class ProgrammeRecordsCharacteristicsTests
{
    private const string File = "participants.csv";

    /// <summary>Participants (lines 2–5): all characteristics and both benefits; a label with a comma and quotes; nothing recorded; an age from a year of birth and recorded "no benefits".</summary>
    private static IpsProgramme Programme()
    {
        var exit = ParticipantExit.Create(Day.PlusDays(40), NavEndReason.OtherActivity, ExitStatus.Unresolved, NavBenefits.None);
        var full = Participant(1).Exit(exit).WithCharacteristics(EntryCharacteristics.Create(
            NavMeasure.IpsUng,
            AgeAtEnrolment.FromAge(23),
            ReferringUnit.Create(ReferringUnitId.Create("unit-rus"), "Rusklinikken"),
            [GroupingTag.Create("rus"), GroupingTag.Create("pilot-2019")],
            NavBenefits.Aap | NavBenefits.SocialAssistance));
        var quoted = Participant(2).WithCharacteristics(EntryCharacteristics.Create(
            NavMeasure.Ips,
            referringUnit: ReferringUnit.Create(ReferringUnitId.Create("unit-put"), "SECRET TEXT, \"PUT\" Nidaros"),
            benefitsAtEntry: NavBenefits.DisabilityBenefitGraded | NavBenefits.Other));
        var born = Participant(4).WithCharacteristics(EntryCharacteristics.Create(age: AgeAtEnrolment.FromYearOfBirth(1990, Day.PlusDays(7)), benefitsAtEntry: NavBenefits.None));
        return IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1")).Add(Specialist()).Add(Employer())
            .Add(full).Add(quoted).Add(Participant(3)).Add(born)
            .Build();
    }

    private static string Write()
    {
        var directory = RecordSample.NewDirectory();
        ProgrammeRecords.Write([Programme()], directory);
        return directory;
    }

    private static string Read(string directory, string file = File) => System.IO.File.ReadAllText(Path.Combine(directory, file));

    [Fact]
    public void Characteristics_WriteAndReadBack_Identically()
    {
        var directory = Write();

        var read = ProgrammeRecords.Read(directory);

        var expected = Programme().Participants;
        var actual = read[0].Participants;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Characteristics, actual[i].Characteristics);
            Assert.Equal(expected[i].ExitRecord, actual[i].ExitRecord);
        }

        Assert.Equal(NavBenefits.None, actual[0].ExitRecord!.BenefitsAtExit);
        Assert.Equal(AgeBasis.YearOfBirth, actual[3].Characteristics.Age!.Basis);
        Assert.Same(EntryCharacteristics.None, actual[2].Characteristics);
        var again = RecordSample.NewDirectory();
        ProgrammeRecords.Write(read, again);
        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            Assert.Equal(Read(directory, file), Read(again, file));
        }
    }

    [Fact]
    public void Characteristics_AreWrittenAsDocumented()
    {
        var lines = Read(Write()).Split('\n');

        Assert.EndsWith(",preferences_description,nav_measure,age_at_enrolment,age_basis,referring_unit_id,referring_unit_label,grouping_tags,benefits_at_entry,benefits_at_exit", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",IPSUNG,23,GivenAge,unit-rus,Rusklinikken,rus|pilot-2019,Aap|SocialAssistance,None", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",INDJOBSTOT,,,unit-put,\"SECRET TEXT, \"\"PUT\"\" Nidaros\",,DisabilityBenefitGraded|Other,", lines[2], StringComparison.Ordinal);
        Assert.EndsWith(",,,,,,,,", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",,34,YearOfBirth,,,,None,", lines[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(18)]
    public void OlderFiles_WithoutSomeOrAllOptionalColumns_StillRead(int columns)
    {
        var directory = Write();
        var text = string.Join('\n', Read(directory).Split('\n').Select(l => l.Length == 0 ? l : string.Join(',', CsvFields(l).Take(columns))));
        System.IO.File.WriteAllText(Path.Combine(directory, File), text);

        var result = ProgrammeRecords.TryRead(directory);

        Assert.True(result.IsSuccess, string.Join('\n', result.Errors));
        var first = result.Programmes[0].Participants[0];
        Assert.Equal(columns > 11 ? NavMeasure.IpsUng : null, first.Characteristics.Measure);
        Assert.Equal(columns > 13 ? 23 : null, first.Characteristics.Age?.Years);
        Assert.Null(first.ExitRecord!.BenefitsAtExit);
    }

    [Fact]
    public void AMisorderedOptionalColumn_FailsTheFile_NamingTheExpectedHeader()
    {
        var directory = Write();
        RecordSample.ReplaceLine(directory, File, 1, h => h.Replace("nav_measure,age_at_enrolment", "age_at_enrolment,nav_measure", StringComparison.Ordinal));

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.Equal(ErrorCodes.Records.ColumnOrder, error.Code);
        Assert.Contains("benefits_at_exit", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, int, string, string> BadValues() => new()
    {
        // line, 0-based column, value → expected code (reported at line, column + 1)
        { 2, 11, "IPSUNGX", ErrorCodes.Participant.UnknownNavMeasure },
        { 2, 12, "23.5", ErrorCodes.Records.InvalidInteger },
        { 2, 12, "130", ErrorCodes.Participant.AgeOutOfRange },
        { 2, 13, "Guessed", ErrorCodes.Records.InvalidEnum },
        { 2, 13, "", ErrorCodes.Records.Required },
        { 5, 12, "", ErrorCodes.Records.Required },
        { 2, 14, "SECRET ID", ErrorCodes.Identity.Invalid },
        { 4, 15, "SECRET TEXT", ErrorCodes.Participant.ReferringUnitLabelWithoutId },
        { 2, 16, "rus||pilot", ErrorCodes.Participant.GroupingTagInvalid },
        { 2, 16, "rus|SECRET TEXT", ErrorCodes.Participant.GroupingTagInvalid },
        { 2, 16, "rus|rus", ErrorCodes.Participant.DuplicateGroupingTag },
        { 2, 16, "a|b|c|d|e|f|g|h|i|j|k", ErrorCodes.Participant.TooManyGroupingTags },
        { 2, 17, "DisabilityBenefitFull|DisabilityBenefitGraded", ErrorCodes.Participant.BenefitsFullAndGradedDisability },
        { 2, 17, "AAP", ErrorCodes.Records.InvalidEnum },
        { 2, 18, "None|Aap", ErrorCodes.Records.InvalidEnum },
        { 2, 18, "DisabilityBenefitFull|DisabilityBenefitGraded", ErrorCodes.Participant.BenefitsFullAndGradedDisability },
        { 4, 18, "Aap", ErrorCodes.Participant.BenefitsAtExitWithoutExit },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void BadValue_IsReported_WithFileLineColumnAndRule_WithoutTheValue(int line, int column, string value, string code)
    {
        var directory = Write();
        SetCsvField(directory, line, column, value);

        var result = ProgrammeRecords.TryRead(directory);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal((code, File, line), (error.Code, error.File, error.Line));
        // Age and its basis go together: a Required error names the empty one.
        var expectedColumn = code == ErrorCodes.Records.Required ? (column == 12 ? 13 : 14) : column + 1;

        Assert.Equal(expectedColumn, error.Column);
        Assert.Equal(ProgrammeRecords.Files.Single(f => f.File == File).Columns[expectedColumn - 1], error.ColumnName);
        Assert.DoesNotContain("SECRET", error.ToString(), StringComparison.Ordinal);

        var lenient = ProgrammeRecords.TryRead(directory, RecordReadOptions.Lenient);
        Assert.Equal(3, lenient.Programmes[0].Participants.Length); // only the bad row is rejected
    }

    [Fact]
    public void ALabelIsNeverInAnError()
    {
        var directory = Write();
        SetCsvField(directory, 3, 14, "SECRET ID");

        var error = Assert.Single(ProgrammeRecords.TryRead(directory).Errors);

        Assert.DoesNotContain("PUT", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.ToString(), StringComparison.Ordinal);
    }

    private static void SetCsvField(string directory, int line, int column, string value) =>
        RecordSample.ReplaceLine(directory, File, line, text =>
        {
            var fields = CsvFields(text);
            fields[column] = value.Contains(',', StringComparison.Ordinal) ? "\"" + value + "\"" : value;
            return string.Join(',', fields);
        });

    /// <summary>Splits a line into raw fields, keeping quoted fields (with their quotes) whole.</summary>
    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ',' && !quoted)
            {
                fields.Add(line[start..i]);
                start = i + 1;
            }
        }

        fields.Add(line[start..]);
        return fields;
    }
}
