using FluentValidation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.DependencyInjection;

/// <summary>AddIpsFidelity registers the scale, the engine and the validator as singletons, with TryAdd.</summary>
public sealed class AddIpsFidelityTests
{
    [Fact]
    public void Resolves_TheEmbeddedScale_AndTheSharedEngine()
    {
        using var provider = new ServiceCollection().AddIpsFidelity().BuildServiceProvider(validateScopes: true);

        Assert.Same(Ips25Scale.Definition, provider.GetRequiredService<ScaleDefinition>());
        Assert.Same(Ips25Scale.Engine, provider.GetRequiredService<IFidelityEngine>());
        Assert.Same(Ips25Scale.Engine, provider.GetRequiredService<FidelityEngine>());
        Assert.Same(Ips25Scale.Validator, provider.GetRequiredService<IValidator<ReviewFacts>>());
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
        var custom = Ips25Scale.LoadDefinition();
        var services = new ServiceCollection().AddSingleton(custom).AddIpsFidelity();
        using var provider = services.BuildServiceProvider();

        var engine = provider.GetRequiredService<IFidelityEngine>();

        Assert.Same(custom, engine.Scale);
        Assert.NotSame(Ips25Scale.Engine, engine);
        Assert.Same(engine, provider.GetRequiredService<FidelityEngine>());
        Assert.NotSame(Ips25Scale.Validator, provider.GetRequiredService<ReviewFactsValidator>());
    }

    [Fact]
    public void PreRegisteredEngine_Wins()
    {
        var mine = new FidelityEngine(Ips25Scale.Definition);
        using var provider = new ServiceCollection().AddSingleton<IFidelityEngine>(mine).AddIpsFidelity().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<IFidelityEngine>());
    }

    [Fact]
    public void NullServices_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FidelityServiceCollectionExtensions.AddIpsFidelity(null!));
    }
}
