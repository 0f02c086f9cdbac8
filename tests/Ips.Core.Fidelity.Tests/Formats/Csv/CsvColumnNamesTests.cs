using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Csv;

/// <summary>The analysis column names: derived from the definition's ids, valid in R, Stata and pandas, unique, stable.</summary>
public sealed partial class CsvColumnNamesTests
{
    /// <summary>R's syntactic names (a letter, then letters, digits, dots, underscores), narrowed to the rule's ASCII lower case.</summary>
    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Portable();

    /// <summary>R's own rule for a syntactic name (<c>make.names</c> leaves it unchanged).</summary>
    [GeneratedRegex("^([A-Za-z]|[.][A-Za-z._])[A-Za-z0-9._]*$")]
    private static partial Regex RSyntactic();

    public static TheoryData<string> EveryColumn()
    {
        var data = new TheoryData<string>();
        foreach (var column in FactsCsv.Columns().Concat(ScoresCsv.Header()).Concat(ScoresCsv.Header(layout: ScoresCsvLayout.Long)).Distinct())
        {
            data.Add(column);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryColumn))]
    public void EveryColumnOfEveryLayout_IsValidInR_Stata_AndPandas(string column)
    {
        Assert.Matches(Portable(), column);
        Assert.Matches(RSyntactic(), column);
        Assert.True(column.Length <= 32, $"{column} is longer than Stata's 32 characters");
        Assert.True(CsvColumnNames.IsValid(column));
        Assert.DoesNotContain(column, new[] { "if", "else", "repeat", "while", "function", "for", "next", "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "in", "_n", "_N", "_all", "_b", "_coef", "_cons", "byte", "int", "long", "float", "double", "str" });
    }

    [Fact]
    public void FactColumns_OverTheWholeDefinition_AreUniqueAndFollowTheRule()
    {
        var columns = FactsCsv.Columns();

        Assert.Equal(columns.Length, columns.Distinct(StringComparer.Ordinal).Count());
        var index = 4;
        foreach (var item in Ips25Scale.Definition.Items)
        {
            foreach (var fact in item.Facts)
            {
                var column = columns[index++];
                Assert.StartsWith("i" + item.Number.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "_", column, StringComparison.Ordinal);
                Assert.Equal(fact.Column ?? CsvColumnNames.Fact(item.Number, fact.Id), column);
                Assert.Equal(column, FactsCsv.ColumnName(item.Number, fact.Id));
            }
        }
    }

    [Theory]
    [InlineData(1, "activeParticipants", "i01_active_participants")]
    [InlineData(17, "contactLogReview", "i17_contact_log_review")]
    [InlineData(17, "jobSeekers", "i17_job_seekers")]
    [InlineData(4, "cliniciansOrganisedInTeams", "i04_clinicians_organised_teams")] // a linking word left out
    [InlineData(17, "inPersonEmployerContactsPerWeek", "i17_perso_employ_contac_per_week")] // the longest words shortened
    [InlineData(2, "employmentServicesTimePercent", "i02_employm_service_time_percent")]
    [InlineData(123, "x", "i123_x")]
    public void Fact_SnakeCasesTheId_AndShortensLongOnesByTheRule(int item, string id, string expected) =>
        Assert.Equal(expected, CsvColumnNames.Fact(item, id));

    [Theory]
    [InlineData(2, "employmentServicesTimePercent", "i02_employment_time_percent")]
    [InlineData(4, "separateVocationalProgramme", "i04_separate_programme")]
    [InlineData(4, "caseloadFromAssignedTeamsPercent", "i04_caseload_from_teams_percent")]
    [InlineData(15, "meanDaysToFirstEmployerContact", "i15_days_to_first_contact")]
    [InlineData(16, "contactsFollowingPreferencesPercent", "i16_preference_contacts_percent")]
    [InlineData(17, "inPersonEmployerContactsPerWeek", "i17_contacts_per_week")]
    [InlineData(22, "followAlongSupportPractice", "i22_follow_along_support")]
    [InlineData(23, "followAlongContactPractice", "i23_follow_along_contact")]
    [InlineData(1, "activeParticipants", "i01_active_participants")] // no name given: derived
    public void FactColumn_IsTheDefinitionsColumnName_WhereItGivesOne(int item, string id, string expected)
    {
        Assert.Equal(expected, FactsCsv.ColumnName(item, id));
        Assert.Contains(expected, FactsCsv.Columns());
    }

    [Fact]
    public void NoFactColumnOfIps25_HoldsAShortenedWord()
    {
        // Every derived name is whole words of the id (at most a linking word left out): the definition names each
        // fact whose derived name the rule would have to cut.
        var index = 4;
        foreach (var item in Ips25Scale.Definition.Items)
        {
            foreach (var fact in item.Facts)
            {
                var column = FactsCsv.Columns()[index++];
                var words = Regex.Split(fact.Id, "(?<=[a-z0-9])(?=[A-Z])").Select(w => w.ToLowerInvariant()).ToHashSet();
                if (fact.Column is null)
                {
                    Assert.All(column.Split('_').Skip(1), word => Assert.Contains(word, words));
                }
            }
        }
    }

    [Theory]
    [InlineData("i01_Active", "Scale.BadColumnName")]
    [InlineData("i02_active", "Scale.BadColumnName")] // another item's prefix
    [InlineData("active_participants", "Scale.BadColumnName")]
    [InlineData("i01_", "Scale.BadColumnName")]
    [InlineData("i01_aktive_deltakere_i_portefølje", "Scale.BadColumnName")]
    [InlineData("i01_a2345678901234567890123456789", "Scale.BadColumnName")] // 33 characters
    public void ColumnName_ThatBreaksTheRule_IsRefusedWithItsPath(string column, string code)
    {
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        json["items"]![0]!["facts"]![0]!["column"] = column;

        var error = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(json.ToJsonString()));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal("items[0].facts[0].column", problem.Path);
    }

    [Fact]
    public void ColumnName_GivenToTwoFactsOfAnItem_IsRefused()
    {
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        json["items"]![0]!["facts"]![0]!["column"] = "i01_caseload";
        json["items"]![0]!["facts"]![1]!["column"] = "i01_caseload";

        var error = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(json.ToJsonString()));

        Assert.Equal("items[0].facts[1].column", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void ColumnName_ThatADerivedNameWouldTake_KeepsIt_AndTheDerivedOneIsHashed()
    {
        // Fact 1 of item 1 is given the name fact 0 would derive: the given name wins, the derived one moves aside.
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        json["items"]![0]!["facts"]![1]!["column"] = "i01_active_participants";
        var scale = ScaleDefinition.Load(json.ToJsonString());

        var columns = FactsCsv.Columns(scale);

        Assert.Equal("i01_active_participants", columns[5]);
        Assert.Matches("^i01_active_participants_[0-9a-f]{4}$", columns[4]);
        Assert.Equal(columns.Length, columns.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Fact_ThatCannotBeShortened_EndsInAStableHash_WithinThe32Characters()
    {
        // Eight words of four letters: nothing to leave out, nothing to shorten.
        var name = CsvColumnNames.Fact(7, "abcdAbcdAbcdAbcdAbcdAbcdAbcdAbcd");
        var again = CsvColumnNames.Fact(7, "abcdAbcdAbcdAbcdAbcdAbcdAbcdAbcd");

        Assert.Equal(again, name);
        Assert.True(name.Length <= 32, name);
        Assert.Matches("^i07_[a-z0-9_]+_[0-9a-f]{4}$", name);
        Assert.True(CsvColumnNames.IsValid(name));
    }

    [Fact]
    public void Columns_OfADefinitionWhoseIdsCollide_AreMadeUniqueByTheHash()
    {
        // Two facts of item 1 that snake-case alike (activeParticipants, active_participants): the second gets the hash suffix.
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        var item = json["items"]![0]!;
        var copy = item["facts"]![0]!.DeepClone();
        copy["id"] = "active_participants";
        item["facts"]!.AsArray().Add(copy);
        ScaleDefinition scale;
        try
        {
            scale = ScaleDefinition.Load(json.ToJsonString());
        }
        catch (ScaleDefinitionException)
        {
            Assert.Skip("the definition validator refuses a fact id with an underscore, so ids cannot collide this way");
            return;
        }

        var columns = FactsCsv.Columns(scale);

        Assert.Equal(columns.Length, columns.Distinct(StringComparer.Ordinal).Count());
        Assert.All(columns, c => Assert.True(CsvColumnNames.IsValid(c), c));
    }

    [Fact]
    public void ItemColumns_AreNamedForTheCodeName_OrScoreWithoutOne()
    {
        Assert.Equal("i01_caseload_size", CsvColumnNames.Item(1, "CaseloadSize"));
        Assert.Equal("i23_time_unlimited_follow_along", CsvColumnNames.Item(23, "TimeUnlimitedFollowAlong"));
        Assert.Equal("i05_score", CsvColumnNames.Item(5, null));
    }

    [Theory]
    [InlineData("i01_x", true)]
    [InlineData("1.activeParticipants", false)]
    [InlineData("X1.activeParticipants", false)]
    [InlineData("Punkt_1", false)]
    [InlineData("_x", false)]
    [InlineData("nivå", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a234567890123456789012345678901x", true)]
    [InlineData("a2345678901234567890123456789012x", false)]
    public void IsValid_IsTheRuleOfR_Stata_AndPandasTogether(string? name, bool valid) => Assert.Equal(valid, CsvColumnNames.IsValid(name));
}
