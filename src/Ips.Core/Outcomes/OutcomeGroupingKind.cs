namespace Ips.Core.Outcomes;

/// <summary>What outcome figures are split by (<see cref="OutcomeGrouping"/>).</summary>
public enum OutcomeGroupingKind
{
    /// <summary>By site: one group per programme, all its participants.</summary>
    Site = 0,

    /// <summary>By NAV measure (<see cref="Participants.EntryCharacteristics.Measure"/>).</summary>
    Measure = 1,

    /// <summary>By age band at enrolment (<see cref="Participants.EntryCharacteristics.Age"/> in <see cref="OutcomeGrouping.AgeBands"/>).</summary>
    AgeBand = 2,

    /// <summary>By referring unit (<see cref="Participants.EntryCharacteristics.ReferringUnit"/>).</summary>
    ReferringUnit = 3,

    /// <summary>By the caller's grouping tags (<see cref="Participants.EntryCharacteristics.Tags"/>); a participant with several tags is in several groups.</summary>
    Tag = 4,
}
