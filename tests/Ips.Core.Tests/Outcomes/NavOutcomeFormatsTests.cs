using Ips.Core.Outcomes;
using Ips.TestSupport;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

/// <summary>Every format of the outcome report, pinned byte for byte on the seed's Rusklinikken tables (tests run under nb-NO).</summary>
public sealed class NavOutcomeFormatsTests
{
    private static readonly DateInterval September = new(D(2019, 9, 1), D(2019, 9, 30));

    private static NavOutcomeTables Tables(SmallCellSuppression? suppression = null) =>
        NavOutcomeTables.Create(NavOutcomeTablesTests.Rusklinikken(), September, suppression: suppression);

    [Fact]
    public async Task Text_Norwegian() => await Snapshot.Verify(Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Text));

    [Fact]
    public async Task Markdown_English_Suppressed() => await Snapshot.Verify(Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.English, NavReportFormat.Markdown));
}
