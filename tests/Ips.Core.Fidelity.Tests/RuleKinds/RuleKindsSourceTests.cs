using System.Text.RegularExpressions;
using Ips.Core.Fidelity.Tests.Documentation;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// RuleKinds sits below Definition. The one name it takes from above is the problem-code table
/// (<c>Definition.ScaleProblemCodes</c>, compile-time constants the IL-based layer test cannot see), so this pins that
/// nothing else from a higher layer is named in its source.
/// </summary>
public sealed class RuleKindsSourceTests
{
    private const string Alias = "using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;";

    private static readonly Regex Higher = new(@"Ips\.Core\.Fidelity\.(Definition|Results|Scoring|Presentation|Formats|Ips25)\b", RegexOptions.CultureInvariant);

    [Fact]
    public void RuleKindsSource_NamesNoHigherLayer_ButTheProblemCodeTable()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("src/Ips.Core.Fidelity/RuleKinds"), "*.cs").ToList();
        var offending = files
            .SelectMany(file => File.ReadAllLines(file).Select((line, index) => (File: Path.GetFileName(file), Line: index + 1, Text: line.Trim())))
            .Where(line => line.Text != Alias && Higher.IsMatch(line.Text))
            .Select(line => line.File + ":" + line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + line.Text)
            .ToList();

        Assert.True(files.Count > 10);
        Assert.Empty(offending);
    }
}
