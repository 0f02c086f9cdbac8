namespace Ips.Core.Fidelity.Tool;

/// <summary>A failure the tool reports on standard error with its exit code (no stack trace: the message says what and where).</summary>
/// <param name="exitCode">The exit code: <see cref="FidelityTool.InvalidInput"/> or <see cref="FidelityTool.Usage"/>.</param>
/// <param name="message">What went wrong, naming the file, field or value.</param>
internal sealed class ToolException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
