using System.Reflection;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Participants;
using Ips.TestSupport;
using PublicApiGenerator;

namespace Ips.Core.Reliability.Tests.PublicApi;

/// <summary>
/// The public API of each package, written by PublicApiGenerator as C# declarations and pinned as a verified snapshot so
/// every API change shows up in review. After an intended change:
/// <c>IPS_SNAPSHOT_ACCEPT=1 dotnet test tests/Ips.Core.Reliability.Tests --filter "FullyQualifiedName~PublicApi"</c>,
/// then read the diff of the <c>.verified.txt</c> files and commit it with the change.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public async Task IpsCore_PublicApi_MatchesTheApprovedSnapshot() =>
        await Snapshot.Verify(Api(typeof(Participant).Assembly));

    [Fact]
    public async Task IpsCoreFidelity_PublicApi_MatchesTheApprovedSnapshot() =>
        await Snapshot.Verify(Api(typeof(FidelityEngine).Assembly));

    [Fact]
    public async Task IpsCoreFidelityAspNetCore_PublicApi_MatchesTheApprovedSnapshot() =>
        await Snapshot.Verify(Api(typeof(Ips.Core.Fidelity.AspNetCore.FidelityProblems).Assembly));

    [Fact]
    public void PublicApiText_IsTheSameUnderEveryHostileCulture()
    {
        string reference;
        using (new CultureScope(Ips.TestSupport.Cultures.Invariant))
        {
            reference = Api(typeof(FidelityEngine).Assembly) + Api(typeof(Participant).Assembly);
        }

        foreach (var culture in Ips.TestSupport.Cultures.Hostile)
        {
            using var scope = new CultureScope(culture);
            Assert.Equal(reference, Api(typeof(FidelityEngine).Assembly) + Api(typeof(Participant).Assembly));
        }
    }

    /// <summary>PublicApiGenerator's output with its default options (assembly attributes included).</summary>
    private static string Api(Assembly assembly) => assembly.GeneratePublicApi();
}
