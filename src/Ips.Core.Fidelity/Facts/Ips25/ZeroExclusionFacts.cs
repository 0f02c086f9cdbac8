using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 9, Zero exclusion (Ingen eksklusjonskriterier): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record ZeroExclusionFacts : IItemFactsSource
{
    /// <summary>The item number, 9.</summary>
    public static int ItemNumber => 9;

    /// <summary>Who gets access to IPS (<c>exclusionPractice</c>).</summary>
    public ExclusionPractice? ExclusionPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (ExclusionPractice is { } exclusionPracticeValue)
        {
            entries.Add(new FactEntry("exclusionPractice", FactValue.FromLevel(exclusionPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.ExclusionPractice.FormalExclusionPolicy => "formalExclusionPolicy",
                global::Ips.Core.Fidelity.Facts.Ips25.ExclusionPractice.MostKeptOutAsNotReady => "mostKeptOutAsNotReady",
                global::Ips.Core.Fidelity.Facts.Ips25.ExclusionPractice.SomeKeptOutAsNotReady => "someKeptOutAsNotReady",
                global::Ips.Core.Fidelity.Facts.Ips25.ExclusionPractice.NoExclusionNarrowReferralSources => "noExclusionNarrowReferralSources",
                global::Ips.Core.Fidelity.Facts.Ips25.ExclusionPractice.OpenAccessWideReferralSources => "openAccessWideReferralSources",
                _ => exclusionPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Who gets access to IPS: the practice observed for item 9, from least to most developed.</summary>
public enum ExclusionPractice
{
    /// <summary>A formal exclusion policy is in use (<c>formalExclusionPolicy</c>).</summary>
    FormalExclusionPolicy = 0,

    /// <summary>Most participants are kept out as not job-ready (<c>mostKeptOutAsNotReady</c>).</summary>
    MostKeptOutAsNotReady = 1,

    /// <summary>Some participants are kept out as not job-ready (<c>someKeptOutAsNotReady</c>).</summary>
    SomeKeptOutAsNotReady = 2,

    /// <summary>No exclusion, but referrals are not sought widely; help with a next job is offered (<c>noExclusionNarrowReferralSources</c>).</summary>
    NoExclusionNarrowReferralSources = 3,

    /// <summary>Everyone who wants work has access, clinicians encourage work, referrals from many sources, help with a next job (<c>openAccessWideReferralSources</c>).</summary>
    OpenAccessWideReferralSources = 4,
}
