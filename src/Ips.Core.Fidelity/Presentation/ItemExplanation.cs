using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>An item result put into words in one language: built on demand from the result and the definition.</summary>
/// <remarks>
/// <para>
/// Scoring never formats text; this is where the sentences are made. An explanation from
/// <see cref="ExplanationExtensions.Explain(ItemResult, Ips.Core.Fidelity.Definition.ScaleDefinition, ReportLanguage)"/> is lazy: each text is built the first time it is read (and kept), so asking for
/// an explanation costs one small object and reading one line costs that line only. Numbers use
/// the definition's number formats, so the output is the same on every machine. A renderer (text, Markdown) can
/// lay these parts out as it likes.
/// </para>
/// <para>
/// Immutable and thread-safe (a text read by two threads at once may be built twice; both get equal text).
/// Equality compares the texts, lists element by element.
/// </para>
/// </remarks>
public sealed record ItemExplanation
{
    // "Not built yet" for the texts that may be null (a private instance: never a text).
    private static readonly string Unbuilt = new('\0', 1);

    // The lazy source; null when the explanation was made with an object initializer.
    // (The scale is the texts' own: one reference less per explanation.)
    private readonly ItemResult? result;
    private readonly ExplanationTexts? texts;

    // Heading and status come from the scale's shared texts; every other text lives in `details`, made on the first
    // read of one: a list view that reads only the status of every item costs one small object per item.
    private string? heading;
    private string? status;
    private Details? details;

    /// <summary>Creates an explanation whose texts are given by an object initializer.</summary>
    public ItemExplanation()
    {
    }

    // Heading and Status are built from the result on first read, so they are never null although no value is set here.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    private ItemExplanation(ItemResult result, ExplanationTexts texts)
    {
        this.result = result;
        this.texts = texts;
        Language = texts.Language;
    }
#pragma warning restore CS8618

    // A copy (`with`) gets its own details, so an init on the copy never changes the original.
    private ItemExplanation(ItemExplanation original)
    {
        result = original.result;
        texts = original.texts;
        Language = original.Language;
        heading = original.heading;
        status = original.status;
        details = original.details?.Copy();
    }

    /// <summary>The language of the texts.</summary>
    public ReportLanguage Language { get; init; }

    /// <summary>"Item 17 Frequent employer contact".</summary>
    public required string Heading { get => heading ??= texts!.Heading(result!.Definition); init => heading = value; }

    /// <summary>"Score 4", "Not rated" or "Invalid facts".</summary>
    public required string Status { get => status ??= texts!.Status(result!.Status, result.Score ?? 0); init => status = value; }

    /// <summary>The matched anchor's text, when rated.</summary>
    public string? Anchor { get => Lazy(ref Rest.Anchor, static e => e.result!.MatchedAnchor?.Text.Get(e.Language)); init => Rest.Anchor = value; }

    /// <summary>What the next anchor needs and where the item stands now: "5 contacts a week, log reviewed weekly → 4; now 4.2 a week".</summary>
    public string? NextStep { get => Lazy(ref Rest.NextStep, static e => e.BuildNextStep()); init => Rest.NextStep = value; }

    /// <summary>The scoring path: "Programme as a whole" or "Per specialist".</summary>
    public string? Path { get => Lazy(ref Rest.Path, static e => e.BuildPath()); init => Rest.Path = value; }

    /// <summary>The reasons of modifiers that changed the score.</summary>
    public ImmutableArray<string> Modifiers { get => Lazy(ref Rest.Modifiers, static e => e.BuildModifiers()); init => Rest.Modifiers = value.IsDefault ? [] : value; }

    /// <summary>One line per specialist: "ES 1: 4", "ES 2: Left out — …".</summary>
    public ImmutableArray<string> Specialists { get => Lazy(ref Rest.Specialists, static e => e.BuildSpecialists()); init => Rest.Specialists = value.IsDefault ? [] : value; }

    /// <summary>One line per fact given (programme path): "In-person employer contacts a week: 4,2".</summary>
    public ImmutableArray<string> Facts { get => Lazy(ref Rest.Facts, static e => e.BuildFacts()); init => Rest.Facts = value.IsDefault ? [] : value; }

    /// <summary>"Missing facts: …" with the facts' labels (and the scores still possible, when they are fewer than the item's), or the not-rated reason.</summary>
    public string? NotRated { get => Lazy(ref Rest.NotRated, static e => e.BuildNotRated()); init => Rest.NotRated = value; }

    /// <summary>"Determined without: …" with the labels of the missing facts no value of which could change the score (policy 4), when rated without them.</summary>
    public string? DeterminedWithout { get => Lazy(ref Rest.DeterminedWithout, static e => e.BuildDeterminedWithout()); init => Rest.DeterminedWithout = value; }

    /// <summary>The error messages (invariant English), when invalid.</summary>
    public ImmutableArray<string> Errors { get => Lazy(ref Rest.Errors, static e => e.BuildErrors()); init => Rest.Errors = value.IsDefault ? [] : value; }

