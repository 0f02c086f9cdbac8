namespace Ips.Core.Programmes;

/// <summary>What <see cref="IpsProgramme.Builder"/> does with an exit whose reason, status and jobs disagree.</summary>
/// <remarks>
/// The rules: a work end reason needs a job current on the exit date; <c>WorkWithWageSubsidy</c> needs such a job
/// with a wage subsidy, and the other work reasons need one without; the status <c>Studying</c> needs an education
/// end reason; when benefits at exit are recorded, <c>WorkCombinedWithOtherNavBenefits</c> needs some (not
/// <c>None</c>) and <c>WorkWithGradedDisabilityPension</c> needs <c>DisabilityBenefitGraded</c>. See <see cref="Validation.ErrorCodes.Programme.ExitWorkWithoutJob"/> and the codes after it.
/// </remarks>
public enum ExitConsistency
{
    /// <summary>Refuse the programme with a coded error per inconsistent exit: for records being created now.</summary>
    Refuse = 0,

    /// <summary>Keep every exit as recorded and report each inconsistency in <see cref="IpsProgramme.Findings"/>: for existing records.</summary>
    Report = 1,
}
