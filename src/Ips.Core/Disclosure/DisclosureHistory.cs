using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Disclosure;

/// <summary>A participant's disclosure decisions over time; the last one is current.</summary>
/// <remarks>
/// Decisions are in non-decreasing date order (several on one day keep their order). <see cref="Revise"/> returns a
/// new history and leaves this one unchanged. Immutable and thread-safe.
/// </remarks>
public sealed class DisclosureHistory
{
    private DisclosureHistory(ParticipantId participant, ImmutableArray<DisclosureDecision> decisions)
    {
        Participant = participant;
        Decisions = decisions;
    }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The decisions, oldest first.</summary>
    public ImmutableArray<DisclosureDecision> Decisions { get; }

    /// <summary>The current decision, or null before any decision.</summary>
    public DisclosureDecision? Current => Decisions.IsEmpty ? null : Decisions[^1];

    /// <summary>Creates a history from decisions, oldest first.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="decisions">The decisions, all about the participant, in non-decreasing date order.</param>
    /// <returns>The history.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Disclosure"/>.</exception>
    public static DisclosureHistory Create(ParticipantId participant, IEnumerable<DisclosureDecision>? decisions = null) =>
        TryCreate(participant, decisions).GetValueOrThrow();

    /// <summary>Creates a history without throwing.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="decisions">The decisions, all about the participant, in non-decreasing date order.</param>
    /// <returns>The history or the broken rules.</returns>
    public static DomainResult<DisclosureHistory> TryCreate(ParticipantId participant, IEnumerable<DisclosureDecision>? decisions = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        var array = decisions is null ? [] : decisions.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            CheckNext(ref errors, participant, i == 0 ? null : array[i - 1], array[i], $"{nameof(Decisions)}[{i}]");
        }

        return errors is null ? new DomainResult<DisclosureHistory>(new DisclosureHistory(participant, array)) : DomainResult<DisclosureHistory>.Fail(errors);
    }

    /// <summary>Records a revised decision.</summary>
    /// <param name="decision">The new decision, about the same participant, dated on or after the current one.</param>
    /// <returns>A new history with the decision last; this one is unchanged.</returns>
    /// <exception cref="DomainException">The decision is out of order (<see cref="ErrorCodes.Disclosure.RevisionOutOfOrder"/>) or about another participant.</exception>
    public DisclosureHistory Revise(DisclosureDecision decision) => TryRevise(decision).GetValueOrThrow();

    /// <summary>Records a revised decision without throwing.</summary>
    /// <param name="decision">The new decision, about the same participant, dated on or after the current one.</param>
    /// <returns>A new history with the decision last, or the broken rules.</returns>
    public DomainResult<DisclosureHistory> TryRevise(DisclosureDecision decision)
    {
        List<DomainError>? errors = null;
        CheckNext(ref errors, Participant, Current, decision, nameof(Decisions));
        return errors is null
            ? new DomainResult<DisclosureHistory>(new DisclosureHistory(Participant, Decisions.Add(decision)))
            : DomainResult<DisclosureHistory>.Fail(errors);
    }

    /// <summary>Returns a text without the identifier, e.g. <c>DisclosureHistory(***, 2 decisions)</c>.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => Invariant($"DisclosureHistory(***, {Decisions.Length} decisions)");

    // A broken rule names the decision's member (Date, Participant), so a record reader can point at its column; the message names the decision.
    private static void CheckNext(ref List<DomainError>? errors, ParticipantId participant, DisclosureDecision? previous, DisclosureDecision? next, string property)
    {
        if (next is null)
        {
            NotNull(ref errors, next, property);
            return;
        }

        if (next.Participant != participant)
        {
            Add(ref errors, ErrorCodes.Disclosure.WrongParticipant, property + ".Participant", Invariant($"{property} is about another participant than the history (ids not shown)."));
        }

        if (previous is not null && next.Date < previous.Date)
        {
            Add(ref errors, ErrorCodes.Disclosure.RevisionOutOfOrder, property + ".Date", Invariant($"{property} dated {next.Date:uuuu-MM-dd} lies before the current decision of {previous.Date:uuuu-MM-dd}; revisions are in date order."));
        }
    }
}
