namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>The stable codes of <see cref="JsonReadError"/>.</summary>
public static class JsonReadErrorCodes
{
    /// <summary>The text is not valid JSON (a syntax error, truncation, or bytes that are not UTF-8).</summary>
    public const string Syntax = "Json.Syntax";

    /// <summary>The text is valid JSON but not a document of the expected kind and schema version (a missing, unknown or mistyped member, a wrong <c>schemaVersion</c>, a value outside what the document allows).</summary>
    public const string Document = "Json.Document";

    /// <summary>The document is over a bound of <see cref="FidelityJsonLimits"/> (size, items, specialists, facts, elements or depth); nothing after the bound was read.</summary>
    public const string Limit = "Json.Limit";
}
