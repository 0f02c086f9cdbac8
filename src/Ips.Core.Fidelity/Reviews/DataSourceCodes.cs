using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>The scale's codes for data sources (MIS, DOC, INT, OBS, ISP), as the definition and the Norwegian form write them.</summary>
internal static class DataSourceCodes
{
    /// <summary>The code of <paramref name="source"/>: <c>MIS</c>, <c>DOC</c>, <c>INT</c>, <c>OBS</c> or <c>ISP</c>.</summary>
    /// <param name="source">A data source.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a defined value.</exception>
    public static string Code(DataSource source) => source switch
    {
        DataSource.ManagementInformationSystem => "MIS",
        DataSource.DocumentReview => "DOC",
        DataSource.Interview => "INT",
        DataSource.Observation => "OBS",
        DataSource.IndividualServicePlan => "ISP",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Not a data source."),
    };
}
