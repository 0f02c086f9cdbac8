namespace Ips.Core.Fidelity.Reviews;

/// <summary>Where a planned action stands, as found at the next review. JSON names: <c>planned</c>, <c>inProgress</c>, <c>done</c>, <c>notDone</c>.</summary>
public enum ActionStatus
{
    /// <summary>Agreed, not yet followed up (the status when the plan is written).</summary>
    Planned = 0,

    /// <summary>Started but not finished.</summary>
    InProgress = 1,

    /// <summary>Done.</summary>
    Done = 2,

    /// <summary>Not done.</summary>
    NotDone = 3,
}
