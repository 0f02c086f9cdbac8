using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 3, Vocational generalists (IPS-konsulent): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record VocationalGeneralistsFacts : IItemFactsSource
{
    /// <summary>The item number, 3.</summary>
    public static int ItemNumber => 3;

    /// <summary>Phases the specialist carries out (<c>phasesPerformed</c>): the elements present; null when not recorded.</summary>
    public IpsPhases? PhasesPerformed { get; init; }

    private static (IpsPhases Flag, string Id)[] PhasesPerformedIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.Intake, "intake"),
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.Engagement, "engagement"),
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.Assessment, "assessment"),
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.JobPlacement, "jobPlacement"),
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.JobCoaching, "jobCoaching"),
        (global::Ips.Core.Fidelity.Facts.Ips25.IpsPhases.FollowAlong, "followAlong"),
    ];

    /// <summary>Referral practice (<c>referralPractice</c>).</summary>
    public ReferralPractice? ReferralPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (PhasesPerformed is { } phasesPerformedValue)
        {
            entries.Add(new FactEntry("phasesPerformed", TypedFacts.Elements(phasesPerformedValue, PhasesPerformedIds)));
        }
        if (ReferralPractice is { } referralPracticeValue)
        {
            entries.Add(new FactEntry("referralPractice", FactValue.FromLevel(referralPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.ReferralPractice.RefersAllToOtherProviders => "refersAllToOtherProviders",
                global::Ips.Core.Fidelity.Facts.Ips25.ReferralPractice.KeepsCaseloadRefersVocationalWork => "keepsCaseloadRefersVocationalWork",
                global::Ips.Core.Fidelity.Facts.Ips25.ReferralPractice.ProvidesVocationalServices => "providesVocationalServices",
                _ => referralPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Phases the specialist carries out: the checklist elements of item 3, combinable as a set.</summary>
[Flags]
public enum IpsPhases
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>Intake (<c>intake</c>).</summary>
    Intake = 1 << 0,

    /// <summary>Engagement (<c>engagement</c>).</summary>
    Engagement = 1 << 1,

    /// <summary>Assessment (career profile) (<c>assessment</c>).</summary>
    Assessment = 1 << 2,

    /// <summary>Job placement and job development (<c>jobPlacement</c>).</summary>
    JobPlacement = 1 << 3,

    /// <summary>Job coaching (<c>jobCoaching</c>).</summary>
    JobCoaching = 1 << 4,

    /// <summary>Follow-along support (<c>followAlong</c>).</summary>
    FollowAlong = 1 << 5,
}

/// <summary>Referral practice: the practice observed for item 3, from least to most developed.</summary>
public enum ReferralPractice
{
    /// <summary>Only refers participants to other vocational providers (<c>refersAllToOtherProviders</c>).</summary>
    RefersAllToOtherProviders = 0,

    /// <summary>Keeps a caseload but refers the vocational work elsewhere (<c>keepsCaseloadRefersVocationalWork</c>).</summary>
    KeepsCaseloadRefersVocationalWork = 1,

    /// <summary>Does the vocational work in person (<c>providesVocationalServices</c>).</summary>
    ProvidesVocationalServices = 2,
}
