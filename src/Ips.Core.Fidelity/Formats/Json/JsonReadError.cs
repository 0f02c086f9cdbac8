namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Why a JSON document could not be read: a stable code, where in the document, and what is wrong.</summary>
/// <param name="Code">One of <see cref="JsonReadErrorCodes"/>.</param>
/// <param name="Path">The JSON path of the problem (e.g. <c>$.items[2].facts</c>); <c>$</c> for the document as a whole.</param>
/// <param name="Message">The problem in invariant English; it names members and paths, never a .NET type.</param>
public sealed record JsonReadError(string Code, string Path, string Message)
{
    /// <summary>The error on one line: <c>Json.Document at $.items[2]: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " at " + Path + ": " + Message;
}
