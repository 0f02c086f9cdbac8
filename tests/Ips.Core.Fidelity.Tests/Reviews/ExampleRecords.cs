using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Reviews;

/// <summary>The example review records beside the example facts (<c>examples/records/NAME.review.json</c>, beside <c>examples/reviews/NAME.json</c>).</summary>
internal static class ExampleRecords
{
    public static readonly string[] Names = ["fair", "exemplary"];

    public static string Json(string name) => File.ReadAllText(Path.Combine(ExampleReviews.Directory, "..", "records", name + ".review.json"));

    public static ReviewRecord Record(string name) => ReviewRecordJson.Read(Json(name), Ips25Scale.Definition);
}
