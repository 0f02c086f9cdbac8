namespace Ips.Core.Benefits;

/// <summary>The NAV (and municipal) benefits a participant receives at a point in time, e.g. at entry to or exit from IPS; flags combine.</summary>
/// <remarks>
/// <see cref="None"/> is a recorded "no benefits"; an unknown situation is a null <c>NavBenefits?</c>, never
/// <see cref="None"/>. Full and graded disability benefit exclude each other (<see cref="Validation.ErrorCodes.Participant.BenefitsFullAndGradedDisability"/>).
/// </remarks>
[Flags]
public enum NavBenefits
{
    /// <summary>No benefits (recorded as such).</summary>
    None = 0,

    /// <summary>Work assessment allowance (arbeidsavklaringspenger, AAP).</summary>
    Aap = 1,

    /// <summary>Full disability benefit (uføretrygd, 100 %).</summary>
    DisabilityBenefitFull = 2,

    /// <summary>Graded disability benefit (gradert uføretrygd), combined with work.</summary>
    DisabilityBenefitGraded = 4,

    /// <summary>Financial social assistance (økonomisk sosialhjelp, from the municipality through NAV).</summary>
    SocialAssistance = 8,

    /// <summary>The qualification programme (kvalifiseringsprogrammet, with kvalifiseringsstønad).</summary>
    QualificationProgramme = 16,

    /// <summary>Any other benefit (e.g. dagpenger, sykepenger, overgangsstønad).</summary>
    Other = 32,
}
