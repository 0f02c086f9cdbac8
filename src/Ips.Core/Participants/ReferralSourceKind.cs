namespace Ips.Core.Participants;

/// <summary>Where a referral to IPS came from.</summary>
public enum ReferralSourceKind
{
    /// <summary>A treatment team (the team is recorded on the <see cref="ReferralSource"/>).</summary>
    TreatmentTeam = 0,

    /// <summary>NAV (the Norwegian Labour and Welfare Administration).</summary>
    Nav = 1,

    /// <summary>The participant referred themselves.</summary>
    Self = 2,

    /// <summary>Family or friends.</summary>
    Family = 3,

    /// <summary>Any other source.</summary>
    Other = 4,
}
