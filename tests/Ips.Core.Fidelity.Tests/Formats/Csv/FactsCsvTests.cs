using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Csv;

/// <summary>The wide facts CSV: header, kinds, empty fields, per-row errors, quoting.</summary>
public sealed class FactsCsvTests
{
    private const string Header = "programme,reviewDate,periodStart,periodEnd";

    [Fact]
    public void Columns_AreProgrammeDatePeriod_ThenEveryFactInItemOrder()
    {
        var columns = FactsCsv.Columns();

        Assert.Equal(["programme", "review_date", "period_start", "period_end", "i01_active_participants", "i01_full_time_equivalents"], columns.Take(6));
        Assert.Equal(4 + Ips25Scale.Definition.Items.Sum(i => i.Facts.Length), columns.Length);
        Assert.Contains("i17_contact_log_review", columns);
        Assert.Equal("i25_engagement_strategies", columns[^1]);
        Assert.Equal(columns.Length, columns.Distinct().Count());
    }

    [Fact]
    public void Row_ReadsEveryKind_AsTheEngineExpects()
    {
        var csv = Header + ",1.activeParticipants,1.fullTimeEquivalents,4.separateVocationalProgramme,17.contactLogReview,10.agencyFocusStrategies,5.teamContactPractices\n"
            + "\"Team Nord, Bodø\",2026-10-01,2026-04-01,2026-09-30,36,2.5,false,weekly,intakeAsksAboutWork|writtenMaterialOnWork,[]\n";

        var row = Assert.Single(FactsCsv.Read(csv));

        Assert.True(row.IsValid);
        var facts = row.Facts!;
        Assert.Equal("Team Nord, Bodø", facts.ProgrammeLabel);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 1), facts.ReviewDate);
        Assert.Equal(new NodaTime.DateInterval(new(2026, 4, 1), new(2026, 9, 30)), facts.ReviewPeriod);
        Assert.Equal([1, 4, 5, 10, 17], facts.Items.Select(i => i.Item));
        Assert.Equal(FactValue.FromCount(36), facts.Find(1)!.Programme[0].Value);
        Assert.Equal(2.5, facts.Find(1)!.Programme[1].Value.Number);
        Assert.False(facts.Find(4)!.Programme[0].Value.Flag);
        Assert.Equal("weekly", facts.Find(17)!.Programme[0].Value.Level);
        Assert.Equal(["intakeAsksAboutWork", "writtenMaterialOnWork"], facts.Find(10)!.Programme[0].Value.Elements);
        Assert.Empty(facts.Find(5)!.Programme[0].Value.Elements);
        Assert.Equal(1, Ips25Scale.Engine.Score(facts).Item(5).Score);
    }

    [Fact]
    public void EmptyFields_AreNotRecorded_AndTheItemIsNotRated()
    {
        var rows = FactsCsv.Read("programme,reviewDate,1.activeParticipants,1.fullTimeEquivalents,2.employmentServicesTimePercent\nA,2026-01-01,,,97\n");

        var facts = Assert.Single(rows).Facts!;
        Assert.Equal([2], facts.Items.Select(i => i.Item));
        var report = Ips25Scale.Engine.Score(facts);
        Assert.Equal(Ips.Core.Fidelity.Results.ItemStatus.NotRated, report.Item(1).Status);
        Assert.Equal(5, report.Item(2).Score);
    }

    [Theory]
    [InlineData("1.fullTimeEquivalents", "2,5", "decimal point")]
    [InlineData("1.activeParticipants", "3.5", "whole number")]
    [InlineData("4.separateVocationalProgramme", "yes", "true or false")]
    [InlineData("17.contactLogReview", "every week", "level id")]
    [InlineData("10.agencyFocusStrategies", "a||b", "joined by |")]
    [InlineData("reviewDate", "01.10.2026", "yyyy-MM-dd")]
    public void BadField_MakesOnlyThatRowInvalid(string column, string value, string expected)
    {
        var header = column == "reviewDate" ? "programme,reviewDate" : "programme,reviewDate," + column;
        var good = column == "reviewDate" ? "Good,2026-01-01" : "Good,2026-01-01,";
        var bad = column == "reviewDate" ? "Bad," + value : "Bad,2026-01-01,\"" + value + "\"";
        var rows = FactsCsv.Read(header + "\n" + good + "\n" + bad + "\n" + good.Replace("Good", "Also good", StringComparison.Ordinal) + "\n");

        Assert.Equal(3, rows.Length);
        Assert.True(rows[0].IsValid);
        Assert.True(rows[2].IsValid);
        var error = Assert.Single(rows[1].Errors);
        Assert.Null(rows[1].Facts);
        Assert.Equal("Bad", rows[1].Programme);
        Assert.Equal((3, column, value), (error.Line, error.Column, error.Value));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 3, column " + column + ": ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WrongFieldCount_AndHalfAPeriod_AreRowErrors()
    {
        var rows = FactsCsv.Read(Header + "\nA,2026-01-01,2026-01-01\nB,2026-01-01,2026-01-01,\nC,2026-01-01,2026-02-01,2026-01-01\n");

        Assert.Contains("fields", rows[0].Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("both ends", rows[1].Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("ends before", rows[2].Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("programme\n", "review_date")]
    [InlineData("programme,reviewDate,1.nonsense\n", "unknown column '1.nonsense'")]
    [InlineData("programme,reviewDate,26.x\n", "unknown column")]
    [InlineData("programme,reviewDate,activeParticipants\n", "unknown column")]
    [InlineData("programme,reviewDate,2.employmentServicesTimePercent,2.employmentServicesTimePercent\n", "twice")]
    [InlineData("programme,reviewDate,periodStart\n", "both")]
    [InlineData("programme,reviewDate\n\"A,2026-01-01\n", "not closed")]
    public void BadHeaderOrFile_Throws(string csv, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => FactsCsv.Read(csv));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrlfBomQuotesAndBlankLines_AreRead()
    {
        var csv = "\uFEFFprogramme,reviewDate,2.employmentServicesTimePercent\r\n\r\n\"Team \"\"Nord\"\"\nline two\",2026-01-01,92\r\nB,2026-01-02,60\r\n";

        var rows = FactsCsv.Read(csv);

        Assert.Equal(["Team \"Nord\"\nline two", "B"], rows.Select(r => r.Programme));
        Assert.Equal([3, 5], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void Numbers_AreInvariant_UnderAnyCulture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in Ips.TestSupport.Cultures.Hostile)
            {
                System.Globalization.CultureInfo.CurrentCulture = Ips.TestSupport.Cultures.Get(culture);
                var row = Assert.Single(FactsCsv.Read("programme,reviewDate,1.fullTimeEquivalents\nA,2026-01-01,1.5\n"));
                Assert.Equal(1.5, row.Facts!.Find(1)!.Programme[0].Value.Number);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void ScoresCsv_Header_IsLanguageFree_StampsItemsSectionsTotals()
    {
        var header = ScoresCsv.Header();

        Assert.Equal(["scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date", "period_start", "period_end", "i01_caseload_size"], header.Take(9));
        Assert.Equal(8 + 25 + 3 + 7, header.Length);
        Assert.Equal(["rated_items", "total", "total_min", "total_max", "level", "level_label", "warnings"], header.TakeLast(7));
    }

    [Fact]
    public void ScoresCsv_NoReports_IsJustTheHeader()
    {
        using var writer = new StringWriter();

        ScoresCsv.Write(writer, [], Ips25Scale.English);

        Assert.Equal(string.Join(",", ScoresCsv.Header()) + "\n", writer.ToString());
    }

    // --- Analysis names, old names, and the dialects R, pandas and Excel write.

    [Fact]
    public void AnalysisAndOldColumnNames_ReadAsTheSameFacts()
    {
        var current = FactsCsv.Read("programme,review_date,period_start,period_end,i01_active_participants,i17_contact_log_review\nA,2026-10-01,2026-04-01,2026-09-30,36,weekly\n");
        var old = FactsCsv.Read("programme,reviewDate,periodStart,periodEnd,1.activeParticipants,17.contactLogReview\nA,2026-10-01,2026-04-01,2026-09-30,36,weekly\n");
        var rewrittenByR = FactsCsv.Read("programme,reviewDate,X1.activeParticipants,X17.contactLogReview\nA,2026-10-01,36,weekly\n");

        Assert.Equal(Json(current[0]), Json(old[0]));
        Assert.Equal([1, 17], rewrittenByR[0].Facts!.Items.Select(i => i.Item));
    }

    [Fact]
    public void ShortenedNamesOfVersion02_ReadAsTheDefinitionsColumnNames()
    {
        var current = FactsCsv.Read("programme,review_date,i17_contacts_per_week,i17_contact_log_review,i02_employment_time_percent\nA,2026-10-01,5.5,weekly,92\n");
        var shortened = FactsCsv.Read("programme,review_date,i17_perso_employ_contac_per_week,i17_contact_log_review,i02_employm_service_time_percent\nA,2026-10-01,5.5,weekly,92\n");
        var old = FactsCsv.Read("programme,reviewDate,17.inPersonEmployerContactsPerWeek,17.contactLogReview,2.employmentServicesTimePercent\nA,2026-10-01,5.5,weekly,92\n");

        Assert.True(current[0].IsValid, string.Join("; ", current[0].Errors));
        Assert.Equal(Json(current[0]), Json(shortened[0]));
        Assert.Equal(Json(current[0]), Json(old[0]));
    }

    [Fact]
    public void DefinitionsColumnName_AndItsShortenedName_InOneHeader_AreRepeated()
    {
        var error = Assert.Throws<FormatException>(() => FactsCsv.Read("programme,review_date,i17_contacts_per_week,i17_perso_employ_contac_per_week\n"));
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameColumn_UnderItsOldAndNewName_IsRepeated()
    {
        var error = Assert.Throws<FormatException>(() => FactsCsv.Read("programme,review_date,reviewDate\n"));
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FactsCsv.Read("programme,review_date,i01_active_participants,1.activeParticipants\n"));
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("")]
    public void Utf8_WithOrWithoutBom_Reads(string bom)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(bom + "programme,review_date,i01_active_participants\nTeam Bodø,2026-10-01,36\n");
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);

        var row = Assert.Single(FactsCsv.Read(reader));

        Assert.Equal("Team Bodø", row.Facts!.ProgrammeLabel);
    }

    [Fact]
    public void NorwegianExcelFile_ReadsWithTheDialect_SemicolonsDecimalCommasDatesAndSann()
    {
        const string csv = "programme;review_date;period_start;period_end;i01_active_participants;i01_full_time_equivalents;i04_separate_programme;i17_contact_log_review\r\n"
            + "\"Team Nord; Bodø\";01.10.2026;2026-04-01;30.09.2026;36;2,5;USANN;weekly\r\n";

        var row = Assert.Single(FactsCsv.Read(csv, options: new FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel }));

        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        var facts = row.Facts!;
        Assert.Equal("Team Nord; Bodø", facts.ProgrammeLabel);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 1), facts.ReviewDate);
        Assert.Equal(new NodaTime.LocalDate(2026, 9, 30), facts.ReviewPeriod!.End);
        Assert.Equal(2.5, facts.Find(1)!.Programme[1].Value.Number);
        Assert.False(facts.Find(4)!.Programme[0].Value.Flag);
    }

    [Fact]
    public void NorwegianExcelFile_WithoutTheDialect_IsRefusedWithAHintNamingTheOption()
    {
        var error = Assert.Throws<FormatException>(() => FactsCsv.Read("programme;review_date;i01_active_participants\nA;2026-10-01;36\n"));

        Assert.Contains("Norwegian Excel dialect", error.Message, StringComparison.Ordinal);
        Assert.Contains("CsvDialect.NorwegianExcel", error.Message, StringComparison.Ordinal);
        Assert.Contains("--dialect excel-nb", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommaFile_ReadWithTheExcelDialect_IsRefusedWithTheReverseHint()
    {
        var error = Assert.Throws<FormatException>(() => FactsCsv.Read("programme,review_date,i01_active_participants\nA,2026-10-01,36\n", options: new FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel }));

        Assert.Contains("--dialect standard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalComma_InAStandardFile_NamesTheDialectOption()
    {
        var row = Assert.Single(FactsCsv.Read("programme,review_date,i01_full_time_equivalents\nA,2026-10-01,\"2,5\"\n"));

        var error = Assert.Single(row.Errors);
        Assert.Equal("i01_full_time_equivalents", error.Column);
        Assert.Contains("decimal comma", error.Message, StringComparison.Ordinal);
        Assert.Contains("CsvDialect.NorwegianExcel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    public void Flags_AsRAndPandasWriteThem_Read(string text, bool expected)
    {
        var row = Assert.Single(FactsCsv.Read("programme,review_date,i04_separate_programme\nA,2026-10-01," + text + "\n"));

        Assert.Equal(expected, row.Facts!.Find(4)!.Programme[0].Value.Flag);
    }

    [Fact]
    public void NaAndPandasFloats_ReadAsMissingAndWholeCounts()
    {
        var row = Assert.Single(FactsCsv.Read("programme,review_date,period_start,period_end,i01_active_participants,i01_full_time_equivalents,i17_contact_log_review\nA,2026-10-01,NA,NA,36.0,1e+00,NA\n"));

        Assert.True(row.IsValid, string.Join("; ", row.Errors));
        Assert.Null(row.Facts!.ReviewPeriod);
        Assert.Equal(FactValue.FromCount(36), row.Facts.Find(1)!.Programme[0].Value);
        Assert.Equal(1.0, row.Facts.Find(1)!.Programme[1].Value.Number);
        Assert.Null(row.Facts.Find(17));
        Assert.False(Assert.Single(FactsCsv.Read("programme,review_date,i01_active_participants\nA,2026-10-01,36.5\n")).IsValid);
    }

    private static string Json(FactsCsvRow row) => Ips.Core.Fidelity.Formats.Json.FidelityJson.WriteFacts(row.Facts!);
}
