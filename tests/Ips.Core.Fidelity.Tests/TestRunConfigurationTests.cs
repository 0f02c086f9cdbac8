using System.Globalization;

namespace Ips.Core.Fidelity.Tests;

/// <summary>Pins the runner configuration the rest of the suite relies on.</summary>
public sealed class TestRunConfigurationTests
{
    [Fact]
    public void Suite_RunsUnderNorwegianCulture_SoDecimalCommaBugsSurface()
    {
        Assert.Equal("nb-NO", CultureInfo.CurrentCulture.Name);
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
    }
}
