using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 23, Time-unlimited follow-along (Tidsubegrenset oppfølging): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record TimeUnlimitedFollowAlongFacts : IItemFactsSource
{
    /// <summary>The item number, 23.</summary>
    public static int ItemNumber => 23;

    /// <summary>In-person contact with working participants (<c>followAlongContactPractice</c>).</summary>
    public FollowAlongContactPractice? FollowAlongContactPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (FollowAlongContactPractice is { } followAlongContactPracticeValue)
        {
            entries.Add(new FactEntry("followAlongContactPractice", FactValue.FromLevel(followAlongContactPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongContactPractice.NoContactAfterFirstMonth => "noContactAfterFirstMonth",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongContactPractice.FewerThanHalfForFourMonths => "fewerThanHalfForFourMonths",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongContactPractice.AtLeastHalfForFourMonths => "atLeastHalfForFourMonths",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongContactPractice.WeeklyThenMonthlyForAYear => "weeklyThenMonthlyForAYear",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongContactPractice.WeeklyThenMonthlyWithStartAndJobLossContact => "weeklyThenMonthlyWithStartAndJobLossContact",
                _ => followAlongContactPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>In-person contact with working participants: the practice observed for item 23, from least to most developed.</summary>
public enum FollowAlongContactPractice
{
    /// <summary>No in-person contact after the first month in work (<c>noContactAfterFirstMonth</c>).</summary>
    NoContactAfterFirstMonth = 0,

    /// <summary>Contact with fewer than half for at least 4 months (<c>fewerThanHalfForFourMonths</c>).</summary>
    FewerThanHalfForFourMonths = 1,

    /// <summary>Contact with at least half for at least 4 months (<c>atLeastHalfForFourMonths</c>).</summary>
    AtLeastHalfForFourMonths = 2,

    /// <summary>Weekly in the first month and at least monthly for a year or more (<c>weeklyThenMonthlyForAYear</c>).</summary>
    WeeklyThenMonthlyForAYear = 3,

    /// <summary>As 4, with contact before and right after the start, planned step-down and contact within 3 days of a job loss (<c>weeklyThenMonthlyWithStartAndJobLossContact</c>).</summary>
    WeeklyThenMonthlyWithStartAndJobLossContact = 4,
}
