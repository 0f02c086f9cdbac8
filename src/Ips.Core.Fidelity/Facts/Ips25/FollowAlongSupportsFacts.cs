using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 22, Individualised follow-along supports (Individuelt tilpasset oppfølging): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record FollowAlongSupportsFacts : IItemFactsSource
{
    /// <summary>The item number, 22.</summary>
    public static int ItemNumber => 22;

    /// <summary>What support working participants get (<c>followAlongSupportPractice</c>).</summary>
    public FollowAlongSupportPractice? FollowAlongSupportPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (FollowAlongSupportPractice is { } followAlongSupportPracticeValue)
        {
            entries.Add(new FactEntry("followAlongSupportPractice", FactValue.FromLevel(followAlongSupportPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongSupportPractice.MostGetNoSupport => "mostGetNoSupport",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongSupportPractice.HalfGetNarrowSupport => "halfGetNarrowSupport",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongSupportPractice.MostGetNarrowSupport => "mostGetNarrowSupport",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongSupportPractice.VariedSupportsWithEmployerSupport => "variedSupportsWithEmployerSupport",
                global::Ips.Core.Fidelity.Facts.Ips25.FollowAlongSupportPractice.VariedSupportsFromManyPeople => "variedSupportsFromManyPeople",
                _ => followAlongSupportPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>What support working participants get: the practice observed for item 22, from least to most developed.</summary>
public enum FollowAlongSupportPractice
{
    /// <summary>Most get no support after starting a job (<c>mostGetNoSupport</c>).</summary>
    MostGetNoSupport = 0,

    /// <summary>About half get a narrow range of support, mostly from the specialist (<c>halfGetNarrowSupport</c>).</summary>
    HalfGetNarrowSupport = 1,

    /// <summary>Most get a narrow range of support, mostly from the specialist (<c>mostGetNarrowSupport</c>).</summary>
    MostGetNarrowSupport = 2,

    /// <summary>Varied supports fitted to job and person, employer support when wanted (<c>variedSupportsWithEmployerSupport</c>).</summary>
    VariedSupportsWithEmployerSupport = 3,

    /// <summary>As 4, with support from many people and help with career development (<c>variedSupportsFromManyPeople</c>).</summary>
    VariedSupportsFromManyPeople = 4,
}
