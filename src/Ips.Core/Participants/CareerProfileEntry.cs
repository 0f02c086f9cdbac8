using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>A dated career profile meeting or update.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CareerProfileEntry
{
    private CareerProfileEntry(LocalDate date, CareerProfileEntryKind kind)
    {
        Date = date;
        Kind = kind;
    }

    /// <summary>The date of the meeting or update.</summary>
    public LocalDate Date { get; }

    /// <summary>Whether this was a profile meeting or an update.</summary>
    public CareerProfileEntryKind Kind { get; }

    /// <summary>Creates an entry.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of entry.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="DomainException">The kind is undefined.</exception>
    public static CareerProfileEntry Create(LocalDate date, CareerProfileEntryKind kind) =>
        TryCreate(date, kind).GetValueOrThrow();

    /// <summary>Creates an entry without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of entry.</param>
    /// <returns>The value or the broken rules.</returns>
    public static DomainResult<CareerProfileEntry> TryCreate(LocalDate date, CareerProfileEntryKind kind)
    {
        List<DomainError>? errors = null;
        Defined(ref errors, kind, nameof(Kind));
        return errors is null ? new DomainResult<CareerProfileEntry>(new CareerProfileEntry(date, kind)) : DomainResult<CareerProfileEntry>.Fail(errors);
    }
}
