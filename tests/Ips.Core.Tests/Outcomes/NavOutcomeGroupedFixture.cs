using Ips.Core.Identity;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

/// <summary>One group's tables whose heading holds a quote and a comma: the caller's label of a referring unit, as every format must carry it.</summary>
internal static class NavOutcomeGroupedFixture
{
    internal const string Label = "Rus \"klinikken\", avd. 2";

    internal const string Heading = "Group: referring unit " + Label;

    internal static NavOutcomeTables Tables()
    {
        var unit = ReferringUnit.Create(ReferringUnitId.Create("unit-q"), Label);
        var person = Person(1, D(2019, 1, 5), ExitOn(D(2019, 9, 3))).WithCharacteristics(EntryCharacteristics.Create(referringUnit: unit));
        return Assert.Single(NavOutcomeCalculator.ComputeBy([Programme("site-q", [person])], September, OutcomeGrouping.ReferringUnit)).Tables;
    }
}
