using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>One line of the programme's action plan: what to do, which role answers for it, by when, and its status at the next review.</summary>
/// <remarks>The responsible party is a role (e.g. <c>enhetsleder</c>, team leader), never a person's name. Immutable.</remarks>
/// <param name="Action">What to do.</param>
/// <param name="ResponsibleRole">The role that answers for it.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Status">Its status; <see cref="ActionStatus.Planned"/> until the next review follows it up.</param>
public sealed record PlannedAction(string Action, string ResponsibleRole, LocalDate Due, ActionStatus Status = ActionStatus.Planned);
