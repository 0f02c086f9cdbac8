using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>Validates review facts against a scale definition before scoring, with the engine's own checks and codes.</summary>
/// <remarks>
/// <para>
/// The checks are driven by each item's declared facts (kind, domain, elements, levels) and constraints, and are the
/// same ones <see cref="FidelityEngine"/> runs: a review this validator accepts scores without invalid items.
/// Each failure has the error code as <see cref="ValidationFailure.ErrorCode"/>, a path such as
/// <c>items[1].facts.fullTimeEquivalents</c> or <c>items[16].specialists[2].facts.jobSeekers</c> (the path in the JSON
/// facts document, where programme facts are <c>facts</c>) as its property name, and the <see cref="FactError"/> as custom state.
/// </para>
/// <para>The engine does not need this validator: it never throws for bad facts. Thread-safe.</para>
/// </remarks>
public sealed class ReviewFactsValidator : AbstractValidator<ReviewFacts>
{
    private readonly CompiledScale compiled;

    /// <summary>Creates a validator for <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale definition.</param>
    public ReviewFactsValidator(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        compiled = new CompiledScale(scale);
        RuleFor(x => x.ProgrammeLabel).NotEmpty().WithErrorCode(FactErrorCodes.MissingProgrammeLabel).WithMessage("The programme label is missing or blank.");
        RuleFor(x => x).Custom(CheckItems);
    }

    /// <summary>A validator for the embedded IPS-25 definition (public as <c>Ips25Scale.Validator</c>).</summary>
    internal static ReviewFactsValidator Ips25 { get; } = new(ScaleDefinition.Ips25);

    /// <summary>
    /// The plausibility warnings the scale's declared checks find in <paramref name="facts"/>: the same ones, in the same
    /// order, as the report of <see cref="FidelityEngine.Score"/> carries (<c>FidelityReport.Warnings</c>). Warnings are
    /// not validation failures: a review with warnings is still valid. Facts of an item with errors are not checked.
    /// </summary>
    /// <param name="facts">The review facts.</param>
    /// <returns>The warnings, in item order (empty when there are none).</returns>
    /// <example>
    /// <code>
    /// foreach (var warning in Ips25Scale.Validator.Warnings(facts))
    /// {
    ///     Console.WriteLine(warning.Code + " at " + warning.Path);   // Warning.PercentLooksLikeFraction at items[1].facts.employmentServicesTimePercent
    /// }
    /// </code>
    /// </example>
    public ImmutableArray<FactWarning> Warnings(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (compiled.CheckedItems.Length == 0)
        {
            return [];
        }

        // Per item position: whether its facts were accepted (given once, no error), and where.
        var accepted = new int[compiled.Items.Length];
        Array.Fill(accepted, -1);
        Walk(facts, null, accepted);
        List<FactWarning>? warnings = null;
        var periodDays = PlausibilityChecks.PeriodDays(facts);
        foreach (var index in compiled.CheckedItems)
        {
            if (accepted[index] >= 0)
            {
                PlausibilityChecks.EvaluateItem(compiled, index, facts.Items[accepted[index]], accepted[index], periodDays, ref warnings);
            }
        }

        return warnings is null ? [] : [.. warnings];
    }

    private void CheckItems(ReviewFacts facts, ValidationContext<ReviewFacts> context) => Walk(facts, context, null);

