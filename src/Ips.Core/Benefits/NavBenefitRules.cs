using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Benefits;

/// <summary>The rules of a <see cref="NavBenefits"/> value, shared by the factories, the input validator and the record reader.</summary>
internal static class NavBenefitRules
{
    internal const NavBenefits All = NavBenefits.Aap | NavBenefits.DisabilityBenefitFull | NavBenefits.DisabilityBenefitGraded
        | NavBenefits.SocialAssistance | NavBenefits.QualificationProgramme | NavBenefits.Other;

    internal const NavBenefits FullAndGraded = NavBenefits.DisabilityBenefitFull | NavBenefits.DisabilityBenefitGraded;

    internal static void Check(ref List<DomainError>? errors, NavBenefits? benefits, string property)
    {
        if (benefits is not { } value)
        {
            return;
        }

        DefinedFlags(ref errors, value, All, property);
        if ((value & FullAndGraded) == FullAndGraded)
        {
            Add(ref errors, ErrorCodes.Participant.BenefitsFullAndGradedDisability, property, FullAndGradedMessage(property));
        }
    }

    internal static string FullAndGradedMessage(string property) =>
        Invariant($"{property} has both DisabilityBenefitFull and DisabilityBenefitGraded; a disability benefit is either full or graded.");
}
