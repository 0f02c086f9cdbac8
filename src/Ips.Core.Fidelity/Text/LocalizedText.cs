namespace Ips.Core.Fidelity.Text;

/// <summary>A text in Norwegian bokmål and English, as it appears in the scale definition (<c>{"nb": …, "en": …}</c>).</summary>
/// <remarks>Immutable and thread-safe. A missing language is an empty string; the scale validator rejects it.</remarks>
public sealed record LocalizedText
{
    /// <summary>Creates an empty text (both languages empty); used by the JSON loader.</summary>
    public LocalizedText()
    {
    }

    /// <summary>Creates a text from its Norwegian and English versions.</summary>
    /// <param name="nb">The Norwegian bokmål text.</param>
    /// <param name="en">The English text.</param>
    public LocalizedText(string nb, string en)
    {
        Nb = nb;
        En = en;
    }

    /// <summary>The Norwegian bokmål text.</summary>
    public string Nb { get; init; } = string.Empty;

    /// <summary>The English text.</summary>
    public string En { get; init; } = string.Empty;

    /// <summary>The text in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text; never null.</returns>
    public string Get(ReportLanguage language) => language == ReportLanguage.English ? En : Nb;

    /// <summary>Whether both languages have a non-blank text.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(Nb) && !string.IsNullOrWhiteSpace(En);
}
