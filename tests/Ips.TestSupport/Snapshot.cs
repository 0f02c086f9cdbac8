using System.Runtime.CompilerServices;
using Xunit;

namespace Ips.TestSupport;

/// <summary>
/// Text snapshot testing that follows Verify's conventions, so a later move to Verify.XunitV3 is a swap of the
/// <c>using</c> (<c>using static Ips.TestSupport.Snapshot;</c> → <c>using static VerifyXunit.Verifier;</c>).
/// </summary>
/// <remarks>
/// <para>
/// <c>await Snapshot.Verify(text);</c> compares the text with
/// <c>{ClassName}.{MethodName}.verified.txt</c> in the directory of the calling source file. The class and method
/// come from xunit's <see cref="TestContext.Current"/>; the class name is the simple type name, or
/// <c>Outer.Inner</c> for a nested class (as Verify does). Theory arguments are appended automatically as
/// <c>_{name}={value}</c> pairs (<c>{Class}.{Method}_culture=nb-NO.verified.txt</c>); override them with
/// <see cref="SnapshotTask.UseParameters"/> or <see cref="SnapshotTask.UseTextForParameters"/>.
/// </para>
/// <para>
/// Text is compared exactly after normalising line endings to LF and dropping a byte-order mark. On a mismatch,
/// or when there is no verified file yet, <c>{…}.received.txt</c> is written beside it (UTF-8, no BOM, LF) and the
/// test fails with both paths and a short diff. When the text matches, a stale received file is deleted.
/// </para>
/// <para>
/// Accepting: move the received file over the verified one, or run the tests locally with
/// <c>IPS_SNAPSHOT_ACCEPT=1</c>, which writes verified files instead of failing. Acceptance is never automatic when
/// <c>CI</c> is <c>true</c> (or <c>1</c>).
/// </para>
/// </remarks>
public static class Snapshot
{
    /// <summary>Environment variable that, set to <c>1</c> or <c>true</c> outside CI, accepts new snapshots.</summary>
    public const string AcceptVariable = "IPS_SNAPSHOT_ACCEPT";

    /// <summary>Verifies <paramref name="text"/> against its <c>.verified.txt</c> file. Await the result.</summary>
    /// <param name="text">The text to compare.</param>
    /// <param name="sourceFile">Supplied by the compiler; the snapshot lives in this file's directory.</param>
    public static SnapshotTask Verify(string text, [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SnapshotTask(text, sourceFile);
    }
}
