using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 5, Integration through frequent team contact (Integrering av rehabilitering med behandling av psykiske lidelser gjennom hyppig kontakt med teammedlemmer): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record TeamContactFacts : IItemFactsSource
{
    /// <summary>The item number, 5.</summary>
    public static int ItemNumber => 5;

    /// <summary>Elements of contact with the treatment team (<c>teamContactPractices</c>): the elements present; null when not recorded.</summary>
    public TeamContactPractices? TeamContactPractices { get; init; }

    private static (TeamContactPractices Flag, string Id)[] TeamContactPracticesIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.TeamContactPractices.AttendsWeeklyTeamMeeting, "attendsWeeklyTeamMeeting"),
        (global::Ips.Core.Fidelity.Facts.Ips25.TeamContactPractices.SharesDecisionsOnWorkGoals, "sharesDecisionsOnWorkGoals"),
        (global::Ips.Core.Fidelity.Facts.Ips25.TeamContactPractices.DocumentationInTreatmentRecord, "documentationInTreatmentRecord"),
        (global::Ips.Core.Fidelity.Facts.Ips25.TeamContactPractices.OfficeNearTeam, "officeNearTeam"),
        (global::Ips.Core.Fidelity.Facts.Ips25.TeamContactPractices.HelpsTeamKeepWorkInFocus, "helpsTeamKeepWorkInFocus"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (TeamContactPractices is { } teamContactPracticesValue)
        {
            entries.Add(new FactEntry("teamContactPractices", TypedFacts.Elements(teamContactPracticesValue, TeamContactPracticesIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 5 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, TeamContactFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}

/// <summary>Elements of contact with the treatment team: the checklist elements of item 5, combinable as a set.</summary>
[Flags]
public enum TeamContactPractices
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>Attends the treatment team's weekly meeting (<c>attendsWeeklyTeamMeeting</c>).</summary>
    AttendsWeeklyTeamMeeting = 1 << 0,

    /// <summary>Takes an active part, sharing decisions on work goals (<c>sharesDecisionsOnWorkGoals</c>).</summary>
    SharesDecisionsOnWorkGoals = 1 << 1,

    /// <summary>IPS documentation is in the participant's treatment record (<c>documentationInTreatmentRecord</c>).</summary>
    DocumentationInTreatmentRecord = 1 << 2,

    /// <summary>Office near or shared with the treatment team (<c>officeNearTeam</c>).</summary>
    OfficeNearTeam = 1 << 3,

    /// <summary>Helps the team keep work in focus for people not yet referred (<c>helpsTeamKeepWorkInFocus</c>).</summary>
    HelpsTeamKeepWorkInFocus = 1 << 4,
}
