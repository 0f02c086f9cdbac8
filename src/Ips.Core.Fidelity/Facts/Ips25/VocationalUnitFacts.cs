using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 7, Vocational unit (IPS-enhet): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record VocationalUnitFacts : IItemFactsSource
{
    /// <summary>The item number, 7.</summary>
    public static int ItemNumber => 7;

    /// <summary>How the specialists work as a unit (<c>unitPractice</c>).</summary>
    public UnitPractice? UnitPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (UnitPractice is { } unitPracticeValue)
        {
            entries.Add(new FactEntry("unitPractice", FactValue.FromLevel(unitPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.NotAUnit => "notAUnit",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.SameSupervisorNoGroupMeetings => "sameSupervisorNoGroupMeetings",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.SameSupervisorWeeklyDiscussion => "sameSupervisorWeeklyDiscussion",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.RuralTeleconferenceWithSupervisor => "ruralTeleconferenceWithSupervisor",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.UnitGroupSupervisionTwoToThreeMonthly => "unitGroupSupervisionTwoToThreeMonthly",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.RuralMeetingsWithClinicianHelp => "ruralMeetingsWithClinicianHelp",
                global::Ips.Core.Fidelity.Facts.Ips25.UnitPractice.UnitWeeklyGroupSupervision => "unitWeeklyGroupSupervision",
                _ => unitPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>How the specialists work as a unit: the practice observed for item 7, from least to most developed.</summary>
public enum UnitPractice
{
    /// <summary>Not part of a vocational unit (<c>notAUnit</c>).</summary>
    NotAUnit = 0,

    /// <summary>Same supervisor, but no group meetings and no covering for each other (<c>sameSupervisorNoGroupMeetings</c>).</summary>
    SameSupervisorNoGroupMeetings = 1,

    /// <summary>Same supervisor, weekly discussion of participants, covering for each other (<c>sameSupervisorWeeklyDiscussion</c>).</summary>
    SameSupervisorWeeklyDiscussion = 2,

    /// <summary>Rural, one specialist per site: teleconference with the supervisor 2–3 times a month (<c>ruralTeleconferenceWithSupervisor</c>).</summary>
    RuralTeleconferenceWithSupervisor = 3,

    /// <summary>At least two specialists and a team leader with 2–3 scheduled group supervisions a month (<c>unitGroupSupervisionTwoToThreeMonthly</c>).</summary>
    UnitGroupSupervisionTwoToThreeMonthly = 4,

    /// <summary>Rural: meetings with the unit leader 2–3 times a month, clinicians help out (<c>ruralMeetingsWithClinicianHelp</c>).</summary>
    RuralMeetingsWithClinicianHelp = 5,

    /// <summary>At least two full-time specialists and a team leader with weekly group supervision (<c>unitWeeklyGroupSupervision</c>).</summary>
    UnitWeeklyGroupSupervision = 6,
}
