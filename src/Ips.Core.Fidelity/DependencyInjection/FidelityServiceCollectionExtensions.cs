using FluentValidation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity;

/// <summary>Registers the fidelity engine, its scale definition and the facts validator with a service collection.</summary>
public static class FidelityServiceCollectionExtensions
{
    /// <summary>
    /// Adds Ips.Core (<see cref="IpsCoreServiceCollectionExtensions.AddIpsCore"/>), the scale definition
    /// (<see cref="Ips25Scale.Definition"/>), <see cref="FidelityEngine"/> as itself and as <see cref="IFidelityEngine"/>, and
    /// <see cref="ReviewFactsValidator"/> as itself and as <see cref="IValidator{T}"/> of <see cref="ReviewFacts"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Everything is a singleton added with <c>TryAdd</c>: calling this twice adds nothing new, and services registered
    /// before the call win. Register another <see cref="ScaleDefinition"/> first to score with it (the engine and
    /// validator are built from whichever definition is registered), or your own <see cref="IFidelityEngine"/>.
    /// With the embedded definition the shared <see cref="Ips25Scale.Engine"/> is used.
    /// </remarks>
    /// <example>
    /// <code>
    /// services.AddSingleton&lt;IClock&gt;(new FakeClock(Instant.FromUtc(2026, 10, 1, 8, 0)));   // optional: registered first, so it wins
    /// services.AddIpsFidelity();
    /// var engine = provider.GetRequiredService&lt;IFidelityEngine&gt;();
    /// </code>
    /// </example>
    public static IServiceCollection AddIpsFidelity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIpsCore();
        services.TryAddSingleton(static _ => Ips25Scale.Definition);
        services.TryAddSingleton(static provider =>
        {
            var scale = provider.GetRequiredService<ScaleDefinition>();
            return ReferenceEquals(scale, Ips25Scale.Definition) ? Ips25Scale.Engine : new FidelityEngine(scale);
        });
        services.TryAddSingleton<IFidelityEngine>(static provider => provider.GetRequiredService<FidelityEngine>());
        services.TryAddSingleton(static provider =>
        {
            var scale = provider.GetRequiredService<ScaleDefinition>();
            return ReferenceEquals(scale, Ips25Scale.Definition) ? Ips25Scale.Validator : new ReviewFactsValidator(scale);
        });
        services.TryAddSingleton<IValidator<ReviewFacts>>(static provider => provider.GetRequiredService<ReviewFactsValidator>());
        return services;
    }
}
