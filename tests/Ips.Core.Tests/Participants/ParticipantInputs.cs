using Ips.Core.Participants;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Participants;

/// <summary>The participant input the validator tests start from, and the clock they validate against.</summary>
internal static class ParticipantInputs
{
    /// <summary>2024-06-01 in Oslo: after every date of <see cref="Valid"/>.</summary>
    public static FakeClock Clock { get; } = new(Instant.FromUtc(2024, 6, 1, 10, 0));

    /// <summary>A referred and enrolled participant with nothing optional given; valid.</summary>
    public static ParticipantInput Valid => new()
    {
        Id = "p-1",
        ReferralDate = new LocalDate(2024, 5, 1),
        EnrolmentDate = new LocalDate(2024, 5, 8),
        ReferralSource = ReferralSourceKind.Nav,
    };
}
