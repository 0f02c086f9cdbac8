using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 6, Collaboration with NAV counsellors (Samarbeid mellom IPS-konsulenter og NAV-veiledere): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record NavCollaborationFacts : IItemFactsSource
{
    /// <summary>The item number, 6.</summary>
    public static int ItemNumber => 6;

    /// <summary>How often participant-related contact with NAV counsellors happens (<c>navContactFrequency</c>).</summary>
    public NavContactFrequency? NavContactFrequency { get; init; }

    /// <summary>How often scheduled face-to-face meetings happen (<c>scheduledMeetingFrequency</c>).</summary>
    public ScheduledMeetingFrequency? ScheduledMeetingFrequency { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (NavContactFrequency is { } navContactFrequencyValue)
        {
            entries.Add(new FactEntry("navContactFrequency", FactValue.FromLevel(navContactFrequencyValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.NavContactFrequency.None => "none",
                global::Ips.Core.Fidelity.Facts.Ips25.NavContactFrequency.LessThanQuarterly => "lessThanQuarterly",
                global::Ips.Core.Fidelity.Facts.Ips25.NavContactFrequency.Quarterly => "quarterly",
                global::Ips.Core.Fidelity.Facts.Ips25.NavContactFrequency.Monthly => "monthly",
                global::Ips.Core.Fidelity.Facts.Ips25.NavContactFrequency.Weekly => "weekly",
                _ => navContactFrequencyValue.ToString(),
            })));
        }
        if (ScheduledMeetingFrequency is { } scheduledMeetingFrequencyValue)
        {
            entries.Add(new FactEntry("scheduledMeetingFrequency", FactValue.FromLevel(scheduledMeetingFrequencyValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.ScheduledMeetingFrequency.None => "none",
                global::Ips.Core.Fidelity.Facts.Ips25.ScheduledMeetingFrequency.LessThanQuarterly => "lessThanQuarterly",
                global::Ips.Core.Fidelity.Facts.Ips25.ScheduledMeetingFrequency.Quarterly => "quarterly",
                global::Ips.Core.Fidelity.Facts.Ips25.ScheduledMeetingFrequency.Monthly => "monthly",
                _ => scheduledMeetingFrequencyValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>How often participant-related contact with NAV counsellors happens: the practice observed for item 6, from least to most developed.</summary>
public enum NavContactFrequency
{
    /// <summary>No contact (<c>none</c>).</summary>
    None = 0,

    /// <summary>Less than quarterly (<c>lessThanQuarterly</c>).</summary>
    LessThanQuarterly = 1,

    /// <summary>At least quarterly (<c>quarterly</c>).</summary>
    Quarterly = 2,

    /// <summary>At least monthly (<c>monthly</c>).</summary>
    Monthly = 3,

    /// <summary>At least weekly (<c>weekly</c>).</summary>
    Weekly = 4,
}

/// <summary>How often scheduled face-to-face meetings happen: the practice observed for item 6, from least to most developed.</summary>
public enum ScheduledMeetingFrequency
{
    /// <summary>No scheduled meetings (<c>none</c>).</summary>
    None = 0,

    /// <summary>Less than quarterly (<c>lessThanQuarterly</c>).</summary>
    LessThanQuarterly = 1,

    /// <summary>At least quarterly (<c>quarterly</c>).</summary>
    Quarterly = 2,

    /// <summary>At least monthly (<c>monthly</c>).</summary>
    Monthly = 3,
}