    // Made once: a second thread that raced the first adopts the first's (its texts are kept).
    private Details Rest => details ?? Interlocked.CompareExchange(ref details, new Details(), null) ?? details;

    /// <summary>Whether <paramref name="other"/> has the same language and texts (lists compared element by element).</summary>
    /// <param name="other">The other explanation.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ItemExplanation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Language.Equals(other.Language)
                && string.Equals(Heading, other.Heading, StringComparison.Ordinal)
                && string.Equals(Status, other.Status, StringComparison.Ordinal)
                && string.Equals(Anchor, other.Anchor, StringComparison.Ordinal)
                && string.Equals(NextStep, other.NextStep, StringComparison.Ordinal)
                && string.Equals(Path, other.Path, StringComparison.Ordinal)
                && string.Equals(NotRated, other.NotRated, StringComparison.Ordinal)
                && string.Equals(DeterminedWithout, other.DeterminedWithout, StringComparison.Ordinal)
                && Modifiers.SequenceEqual(other.Modifiers, StringComparer.Ordinal)
                && Specialists.SequenceEqual(other.Specialists, StringComparer.Ordinal)
                && Facts.SequenceEqual(other.Facts, StringComparer.Ordinal)
                && Errors.SequenceEqual(other.Errors, StringComparer.Ordinal)));

    /// <summary>A hash of the language, heading and status.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Language, Heading, Status);

    internal static ItemExplanation Create(ItemResult result, ExplanationTexts texts)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(texts);
        return new ItemExplanation(result, texts);
    }

    // The scale of a lazy explanation (only the builders use it, and only a lazy explanation runs them).
    private ScaleDefinition Scale => texts!.Scale;

    private string? Lazy(ref string? field, Func<ItemExplanation, string?> build)
    {
        var value = field;
        if (ReferenceEquals(value, Unbuilt))
        {
            value = result is null ? null : build(this);
            field = value;
        }

        return value;
    }

    private ImmutableArray<string> Lazy(ref ImmutableArray<string> field, Func<ItemExplanation, ImmutableArray<string>> build)
    {
        var value = field;
        if (value.IsDefault)
        {
            value = result is null ? [] : build(this);
            field = value;
        }

        return value;
    }

    private string? BuildNextStep()
    {
        var language = Language;
        if (result!.NextAnchor is not { } next)
        {
            return null;
        }

        var text = next.Text.Get(language) + " → " + Int(next.Score);
        if (result.MeasuredValue is { } value && result.Definition.Measure is { } measure)
        {
            text += "; " + Scale.Label("now", language) + " " + FormatMeasure(value, measure, Scale, language);
        }

        return text;
    }

    private string? BuildPath() => result!.Path switch
    {
        ScoringPath.Programme => Scale.Label("programme", Language),
        ScoringPath.PerSpecialist => Scale.Label("perSpecialist", Language),
        _ => null,
    };

    private ImmutableArray<string> BuildModifiers()
    {
        var applied = result!.Modifiers;
        if (applied.IsDefaultOrEmpty)
        {
            return [];
        }

        var reasons = new string[applied.Length];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = applied[i].Reason.Get(Language);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(reasons);
    }

    private ImmutableArray<string> BuildSpecialists()
    {
        var language = Language;
        var definition = result!.Definition;
        var scale = Scale;
        if (result.Specialists.IsDefaultOrEmpty)
        {
            return [];
        }

        var lines = new string[result.Specialists.Length];
        for (var s = 0; s < lines.Length; s++)
        {
            var specialist = result.Specialists[s];
            var line = new StringBuilder(specialist.Label).Append(": ");
            if (specialist.Excluded)
            {
                line.Append(scale.Label("excluded", language));
                if (specialist.Reason is { } reason)
                {
                    line.Append(" — ").Append(reason.Get(language));
                }
            }
            else if (specialist.Score is { } score)
            {
                line.Append(Int(score));
                if (specialist.MeasuredValue is { } measured && definition.Measure is { } measure)
                {
                    line.Append(" (").Append(FormatMeasure(measured, measure, scale, language)).Append(')');
                }

                foreach (var modifier in specialist.Modifiers.IsDefault ? [] : specialist.Modifiers)
                {
                    line.Append("; ").Append(modifier.Reason.Get(language));
                }
            }
            else
            {
                line.Append(scale.Label("notRated", language));
                if (!specialist.MissingFacts.IsDefaultOrEmpty)
                {
                    line.Append(" — ").Append(scale.Label("missingFacts", language)).Append(": ").Append(FactLabels(definition, specialist.MissingFacts, language));
                    AppendPossible(line, specialist.PossibleScores, definition, scale, language);
                }
                else if (specialist.Reason is { } reason)
                {
                    line.Append(" — ").Append(reason.Get(language));
                }
            }

            if (!specialist.DeterminedWithout.IsDefaultOrEmpty)
            {
                line.Append(" — ").Append(scale.Label("determinedWithout", language)).Append(": ").Append(FactLabels(definition, specialist.DeterminedWithout, language));
            }

            lines[s] = line.ToString();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    private ImmutableArray<string> BuildFacts()
    {
        var given = result!.Facts;
        if (given.IsDefaultOrEmpty)
        {
            return [];
        }

        var lines = new string[given.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = DescribeFact(result.Definition, given[i], Scale, Language);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(lines);
    }

    private string? BuildNotRated()
    {
        if (result!.Status != ItemStatus.NotRated)
        {
            return null;
        }

        if (result.MissingFacts.IsDefaultOrEmpty)
        {
            return result.NotRatedReason?.Get(Language);
        }

        var text = new StringBuilder(Scale.Label("missingFacts", Language)).Append(": ").Append(FactLabels(result.Definition, result.MissingFacts, Language));
        AppendPossible(text, result.PossibleScores, result.Definition, Scale, Language);
        return text.ToString();
    }

    private string? BuildDeterminedWithout() =>
        result!.Status == ItemStatus.Rated && !result.DeterminedWithout.IsDefaultOrEmpty
            ? Scale.Label("determinedWithout", Language) + ": " + FactLabels(result.Definition, result.DeterminedWithout, Language)
            : null;

    /// <summary>Appends "; possible scores: 4–5" when the missing facts leave fewer scores than the item's range (policy 4).</summary>
    private static void AppendPossible(StringBuilder text, ScoreRange? possible, ItemDefinition definition, ScaleDefinition scale, ReportLanguage language)
    {
        var range = scale.ScoresOf(definition);
        if (possible is { } p && (p.Min != range.Min || p.Max != range.Max))
        {
            text.Append("; ").Append(scale.Label("possibleScores", language)).Append(": ").Append(Int(p.Min)).Append('–').Append(Int(p.Max));
        }
    }

    private ImmutableArray<string> BuildErrors()
    {
        var given = result!.Errors;
        if (given.IsDefaultOrEmpty)
        {
            return [];
        }

        var messages = new string[given.Length];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = FactErrorText.Describe(given[i], Scale, Language);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(messages);
    }

    /// <summary>Formats a fact value for display: numbers per language, element and level ids as their labels.</summary>
    /// <param name="definition">The item definition.</param>
    /// <param name="entry">The fact as given.</param>
    /// <param name="scale">The scale (for yes/no labels).</param>
    /// <param name="language">The language.</param>
    /// <returns>"Label: value".</returns>
    public static string DescribeFact(ItemDefinition definition, FactEntry entry, ScaleDefinition scale, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(scale);
        var fact = definition.FindFact(entry.Id);
        var label = fact?.Label.Get(language) ?? entry.Id;
        var value = entry.Value;
        string text;
        switch (value.Kind)
        {
            case FactKind.Number:
            case FactKind.Count:
                text = value.Number is { } n ? scale.FormatNumber(n, language) : "?";
                break;
            case FactKind.Elements:
                var parts = new List<string>();
                if (!value.Elements.IsDefault)
                {
                    foreach (var id in value.Elements)
                    {
                        var index = fact?.IndexOfElement(id) ?? -1;
                        parts.Add(index >= 0 ? fact!.Elements[index].Label.Get(language) : id);
                    }
                }

                text = parts.Count == 0 ? "—" : string.Join("; ", parts);
                break;
            case FactKind.Level:
                var levelIndex = fact?.IndexOfLevel(value.Level) ?? -1;
                text = levelIndex >= 0 ? fact!.Levels[levelIndex].Label.Get(language) : value.Level ?? "?";
                break;
            case FactKind.Flag:
                text = value.Flag switch { true => scale.Label("yes", language), false => scale.Label("no", language), null => "?" };
                break;
            default:
                text = "?";
                break;
        }

        // Derived facts are marked so a reader can tell records from a reviewer's findings.
        return entry.Origin == FactOrigin.Derived
            ? label + ": " + text + " (" + scale.Label("derivedFact", language) + ")"
            : label + ": " + text;
    }

    private static string FormatMeasure(double value, MeasureDefinition measure, ScaleDefinition scale, ReportLanguage language)
    {
        var unit = measure.Unit.Get(language);
        var number = scale.FormatNumber(value, language);
        return unit.Length == 0 ? number : number + " " + unit;
    }

    private static string FactLabels(ItemDefinition definition, ImmutableArray<string> ids, ReportLanguage language)
    {
        var labels = new List<string>(ids.Length);
        foreach (var id in ids)
        {
            labels.Add(definition.FindFact(id)?.Label.Get(language) ?? id);
        }

        return string.Join(", ", labels);
    }

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The texts besides heading and status, each built on first read.</summary>
    private sealed class Details
    {
#pragma warning disable SA1401 // fields: read and filled by reference from the lazy getters
        public string? Anchor = Unbuilt;
        public string? NextStep = Unbuilt;
        public string? Path = Unbuilt;
        public string? NotRated = Unbuilt;
        public string? DeterminedWithout = Unbuilt;
        public ImmutableArray<string> Modifiers;
        public ImmutableArray<string> Specialists;
        public ImmutableArray<string> Facts;
        public ImmutableArray<string> Errors;
#pragma warning restore SA1401

        public Details Copy() => (Details)MemberwiseClone();
    }
}
