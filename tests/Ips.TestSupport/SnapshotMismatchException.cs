using Xunit.Sdk;

namespace Ips.TestSupport;

/// <summary>Thrown when a snapshot has no verified file or does not match it.</summary>
public sealed class SnapshotMismatchException : XunitException
{
    /// <summary>Creates the exception.</summary>
    public SnapshotMismatchException()
        : this("Snapshot mismatch.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
