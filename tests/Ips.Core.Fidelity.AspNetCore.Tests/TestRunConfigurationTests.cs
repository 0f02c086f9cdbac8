using System.Globalization;

namespace Ips.Core.Fidelity.AspNetCore.Tests;

/// <summary>Pins the runner configuration: the suite runs under nb-NO, like the others.</summary>
public sealed class TestRunConfigurationTests
{
    [Fact]
    public void Suite_RunsUnderNorwegianCulture_SoDecimalCommaBugsSurface()
    {
        Assert.Equal("nb-NO", CultureInfo.CurrentCulture.Name);
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
    }
}
