using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using Ips.Core.Benefits;
using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Specialists;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Ips.Core;

/// <summary>Registers Ips.Core's validators, clock and default policies with a service collection.</summary>
public static class IpsCoreServiceCollectionExtensions
{
    /// <summary>Adds every Ips.Core validator (as itself and as <see cref="IValidator{T}"/>), an <see cref="IClock"/> and the default policies.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Everything is registered with <c>TryAdd</c> as a singleton, so calling this twice adds nothing new and services
    /// registered before the call win: register a <c>FakeClock</c> or another policy first to replace the defaults.
    /// The clock defaults to the system clock; the policies to <see cref="CaseloadCapacityPolicy.Default"/> and
    /// <see cref="CompetitiveJobPolicy.Default"/>.
    /// </remarks>
    /// <example>
    /// <code>
    /// services.AddIpsCore();
    /// var validator = provider.GetRequiredService&lt;IValidator&lt;JobInput&gt;&gt;();
    /// ValidationResult result = validator.Validate(input);   // failures carry stable ErrorCode values
    /// </code>
    /// </example>
    public static IServiceCollection AddIpsCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(CaseloadCapacityPolicy.Default);
        services.TryAddSingleton(CompetitiveJobPolicy.Default);

        AddValidator<EmploymentSpecialistInputValidator, EmploymentSpecialistInput>(services);
        AddValidator<ParticipantInputValidator, ParticipantInput>(services);
        AddValidator<EmployerInputValidator, EmployerInput>(services);
        AddValidator<EmployerContactInputValidator, EmployerContactInput>(services);
        AddValidator<JobInputValidator, JobInput>(services);
        AddValidator<WorkTrialInputValidator, WorkTrialInput>(services);
        AddValidator<DisclosureDecisionInputValidator, DisclosureDecisionInput>(services);
        AddValidator<DisclosureDiscussionInputValidator, DisclosureDiscussionInput>(services);
        AddValidator<BenefitsPlanningSessionInputValidator, BenefitsPlanningSessionInput>(services);
        AddValidator<FollowAlongContactInputValidator, FollowAlongContactInput>(services);
        AddValidator<OutreachAttemptInputValidator, OutreachAttemptInput>(services);
        AddValidator<FirstContactOptionsValidator, FirstContactOptions>(services);
        AddValidator<NavOutcomeOptionsValidator, NavOutcomeOptions>(services);
        return services;
    }

    private static void AddValidator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator, T>(IServiceCollection services)
        where TValidator : class, IValidator<T>
    {
        services.TryAddSingleton<TValidator>();
        services.TryAddSingleton<IValidator<T>>(sp => sp.GetRequiredService<TValidator>());
    }
}
