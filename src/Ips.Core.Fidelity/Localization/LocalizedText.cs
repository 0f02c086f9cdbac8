using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>A text in several languages, keyed by language code (<c>{"nb": "…", "en": "…"}</c> in JSON).</summary>
/// <remarks>
/// <para>
/// Every text of a scale definition has one entry for each language the definition declares;
/// <see cref="Ips.Core.Fidelity.Definition.ScaleDefinitionValidator"/> checks this at load. A translation is therefore data only.
/// <see cref="Get"/> falls back to the first text given when a language is missing (it cannot be missing from a
/// validated definition).
/// </para>
/// <para>Immutable and thread-safe. Equality compares the texts per language, ignoring order.</para>
/// </remarks>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly ImmutableArray<KeyValuePair<string, string>> texts;

    /// <summary>Creates an empty text (no language has a text).</summary>
    public LocalizedText()
    {
        texts = [];
    }

    /// <summary>Creates a text from (language code, text) pairs; a later pair for the same language replaces an earlier one.</summary>
    /// <param name="texts">The texts by language code.</param>
    /// <exception cref="ArgumentException">A language code is malformed.</exception>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (code, text) in texts)
        {
            var language = ReportLanguage.FromCode(code).Code;
            var index = IndexOf(builder, language);
            var entry = new KeyValuePair<string, string>(language, text ?? string.Empty);
            if (index < 0)
            {
                builder.Add(entry);
            }
            else
            {
                builder[index] = entry;
            }
        }

        this.texts = builder.ToImmutable();
    }

    private string First => texts.IsEmpty ? string.Empty : texts[0].Value;

    /// <summary>The texts by language code, in the order given.</summary>
    [JsonIgnore]
    public ImmutableArray<KeyValuePair<string, string>> Texts => texts;

    /// <summary>Whether there is at least one text and every text given is non-blank.</summary>
    [JsonIgnore]
    public bool IsComplete
    {
        get
        {
            foreach (var (_, text) in texts)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return false;
                }
            }

            return !texts.IsEmpty;
        }
    }

    /// <summary>The text in <paramref name="language"/>, or the first text given when there is none in that language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Get(ReportLanguage language) => Find(language.Code) ?? First;

    /// <summary>Whether there is a non-blank text in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see langword="true"/> when a non-blank text exists.</returns>
    public bool HasText(ReportLanguage language) => !string.IsNullOrWhiteSpace(Find(language.Code));

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (texts.Length != other.texts.Length)
        {
            return false;
        }

        foreach (var (code, text) in texts)
        {
            if (!string.Equals(other.Find(code), text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent, to match Equals.
        var hash = 0;
        foreach (var (code, text) in texts)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(code), StringComparer.Ordinal.GetHashCode(text));
        }

        return hash;
    }

    /// <summary>The first text given (for debugging; reports use <see cref="Get"/>).</summary>
    /// <returns>The Norwegian text.</returns>
    public override string ToString() => First;

    private static int IndexOf(ImmutableArray<KeyValuePair<string, string>>.Builder builder, string code)
    {
        for (var i = 0; i < builder.Count; i++)
        {
            if (string.Equals(builder[i].Key, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private string? Find(string code)
    {
        foreach (var (key, text) in texts)
        {
            if (string.Equals(key, code, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }
}
