namespace Ips.Core.Records;

/// <summary>What a read does with rows that break a rule.</summary>
public enum RecordReadMode
{
    /// <summary>Any error fails the whole read: no programme is returned, every error is listed (nothing half-built).</summary>
    Strict = 0,

    /// <summary>Bad rows are rejected and listed, with the rows that depend on them; the programmes are built from the rest. A file that cannot be read at all (missing, bad header, too many rows) still fails the read.</summary>
    Lenient = 1,
}
