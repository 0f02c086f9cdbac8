using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class BenefitFiguresTests
{
    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(2, 0, true)]
    [InlineData(0, 1, true)]
    [InlineData(3, 4, true)]
    public void AnyRecorded_IsBenefitsRecordedAtEntryOrAtExit(int atEntry, int atExit, bool expected) =>
        Assert.Equal(expected, new BenefitFigures(atEntry, atExit, new CountShare(0, 5), 0, []).AnyRecorded);
}
