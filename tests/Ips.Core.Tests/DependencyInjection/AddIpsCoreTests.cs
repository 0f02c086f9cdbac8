using FluentValidation;
using Ips.Core.Caseloads;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.DependencyInjection;

public sealed class AddIpsCoreTests
{
    [Fact]
    public void AddIpsCore_RegistersValidatorsClockAndPolicies()
    {
        using var provider = new ServiceCollection().AddIpsCore().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(CaseloadCapacityPolicy.Default, provider.GetRequiredService<CaseloadCapacityPolicy>());
        Assert.Same(CompetitiveJobPolicy.Default, provider.GetRequiredService<CompetitiveJobPolicy>());
        Assert.Same(provider.GetRequiredService<JobInputValidator>(), provider.GetRequiredService<IValidator<JobInput>>());
        Assert.NotNull(provider.GetRequiredService<IValidator<ParticipantInput>>());
    }

    [Fact]
    public void AddIpsCore_EveryPublicValidatorIsRegistered()
    {
        var services = new ServiceCollection().AddIpsCore();
        var validators = typeof(JobInputValidator).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)));
        Assert.All(validators, v => Assert.Contains(services, d => d.ServiceType == v));
        using var provider = services.BuildServiceProvider();
        Assert.All(validators, v => Assert.NotNull(provider.GetRequiredService(v)));
    }

    [Fact]
    public void AddIpsCore_CalledTwice_DoesNotDuplicate()
    {
        var once = new ServiceCollection().AddIpsCore().Count;
        var twice = new ServiceCollection().AddIpsCore().AddIpsCore();
        Assert.Equal(once, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(IValidator<JobInput>));
    }

    [Fact]
    public void AddIpsCore_KeepsPreRegisteredClock()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 1, 1, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(fake);
        using var provider = services.AddIpsCore().BuildServiceProvider();
        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddIpsCore_NullServices_IsRejectedByName() =>
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => IpsCoreServiceCollectionExtensions.AddIpsCore(null!)).ParamName);
}