    /// <summary>
    /// Checks every item entry, reporting failures to <paramref name="context"/> when given; records in
    /// <paramref name="accepted"/> (when given) the position of each item given once without errors, and -2 for an item given twice.
    /// </summary>
    private void Walk(ReviewFacts facts, ValidationContext<ReviewFacts>? context, int[]? accepted)
    {
        var items = facts.Items;
        var seen = new HashSet<int>();
        for (var i = 0; i < items.Length; i++)
        {
            var itemFacts = items[i];
            var path = "items[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (itemFacts is null)
            {
                // The engine reports a null entry as an input error (item -1), so the validator must not accept it.
                Add(context, path, () => FactChecks.Error(-1, FactErrorCodes.UnknownItem, null, null, null, "an item entry, not null"));
                continue;
            }

            var index = compiled.IndexOf(itemFacts.Item);
            if (index < 0)
            {
                Add(context, path + ".item", () => FactChecks.Error(itemFacts.Item, FactErrorCodes.UnknownItem, null, null, itemFacts.Item.ToString(System.Globalization.CultureInfo.InvariantCulture), "an item number of the scale"));
                continue;
            }

            if (!seen.Add(itemFacts.Item))
            {
                // The engine makes an item given twice invalid, both entries.
                if (accepted is not null)
                {
                    accepted[index] = -2;
                }

                Add(context, path + ".item", () => FactChecks.Error(itemFacts.Item, FactErrorCodes.DuplicateItem, null, null, null, "each item given once"));
                continue;
            }

            var item = compiled.Items[index];
            var programme = itemFacts.Programme;
            var specialists = itemFacts.Specialists;
            if (!programme.IsEmpty && !specialists.IsEmpty)
            {
                Add(context, path, () => FactChecks.Error(item.Number, FactErrorCodes.BothProgrammeAndSpecialists, null, null, null, "give programme facts or per-specialist facts, not both"));
                continue;
            }

            if (!specialists.IsEmpty && !item.Definition.PerSpecialist)
            {
                Add(context, path + ".specialists", () => FactChecks.Error(item.Number, FactErrorCodes.NotPerSpecialist, null, null, null, "this item is rated for the programme as a whole; give programme facts"));
                continue;
            }

            var clean = true;
            var slots = new int[item.FactIds.Length];
            List<FactError>? errors = null;
            clean &= FactChecks.Check(item, programme.AsSpan(), null, slots, ref errors);
            AddFactErrors(context, errors, path, -1);
            for (var s = 0; s < specialists.Length; s++)
            {
                // The same label rules as the engine (FidelityEngine.ScoreSpecialists): non-empty, unique within the item.
                var specialist = specialists[s];
                if (specialist is null || string.IsNullOrEmpty(specialist.Label))
                {
                    clean = false;
                    Add(context, SpecialistPath(path, s) + ".label", () => FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, null, null, "every specialist has a non-empty label"));
                    continue;
                }

                for (var t = 0; t < s; t++)
                {
                    if (string.Equals(specialists[t]?.Label, specialist.Label, StringComparison.Ordinal))
                    {
                        clean = false;
                        Add(context, SpecialistPath(path, s) + ".label", () => FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, specialist.Label, null, "specialist labels are unique within an item"));
                        break;
                    }
                }

                clean &= FactChecks.Check(item, specialist.Facts.AsSpan(), specialist.Label, slots, ref errors);
                AddFactErrors(context, errors, path, s);
            }

            if (accepted is not null && clean && accepted[index] == -1)
            {
                accepted[index] = i;
            }
        }
    }

    /// <summary>
    /// Reports the fact errors collected for the programme (<paramref name="specialist"/> -1) or one specialist, and
    /// clears the list. Paths are built only when there is an error: a valid review allocates none.
    /// </summary>
    private static void AddFactErrors(ValidationContext<ReviewFacts>? context, List<FactError>? errors, string itemPath, int specialist)
    {
        if (errors is null || errors.Count == 0)
        {
            return;
        }

        if (context is null)
        {
            errors.Clear();
            return;
        }

        var owner = specialist < 0 ? itemPath + ".facts" : SpecialistPath(itemPath, specialist) + ".facts";
        foreach (var error in errors)
        {
            Add(context, error.FactId is null ? owner : owner + "." + error.FactId, error);
        }

        errors.Clear();
    }

    private static string SpecialistPath(string itemPath, int index) =>
        itemPath + ".specialists[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static void Add(ValidationContext<ReviewFacts>? context, string path, Func<FactError> error)
    {
        if (context is not null)
        {
            Add(context, path, error());
        }
    }

    private static void Add(ValidationContext<ReviewFacts> context, string path, FactError error) =>
        context.AddFailure(new ValidationFailure(path, error.Message, error.Value) { ErrorCode = error.Code, CustomState = error });
}
