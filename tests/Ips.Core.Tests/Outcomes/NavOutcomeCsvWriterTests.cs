using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeCsvWriterTests
{
    [Fact]
    public void EveryRow_CarriesTheGroupHeading_QuotedWithItsQuotesDoubled()
    {
        var lines = NavOutcomeGroupedFixture.Tables().Render(NavReportLanguage.English, NavReportFormat.Csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', NavOutcomeCsvWriter.Columns), lines[0]);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("site-q,\"Group: referring unit Rus \"\"klinikken\"\", avd. 2\",table.", line, StringComparison.Ordinal));
        Assert.Contains("site-q,\"Group: referring unit Rus \"\"klinikken\"\", avd. 2\",table.other,reason.OtherActivity,count,\"Other activity (medical treatment, municipal services)\",first,2019-09-01,2019-09-30,of 1 who left in September 2019,1,1,1,,false,0", lines);
    }

    [Fact]
    public void Header_IsTheAnalysisColumnsInOrder()
    {
        var csv = NavOutcomeGroupedFixture.Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Csv);

        Assert.StartsWith("programme,group,table,figure,kind,label,period,period_start,period_end,cohort,count,denominator,share,value,suppressed,min_count\n", csv, StringComparison.Ordinal);
    }
}
