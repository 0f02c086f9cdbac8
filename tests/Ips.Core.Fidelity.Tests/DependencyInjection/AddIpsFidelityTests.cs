using FluentValidation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.DependencyInjection;

/// <summary>AddIpsFidelity registers the scale, the engine and the validator as singletons, with TryAdd.</summary>
public sealed class AddIpsFidelityTests
{
    [Fact]
    public void Resolves_TheEmbeddedScale_AndTheSharedEngine()
    {
        using var provider = new ServiceCollection().AddIpsFidelity().BuildServiceProvider(validateScopes: true);

        Assert.Same(ScaleDefinition.Ips25, provider.GetRequiredService<ScaleDefinition>());
        Assert.Same(FidelityEngine.Default, provider.GetRequiredService<IFidelityEngine>());
        Assert.Same(FidelityEngine.Default, provider.GetRequiredService<FidelityEngine>());
        Assert.Same(ReviewFactsValidator.Ips25, provider.GetRequiredService<IValidator<ReviewFacts>>());
    }

    [Fact]
    public void AlsoAddsIpsCore()
    {
        using var provider = new ServiceCollection().AddIpsFidelity().BuildServiceProvider();

        Assert.NotNull(provider.GetService<IClock>());
    }

    [Fact]
    public void CallingTwice_AddsNothingNew()
    {
        var services = new ServiceCollection().AddIpsFidelity();
        var count = services.Count;

        services.AddIpsFidelity();

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void PreRegisteredScale_Wins_AndTheEngineScoresWithIt()
    {
        var custom = ScaleDefinition.LoadEmbedded();
        var services = new ServiceCollection().AddSingleton(custom).AddIpsFidelity();
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IFidelityEngine>();

        Assert.Same(custom, engine.Scale);
        Assert.NotSame(FidelityEngine.Default, engine);
        Assert.Same(engine, provider.GetRequiredService<FidelityEngine>());
        Assert.NotSame(ReviewFactsValidator.Ips25, provider.GetRequiredService<ReviewFactsValidator>());
    }

    [Fact]
    public void PreRegisteredEngine_Wins()
    {
        var mine = new FidelityEngine(ScaleDefinition.Ips25);
        using var provider = new ServiceCollection().AddSingleton<IFidelityEngine>(mine).AddIpsFidelity().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IFidelityEngine>());
    }

    [Fact]
    public void NullServices_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FidelityServiceCollectionExtensions.AddIpsFidelity(null!));
    }
}
