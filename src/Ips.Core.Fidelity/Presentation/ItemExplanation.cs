using System.Collections.Immutable;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>An item result put into words in one language: built on demand from the result and the definition.</summary>
/// <remarks>
/// Scoring never formats text; this is where the sentences are made (lazily, per call of
/// <see cref="ExplanationExtensions.Explain(ItemResult, Ips.Core.Fidelity.Definition.ScaleDefinition, ReportLanguage)"/>). Numbers use the definition's number formats, so the output is the same on
/// every machine. A renderer (text, Markdown) can lay these parts out as it likes.
/// </remarks>
public sealed record ItemExplanation
{
    /// <summary>The language of the texts.</summary>
    public ReportLanguage Language { get; init; }

    /// <summary>"Item 17 Frequent employer contact".</summary>
    public required string Heading { get; init; }

    /// <summary>"Score 4", "Not rated" or "Invalid facts".</summary>
    public required string Status { get; init; }

    /// <summary>The matched anchor's text, when rated.</summary>
    public string? Anchor { get; init; }

    /// <summary>What the next anchor needs and where the item stands now: "5 contacts a week, log reviewed weekly → 4; now 4.2 a week".</summary>
    public string? NextStep { get; init; }

    /// <summary>The scoring path: "Programme as a whole" or "Per specialist".</summary>
    public string? Path { get; init; }

    /// <summary>The reasons of modifiers that changed the score.</summary>
    public ImmutableArray<string> Modifiers { get => modifiers; init => modifiers = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<string> modifiers = [];

    /// <summary>One line per specialist: "ES 1: 4", "ES 2: Left out — …".</summary>
    public ImmutableArray<string> Specialists { get => specialists; init => specialists = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<string> specialists = [];

    /// <summary>One line per fact given (programme path): "In-person employer contacts a week: 4,2".</summary>
    public ImmutableArray<string> Facts { get => facts; init => facts = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<string> facts = [];

    /// <summary>"Missing facts: …" with the facts' labels, or the not-rated reason.</summary>
    public string? NotRated { get; init; }

    /// <summary>The error messages (invariant English), when invalid.</summary>
    public ImmutableArray<string> Errors { get => errors; init => errors = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<string> errors = [];

    internal static ItemExplanation Create(ItemResult result, ScaleDefinition scale, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scale);
        var definition = result.Definition;
        var heading = scale.Label("item", language) + " " + Int(definition.Number) + " " + definition.Name.Get(language);
        var status = result.Status switch
        {
            ItemStatus.Rated => scale.Label("score", language) + " " + Int(result.Score ?? 0),
            ItemStatus.NotRated => scale.Label("notRated", language),
            _ => scale.Label("invalid", language),
        };

        string? nextStep = null;
        if (result.NextAnchor is { } next)
        {
            nextStep = next.Text.Get(language) + " → " + Int(next.Score);
            if (result.MeasuredValue is { } value && definition.Measure is { } measure)
            {
                nextStep += "; " + scale.Label("now", language) + " " + FormatMeasure(value, measure, scale, language);
            }
        }

        var modifiers = ImmutableArray.CreateBuilder<string>();
        AddModifiers(modifiers, result.Modifiers, language);

        var specialists = ImmutableArray.CreateBuilder<string>();
        if (!result.Specialists.IsDefault)
        {
            foreach (var specialist in result.Specialists)
            {
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
                    }
                    else if (specialist.Reason is { } reason)
                    {
                        line.Append(" — ").Append(reason.Get(language));
                    }
                }

                specialists.Add(line.ToString());
            }
        }

        var facts = ImmutableArray.CreateBuilder<string>();
        if (!result.Facts.IsDefault)
        {
            foreach (var entry in result.Facts)
            {
                facts.Add(DescribeFact(definition, entry, scale, language));
            }
        }

        string? notRated = null;
        if (result.Status == ItemStatus.NotRated)
        {
            notRated = !result.MissingFacts.IsDefaultOrEmpty
                ? scale.Label("missingFacts", language) + ": " + FactLabels(definition, result.MissingFacts, language)
                : result.NotRatedReason?.Get(language);
        }

        var errors = ImmutableArray.CreateBuilder<string>();
        if (!result.Errors.IsDefault)
        {
            foreach (var error in result.Errors)
            {
                errors.Add(error.Message);
            }
        }

        return new ItemExplanation
        {
            Language = language,
            Heading = heading,
            Status = status,
            Anchor = result.MatchedAnchor?.Text.Get(language),
            NextStep = nextStep,
            Path = result.Path switch
            {
                ScoringPath.Programme => scale.Label("programme", language),
                ScoringPath.PerSpecialist => scale.Label("perSpecialist", language),
                _ => null,
            },
            Modifiers = modifiers.ToImmutable(),
            Specialists = specialists.ToImmutable(),
            Facts = facts.ToImmutable(),
            NotRated = notRated,
            Errors = errors.ToImmutable(),
        };
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

    private static void AddModifiers(ImmutableArray<string>.Builder target, ImmutableArray<AppliedModifier> modifiers, ReportLanguage language)
    {
        if (modifiers.IsDefault)
        {
            return;
        }

        foreach (var modifier in modifiers)
        {
            target.Add(modifier.Reason.Get(language));
        }
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
}
