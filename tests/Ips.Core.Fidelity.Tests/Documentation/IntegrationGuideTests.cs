using System.Reflection;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Validation;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Documentation;

/// <summary><c>docs/integration-guide.md</c> lists every stable error code the packages produce.</summary>
public sealed class IntegrationGuideTests
{
    private const string DocPath = "docs/integration-guide.md";

    public static TheoryData<string, string> CodeConstants()
    {
        var data = new TheoryData<string, string>();
        foreach (var area in typeof(ErrorCodes).GetNestedTypes(BindingFlags.Public))
        {
            foreach (var (name, value) in Constants(area))
            {
                data.Add($"ErrorCodes.{area.Name}.{name}", value);
            }
        }

        foreach (var (name, value) in Constants(typeof(FactErrorCodes)))
        {
            data.Add($"FactErrorCodes.{name}", value);
        }

        foreach (var (name, value) in Constants(typeof(Ips.Core.Fidelity.Reviews.ReviewRecordErrorCodes)))
        {
            data.Add($"ReviewRecordErrorCodes.{name}", value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CodeConstants))]
    public void Guide_ListsEveryErrorCodeConstant(string constant, string code)
    {
        var guide = RepositoryFiles.ReadText(DocPath);
        Assert.True(
            guide.Contains($"| `{code}` | `{constant}` |", StringComparison.Ordinal),
            $"{DocPath} lacks the row for {constant} (\"{code}\") in its error-code tables; add `| `{code}` | `{constant}` | meaning |`.");
    }

    [Fact]
    public void Guide_ListsEveryConstraintCodeOfTheScale()
    {
        var guide = RepositoryFiles.ReadText(DocPath);
        foreach (var item in Ips25Scale.Definition.Items)
        {
            foreach (var constraint in item.Constraints)
            {
                Assert.Contains($"| `{constraint.Code}` | {item.Number} |", guide, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The problem codes of the one table, <see cref="Ips.Core.Fidelity.Definition.ScaleProblemCodes"/>.</summary>
    public static TheoryData<string> ScaleProblemCodes() =>
        new(Constants(typeof(Ips.Core.Fidelity.Definition.ScaleProblemCodes)).Select(constant => constant.Value).Order(StringComparer.Ordinal));

    [Fact]
    public void ScaleProblemCodes_AreTheOnlyCodesTheSourceWrites()
    {
        // Every Scale.* code comes from the table: no literal in the package's source but the table's own.
        var literals = Directory.EnumerateFiles(RepositoryFiles.PathOf("src/Ips.Core.Fidelity"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains("/obj/", StringComparison.Ordinal) && !file.EndsWith("ScaleProblemCodes.cs", StringComparison.Ordinal))
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "\"(Scale\\.[A-Z][A-Za-z]+)\"").Select(m => Path.GetFileName(file) + ": " + m.Value))
            .ToList();

        Assert.Empty(literals);
        Assert.All(Constants(typeof(Ips.Core.Fidelity.Definition.ScaleProblemCodes)), constant => Assert.Equal("Scale." + constant.Name, constant.Value));
    }

    [Theory]
    [MemberData(nameof(ScaleProblemCodes))]
    public void Guide_ListsEveryScaleDefinitionProblemCode(string code)
    {
        Assert.Contains($"| `{code}` | ", RepositoryFiles.ReadText(DocPath), StringComparison.Ordinal);
    }

    [Fact]
    public void ScaleProblemCodes_AreFoundAtAll()
    {
        Assert.True(ScaleProblemCodes().Count >= 50);
    }

    [Fact]
    public void CodeConstants_AreFoundAtAll()
    {
        Assert.True(CodeConstants().Count > 60);
    }

    private static IEnumerable<(string Name, string Value)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
