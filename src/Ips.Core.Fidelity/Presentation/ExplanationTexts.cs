using System.Globalization;
using System.Runtime.CompilerServices;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>
/// The fixed texts of explanations in one language of one scale: each item's heading and each status line ("Score 4",
/// "Not rated"), built once and shared, so a list view that explains every item of every review allocates no text.
/// </summary>
/// <remarks>
/// Thread-safe: the tables are filled at most once per entry; two threads building the same entry build equal text
/// (either may be kept). A definition's texts never change, so an entry never goes stale; entries live as long as the
/// definition does (a <see cref="ConditionalWeakTable{TKey, TValue}"/>). The texts last asked for are also kept in one
/// static slot, so explaining every item of a report looks nothing up: that slot keeps its scale alive until texts of
/// another scale or language are asked for.
/// </remarks>
internal sealed class ExplanationTexts
{
    private static readonly ConditionalWeakTable<ScaleDefinition, Languages> ByScale = [];

    // The texts last asked for (a reference write is atomic; a stale read only costs the table look-up).
    private static volatile ExplanationTexts? recent;

    private readonly ScaleDefinition scale;
    private readonly bool isDefault;
    private readonly string?[] headings;
    private readonly string?[] scoreLines = new string?[ScoreRange.Limit + 1];
    private string? notRated;
    private string? invalid;

    private ExplanationTexts(ScaleDefinition scale, ReportLanguage language)
    {
        this.scale = scale;
        Language = language;
        isDefault = language.Equals(scale.DefaultLanguage);
        headings = new string?[scale.Items.Length];
    }

    /// <summary>The language of the texts.</summary>
    public ReportLanguage Language { get; }

    /// <summary>The scale whose texts these are.</summary>
    public ScaleDefinition Scale => scale;

    /// <summary>
    /// The texts of <paramref name="scale"/> in <paramref name="language"/>, or in its default language for
    /// <c>default</c>; the language is checked only the first time it is asked for.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/> (named <paramref name="parameterName"/>).</exception>
    public static ExplanationTexts Of(ScaleDefinition scale, ReportLanguage language, string parameterName = "language")
    {
        if (recent is { } last && ReferenceEquals(last.scale, scale) && (language.IsDefault ? last.isDefault : last.Language.Equals(language)))
        {
            return last;
        }

        return recent = Find(scale, language, parameterName);
    }

    private static ExplanationTexts Find(ScaleDefinition scale, ReportLanguage language, string parameterName)
    {
        // The default language is kept resolved: working it out from the definition (parsing its code) would cost
        // more than an explanation.
        var languages = ByScale.GetValue(scale, static _ => new Languages());
        if (language.IsDefault)
        {
            return languages.Default ??= languages.Find(scale.DefaultLanguage) ?? languages.Add(scale, scale.DefaultLanguage, parameterName);
        }

        return languages.Find(language) ?? languages.Add(scale, language, parameterName);
    }

    /// <summary>"Item 17 Frequent employer contact".</summary>
    public string Heading(ItemDefinition definition)
    {
        // The position in the scale's item list, when the definition is the scale's own (the usual case).
        var items = scale.Items;
        var guess = items.IsEmpty ? -1 : definition.Number - items[0].Number;
        var position = (uint)guess < (uint)items.Length && ReferenceEquals(items[guess], definition)
            ? guess
            : items.IndexOf(definition, 0, items.Length, ReferenceEqualityComparer.Instance);

        if (position < 0)
        {
            return BuildHeading(definition);
        }

        return headings[position] ??= BuildHeading(definition);
    }

    /// <summary>"Score 4", "Not rated" or "Invalid facts".</summary>
    public string Status(ItemStatus status, int score) => status switch
    {
        ItemStatus.Rated when (uint)score < (uint)scoreLines.Length => scoreLines[score] ??= ScoreLine(score),
        ItemStatus.Rated => ScoreLine(score),
        ItemStatus.NotRated => notRated ??= scale.Label("notRated", Language),
        _ => invalid ??= scale.Label("invalid", Language),
    };

    private string ScoreLine(int score) => scale.Label("score", Language) + " " + score.ToString(CultureInfo.InvariantCulture);

    private string BuildHeading(ItemDefinition definition) =>
        scale.Label("item", Language) + " " + definition.Number.ToString(CultureInfo.InvariantCulture) + " " + definition.Name.Get(Language);

    /// <summary>A scale's texts by language: a short array (a scale has a handful of languages), replaced, never changed, when one is added.</summary>
    private sealed class Languages
    {
        private readonly Lock gate = new();
        private volatile ExplanationTexts[] known = [];

        /// <summary>The texts in the scale's default language, once asked for (two threads may both set it, to the same texts).</summary>
        public ExplanationTexts? Default { get; set; }

        public ExplanationTexts? Find(ReportLanguage language)
        {
            foreach (var texts in known)
            {
                if (texts.Language.Equals(language))
                {
                    return texts;
                }
            }

            return null;
        }

        public ExplanationTexts Add(ScaleDefinition scale, ReportLanguage language, string parameterName)
        {
            // Only a language the scale declares gets texts, so a language found in `known` needs no check.
            scale.RequireLanguage(language, parameterName);
            lock (gate)
            {
                if (Find(language) is { } texts)
                {
                    return texts;
                }

                texts = new ExplanationTexts(scale, language);
                known = [.. known, texts];
                return texts;
            }
        }
    }
}
