using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace Ips.Core.Fidelity.AspNetCore;

/// <summary>Makes an ASP.NET Core application read and write review facts and fidelity reports as their documented JSON.</summary>
public static class FidelityJsonServiceCollectionExtensions
{
    /// <summary>
    /// Puts the Ips.Core.Fidelity JSON contract (<see cref="FidelityJson.Resolver"/>) first in the resolver chain of the
    /// minimal-API JSON options (what <c>ConfigureHttpJsonOptions</c> configures) and of MVC's JSON options, so that a
    /// <see cref="Facts.ReviewFacts"/>, <see cref="Results.FidelityReport"/> or <see cref="Presentation.ReviewComparisonResult"/>
    /// in a request or response is the facts, report or comparison document (<c>"reviewDate": "2026-10-01"</c>, not
    /// NodaTime's object graph). A <see cref="Formats.Interop.ScaleDescription"/> writes as the scale description in
    /// any options (it carries its own converter).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <remarks>
    /// Idempotent: calling it twice configures the options once. When a <see cref="ScaleDefinition"/> is registered
    /// (e.g. by <c>AddIpsFidelity()</c>), reports are read against it; otherwise against the embedded IPS-25.
    /// Facts are bounded by <see cref="FidelityJsonLimits.Default"/>. The application's own settings (naming policy,
    /// converters) do not change the two documents and are kept for everything else.
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddIpsFidelity().AddIpsFidelityJson();
    /// app.MapPost("/score", (ReviewFacts facts, IFidelityEngine engine) => engine.Score(facts));   // report JSON out
    /// </code>
    /// </example>
    public static IServiceCollection AddIpsFidelityJson(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HttpJsonOptions>, HttpJsonConfiguration>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MvcJsonOptions>, MvcJsonConfiguration>());
        return services;
    }

    /// <summary>The resolver for the registered scale: the shared one for IPS-25 (or none registered).</summary>
    private static System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver ResolverFor(IServiceProvider provider) =>
        provider.GetService<ScaleDefinition>() is { } scale && !ReferenceEquals(scale, Ips25.Ips25Scale.Definition)
            ? FidelityJson.CreateResolver(scale)
            : FidelityJson.Resolver;

    private sealed class HttpJsonConfiguration(IServiceProvider provider) : IConfigureOptions<HttpJsonOptions>
    {
        public void Configure(HttpJsonOptions options) => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ResolverFor(provider));
    }

    private sealed class MvcJsonConfiguration(IServiceProvider provider) : IConfigureOptions<MvcJsonOptions>
    {
        public void Configure(MvcJsonOptions options) => options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, ResolverFor(provider));
    }
}
