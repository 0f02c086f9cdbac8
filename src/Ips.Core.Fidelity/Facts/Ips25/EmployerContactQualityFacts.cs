using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 18, Quality of employer contact (Jobbutvikling: kvalitet i kontakt med arbeidsgivere): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record EmployerContactQualityFacts : IItemFactsSource
{
    /// <summary>The item number, 18.</summary>
    public static int ItemNumber => 18;

    /// <summary>How the specialist works with employers (<c>employerContactQuality</c>).</summary>
    public EmployerContactQuality? EmployerContactQuality { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (EmployerContactQuality is { } employerContactQualityValue)
        {
            entries.Add(new FactEntry("employerContactQuality", FactValue.FromLevel(employerContactQualityValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.EmployerContactQuality.RarelyMeetsEmployers => "rarelyMeetsEmployers",
                global::Ips.Core.Fidelity.Facts.Ips25.EmployerContactQuality.AsksAboutOpenings => "asksAboutOpenings",
                global::Ips.Core.Fidelity.Facts.Ips25.EmployerContactQuality.FollowsUpAdvertisedOpenings => "followsUpAdvertisedOpenings",
                global::Ips.Core.Fidelity.Facts.Ips25.EmployerContactQuality.MeetsEmployersPresentsStrengths => "meetsEmployersPresentsStrengths",
                global::Ips.Core.Fidelity.Facts.Ips25.EmployerContactQuality.BuildsRelationshipsOverVisits => "buildsRelationshipsOverVisits",
                _ => employerContactQualityValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 18 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, EmployerContactQualityFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}

/// <summary>How the specialist works with employers: the practice observed for item 18, from least to most developed.</summary>
public enum EmployerContactQuality
{
    /// <summary>Meets employers only when handing in applications, or rarely (<c>rarelyMeetsEmployers</c>).</summary>
    RarelyMeetsEmployers = 0,

    /// <summary>Asks about openings and passes leads on (<c>asksAboutOpenings</c>).</summary>
    AsksAboutOpenings = 1,

    /// <summary>Follows up advertised openings, presents the programme, asks for an interview (<c>followsUpAdvertisedOpenings</c>).</summary>
    FollowsUpAdvertisedOpenings = 2,

    /// <summary>Meets employers whether or not there is an opening, presents the participant's strengths (<c>meetsEmployersPresentsStrengths</c>).</summary>
    MeetsEmployersPresentsStrengths = 3,

    /// <summary>Builds relationships over several visits, learns the employer's needs, matches strengths (<c>buildsRelationshipsOverVisits</c>).</summary>
    BuildsRelationshipsOverVisits = 4,
}
