using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Formats.Schema;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Scoring;
using Ips.TestSupport;

namespace Ips.Core.Fidelity.Tool.Tests;

/// <summary>The <c>ips-fidelity</c> commands, run in-process with their streams as a user meets them: results on standard output, errors on standard error, exit codes 0, 1 and 2.</summary>
public sealed class FidelityToolTests
{
    private static string Example(string name) => Path.Combine(RepositoryPaths.Root, "examples", "reviews", name + ".json");

    private static string TestScale => Path.Combine(AppContext.BaseDirectory, "Scales", "mini-sv.v1.json");

    private static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = FidelityTool.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    [Fact]
    public void Score_PrintsTheRenderersReport_InTheScalesFirstLanguage()
    {
        var (code, output, error) = Run("score", Example("fair"));

        var expected = ReportRenderer.Render(Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Example("fair")))));
        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(expected.Replace(FidelityEngine.Version, string.Empty, StringComparison.Ordinal), output.Replace(FidelityEngine.Version, string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("En")]
    public void Lang_IsCaseInsensitive(string language)
    {
        var (code, output, _) = Run("score", Example("fair"), "--lang", language);

        Assert.Equal(0, code);
        Assert.StartsWith("IPS fidelity review", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_FromStandardInput_AsMarkdownAndJson()
    {
        var facts = File.ReadAllText(Example("incomplete"));

        var markdown = RunWithInput(facts, "score", "-", "--format", "markdown");
        var json = RunWithInput(facts, "score", "-", "--format", "json", "--lang", "en");

        Assert.Equal(0, markdown.Code);
        Assert.StartsWith("# ", markdown.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.Code);
        var report = FidelityJson.ReadReport(json.Out, Ips25Scale.Definition);
        Assert.Equal(Ips25Scale.Engine.Score(FidelityJson.ReadFacts(facts)).Total, report.Total);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal("en", document.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Score_AsHtml_WritesTheFeedbackReportPage()
    {
        var (code, output, _) = Run("score", Example("fair"), "--format", "HTML", "--lang", "en");

        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", output, StringComparison.Ordinal);
        Assert.Contains("<dt>Total score</dt><dd>83 — Fair fidelity (74–99)</dd>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ToAnOutputFile_WritesNothingOnStandardOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-fidelity-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var (code, output, _) = Run("score", Example("fair"), "--output", path);

            Assert.Equal((0, string.Empty), (code, output));
            Assert.Contains("Totalskår: 83", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void InvalidFacts_ExitOne_ListingEveryCodeAndPath_OnStandardError()
    {
        const string Facts = """{"schemaVersion": 1, "programme": "P", "reviewDate": "2026-01-01", "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 120.0}}, {"item": 99, "facts": {}}]}""";

        foreach (var command in new[] { "score", "validate" })
        {
            var (code, output, error) = RunWithInput(Facts, command, "-");

            Assert.Equal((1, string.Empty), (code, output));
            Assert.Contains("Fact.AboveMaximum at $.items[0].facts.employmentServicesTimePercent", error, StringComparison.Ordinal);
            Assert.Contains("Item.UnknownItem", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal); // no stack trace
        }
    }

    [Fact]
    public void NotJson_AndMissingFile_ExitOne_NamingWhere()
    {
        var notJson = RunWithInput("{\"schemaVersion\": 1, ", "score", "-");
        var missing = Run("score", "no-such-file.json");

        Assert.Equal(1, notJson.Code);
        Assert.Contains("Json.Syntax", notJson.Err, StringComparison.Ordinal);
        Assert.Equal(1, missing.Code);
        Assert.Contains("no such file: no-such-file.json", missing.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score", "--lang", "de")]
    [InlineData("score", "--format", "pdf")]
    [InlineData("bogus")]
    [InlineData("score", "--no-such-option")]
    [InlineData("schema", "scores")]
    public void UsageErrors_ExitTwo_OnStandardError(params string[] args)
    {
        var (code, output, error) = RunWithInput(File.ReadAllText(Example("fair")), [.. args, .. args[0] == "score" ? new[] { "-" } : []]);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("ips-fidelity: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_AndVersion_GoToStandardOutput()
    {
        var help = Run("--help");
        var version = Run("--version");

        Assert.Equal(0, help.Code);
        Assert.All(new[] { "score", "validate", "batch", "compare", "describe", "schema" }, command => Assert.Contains(command, help.Out, StringComparison.Ordinal));
        Assert.Equal(0, version.Code);
        Assert.False(string.IsNullOrWhiteSpace(version.Out));
        Assert.Equal(string.Empty, help.Err + version.Err);
    }

    [Fact]
    public void AnEmptyReview_IsScored_WithAWarningOnStandardError()
    {
        var (code, output, error) = RunWithInput("""{"schemaVersion": 1, "programme": "P", "reviewDate": "2026-01-01", "items": []}""", "score", "-");

        Assert.Equal(0, code);
        Assert.Contains("warning: standard input has no facts for any item", error, StringComparison.Ordinal);
        Assert.Contains("Totalskår", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFacts_ExitZero()
    {
        var (code, output, _) = Run("validate", Example("exemplary"));

        Assert.Equal(0, code);
        Assert.StartsWith("valid: 25 items", output, StringComparison.Ordinal);
    }

    private const string FractionAndFortyOneContacts = """
        {"schemaVersion": 1, "programme": "Team Test", "reviewDate": "2026-10-01",
         "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 0.92}},
                   {"item": 17, "facts": {"inPersonEmployerContactsPerWeek": 41, "contactLogReview": "weekly", "jobSeekers": 9}}]}
        """;

    [Fact]
    public void Validate_FactsWithPlausibilityWarnings_PrintsEachWithCodeAndPath_OnStdout_AndExitsZero()
    {
        var (code, output, error) = RunWithInput(FractionAndFortyOneContacts, "validate", "-", "--lang", "EN");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("valid: 2 items with facts for ips-25 revision ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("; 2 warnings", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("warning Warning.PercentLooksLikeFraction at $.items[0].facts.employmentServicesTimePercent: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("Looks like a fraction", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("warning Warning.EmployerContactsAboveFortyAWeek at $.items[1].facts.inPersonEmployerContactsPerWeek: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Warnings_AreInTheChosenLanguage_ValidFactsWithoutWarnings_PrintNone()
    {
        var nb = RunWithInput(FractionAndFortyOneContacts, "validate", "-");
        var clean = Run("validate", Example("exemplary"));

        Assert.Contains("Ser ut som en andel", nb.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", clean.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ListsEachItemsPlausibilityChecks_AndFactColumns()
    {
        var describe = Run("describe", "--lang", "en");

        using var document = JsonDocument.Parse(describe.Out);
        var item2 = document.RootElement.GetProperty("items")[1];
        var check = Assert.Single(item2.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Warning.PercentLooksLikeFraction", check.GetProperty("code").GetString());
        Assert.Equal("employmentServicesTimePercent", check.GetProperty("fact").GetString());
        Assert.Equal("looksLikeFraction", check.GetProperty("kind").GetString());
        Assert.Equal("i02_employment_time_percent", item2.GetProperty("facts")[0].GetProperty("column").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("items")[2].GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Batch_Csv_GivesTheScoresCsv_AndJson_TheBatchJson()
    {
        var csv = Run("batch", Path.Combine(RepositoryPaths.Root, "examples", "data", "programmes.csv"), "--lang", "en");
        var json = RunWithInput("[" + File.ReadAllText(Example("fair")) + "," + File.ReadAllText(Example("exemplary")) + "]", "batch", "-");

        Assert.Equal(0, csv.Code);
        Assert.StartsWith("scale_id,scale_edition,scale_revision,engine_version,programme,review_date,period_start,period_end,i01_caseload_size,", csv.Out, StringComparison.Ordinal);
        Assert.Contains("programmes scored", csv.Err, StringComparison.Ordinal);
        Assert.Equal(0, json.Code);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(2, document.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Batch_LayoutLong_GivesOneRowPerReviewAndItem()
    {
        var csv = Run("batch", Path.Combine(RepositoryPaths.Root, "examples", "data", "programmes.csv"), "--layout", "long");

        Assert.Equal(0, csv.Code);
        var lines = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(",item,item_code,status,score,score_min,score_max,total,total_min,total_max,level,level_label,warnings", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + (8 * 25), lines.Length);
    }

    [Fact]
    public void Batch_ExcelFile_NeedsTheDialectOption_AndTheHintSaysSo()
    {
        const string excel = "programme;review_date;i01_active_participants;i01_full_time_equivalents\nTeam Nord;01.10.2026;18;1,5\n";

        var without = RunWithInput(excel, "batch", "-");
        var with = RunWithInput(excel, "batch", "-", "--dialect", "excel-nb");

        Assert.Equal(1, without.Code);
        Assert.Contains("--dialect excel-nb", without.Err, StringComparison.Ordinal);
        Assert.Equal(0, with.Code);
        Assert.Contains("1 of 1 programmes scored", with.Err, StringComparison.Ordinal);
    }

    /// <summary>A facts CSV of <paramref name="rows"/> programmes (item 1 only).</summary>
    private static string ManyProgrammes(int rows)
    {
        var csv = new System.Text.StringBuilder("programme,review_date,i01_active_participants,i01_full_time_equivalents\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append("Team ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(",2026-10-01,18,1\n");
        }

        return csv.ToString();
    }

    [Fact]
    public void Batch_LongRun_WithStderrRedirected_WritesNoProgressBar()
    {
        var (code, output, error) = RunWithInput(ManyProgrammes(500), "batch", "-");

        Assert.Equal(0, code);
        Assert.Equal(501, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("ips-fidelity: 500 of 500 programmes scored (ips-25 " + Ips25Scale.Definition.Revision + ")" + Environment.NewLine, error);
        Assert.DoesNotContain('\r', error);
    }

    [Fact]
    public void Batch_LongRun_OnATerminal_DrawsTheBarInPlace_OnStderrOnly_AndWipesIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = FidelityTool.Run(["batch", "-"], new StringReader(ManyProgrammes(500)), output, error, errorIsTerminal: true);

        Assert.Equal(0, code);
        Assert.DoesNotContain("programmes\r", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('#', output.ToString());
        var text = error.ToString();
        Assert.Contains("\r" + ProgressBar.Render(250, 500), text, StringComparison.Ordinal);
        Assert.Contains("\r" + ProgressBar.Render(500, 500), text, StringComparison.Ordinal);
        Assert.Equal(101, text.Split('\r').Count(part => part.StartsWith('[')));   // 0 % … 100 %, each once
        Assert.EndsWith("\r" + new string(' ', ProgressBar.Render(500, 500).Length) + "\rips-fidelity: 500 of 500 programmes scored (ips-25 " + Ips25Scale.Definition.Revision + ")" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_ShortRun_OnATerminal_DrawsNoBar()
    {
        using var error = new StringWriter();

        FidelityTool.Run(["batch", "-"], new StringReader(ManyProgrammes(ProgressBar.MinimumTotal - 1)), TextWriter.Null, error, errorIsTerminal: true);

        Assert.DoesNotContain('\r', error.ToString());
    }

    [Theory]
    [InlineData(0, 1000, "[..............................]   0 %    0/1000 programmes")]
    [InlineData(450, 1000, "[#############.................]  45 %  450/1000 programmes")]
    [InlineData(1000, 1000, "[##############################] 100 % 1000/1000 programmes")]
    [InlineData(2000, 1000, "[##############################] 100 % 1000/1000 programmes")] // clamped
    [InlineData(1, 3, "[##########....................]  33 % 1/3 programmes")]
    public void ProgressBar_Render_FillsInProportion_WithAFixedWidthForOneTotal(int done, int total, string expected)
    {
        Assert.Equal(expected, ProgressBar.Render(done, total));
        Assert.Equal(ProgressBar.Render(0, total).Length, ProgressBar.Render(done, total).Length);
    }

    [Fact]
    public void Batch_UnknownLayoutOrDialect_IsAUsageError()
    {
        Assert.NotEqual(0, Run("batch", "-", "--layout", "tall").Code);
        Assert.NotEqual(0, Run("batch", "-", "--dialect", "excel").Code);
    }

    [Fact]
    public void Compare_TwoReviews_PrintsTheComparison()
    {
        var (code, output, _) = Run("compare", Example("fair-2025"), Example("fair"), "--lang", "en");

        Assert.Equal(0, code);
        Assert.StartsWith("Comparison of fidelity reviews", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_AndSchema_AreTheLibrarys()
    {
        var describe = Run("describe", "--lang", "en");
        var schema = Run("schema", "batch");

        Assert.Equal(0, describe.Code);
        using (var document = JsonDocument.Parse(describe.Out))
        {
            Assert.Equal("ips-25", document.RootElement.GetProperty("scaleId").GetString());
        }

        Assert.Equal((0, FidelitySchema.Batch(Ips25Scale.Definition)), (schema.Code, schema.Out));
        var report = Run("schema", "report");
        Assert.Equal((0, FidelitySchema.Report(Ips25Scale.Definition)), (report.Code, report.Out));
    }

    [Fact]
    public void AnyScale_ThroughScale_ScoresDescribesAndWritesItsSchema()
    {
        var review = Path.Combine(AppContext.BaseDirectory, "Scales", "mini-sv.review.json");
        var scale = ScaleDefinition.Load(File.ReadAllText(TestScale));

        var score = Run("score", review, "--scale", TestScale);
        var schema = Run("schema", "--scale", TestScale);
        var wrongLanguage = Run("score", review, "--scale", TestScale, "--lang", "en");

        Assert.Equal(0, score.Code);
        Assert.Equal(ReportRenderer.Render(new FidelityEngine(scale).Score(FidelityJson.ReadFacts(File.ReadAllText(review), scale))).Replace(FidelityEngine.Version, string.Empty, StringComparison.Ordinal), score.Out.Replace(FidelityEngine.Version, string.Empty, StringComparison.Ordinal));
        Assert.Equal((0, FidelitySchema.Facts(scale)), (schema.Code, schema.Out));
        Assert.Equal(2, wrongLanguage.Code);
        Assert.Contains("the scale has sv", wrongLanguage.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenScaleFile_ExitsOne_ListingItsProblems()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-broken-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"scaleId": "x"}""");
        try
        {
            var (code, _, error) = Run("describe", "--scale", path);

            Assert.Equal(1, code);
            Assert.Contains("is not a valid scale definition", error, StringComparison.Ordinal);
            Assert.Contains("Scale.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Derive_OnTheExampleRecords_SummarisesJsonsAndCsvsTheDerivation()
    {
        var records = Path.Combine(RepositoryPaths.Root, "examples", "data", "records");

        var text = Run("derive", records, "--review-date", "2024-12-31");
        var json = Run("derive", records, "--review-date", "2024-12-31", "--format", "json");
        var csv = Run("derive", records, "--review-date", "2024-12-31", "--format", "csv");

        Assert.Equal(0, text.Code);
        Assert.Contains("record errors 0", text.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.Code);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.Equal(3, document.RootElement.GetProperty("programmes").GetArrayLength());
        Assert.Equal(0, csv.Code);
        Assert.StartsWith("scale_id,", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_AMissingFolder_IsInvalidInput()
    {
        var result = Run("derive", Path.Combine(RepositoryPaths.Root, "examples", "nowhere"), "--review-date", "2024-12-31");

        Assert.Equal(1, result.Code);
        Assert.Contains("does not exist", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_AJobbsporetExport_NamesEachItemNotDerived_WithTheFactCountAndRemedy_InTheChosenLanguage()
    {
        var export = Path.Combine(RepositoryPaths.Root, "examples", "data", "jobbsporet");

        var nb = Run("derive", export, "--review-date", "2026-06-30", "--source", "jobbsporet");
        var en = Run("derive", export, "--review-date", "2026-06-30", "--source", "jobbsporet", "--lang", "en");
        var json = Run("derive", export, "--review-date", "2026-06-30", "--source", "jobbsporet", "--format", "json");

        Assert.Equal(0, nb.Code);
        Assert.Contains("not derived: item 4, TreatmentTeamAssignment (", nb.Out, StringComparison.Ordinal);
        Assert.Contains("records lacking it 0: Vurdereren oppgir", nb.Out, StringComparison.Ordinal);
        Assert.Contains("records lacking it 0: The reviewer supplies", en.Out, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        Assert.NotEqual(0, document.RootElement.GetProperty("programmes")[0].GetProperty("notDerived").GetArrayLength());
    }
}
