using System.Globalization;
using System.Text;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>
/// Checks one fact set against the item's declared facts, driven only by the declared kinds and domains, and
/// resolves each entry to its slot. Allocates nothing when the facts are valid; errors are collected lazily. With
/// <c>collect</c> false (scores only) the first problem ends the check and no error is recorded.
/// </summary>
internal static class FactChecks
{
    /// <summary>
    /// Error messages are invariant English for logs (the engine's policy, like its error codes): a constraint's message
    /// is taken in English when the definition has it, else in the definition's first language.
    /// </summary>
    private static readonly Ips.Core.Fidelity.Localization.ReportLanguage MessageLanguage = Ips.Core.Fidelity.Localization.ReportLanguage.FromCode("en");

    public static bool Check(CompiledItem item, ReadOnlySpan<FactEntry> entries, string? specialist, Span<int> slots, ref List<FactError>? errors, bool collect = true)
    {
        slots.Fill(-1);
        var valid = true;
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var entry = ref entries[i];
            var slot = item.SlotOf(entry.Id);
            if (slot < 0)
            {
                if (!collect)
                {
                    return false;
                }

                Add(ref errors, item, FactErrorCodes.UnknownFact, entry.Id, specialist, entry.Value.ToString(), "a fact declared on the item: " + string.Join(", ", item.FactIds) + Hint(entry.Id, item.FactIds));
                valid = false;
                continue;
            }

            if (slots[slot] >= 0)
            {
                if (!collect)
                {
                    return false;
                }

                Add(ref errors, item, FactErrorCodes.DuplicateFact, entry.Id, specialist, entry.Value.ToString(), "each fact given once");
                valid = false;
                continue;
            }

            slots[slot] = i;
            if (!CheckValue(item, slot, entry.Value, specialist, ref errors, collect))
            {
                if (!collect)
                {
                    return false;
                }

                valid = false;
            }
        }

        if (valid && item.Constraints.Length > 0)
        {
            var facts = new FactSet(entries, slots);
            foreach (var (definition, condition) in item.Constraints)
            {
                if (condition.Evaluate(facts) == Truth.False)
                {
                    if (!collect)
                    {
                        return false;
                    }

                    Add(ref errors, item, definition.Code, null, specialist, Given(entries), definition.Message.Get(MessageLanguage));
                    valid = false;
                }
            }
        }

        return valid;
    }

    /// <summary>Fills <paramref name="slots"/> for facts already checked by <see cref="Check"/>.</summary>
    public static void Resolve(CompiledItem item, ReadOnlySpan<FactEntry> entries, Span<int> slots)
    {
        slots.Fill(-1);
        for (var i = 0; i < entries.Length; i++)
        {
            var slot = item.SlotOf(entries[i].Id);
            if (slot >= 0 && slots[slot] < 0)
            {
                slots[slot] = i;
            }
        }
    }

    public static FactError Error(int item, string code, string? factId, string? specialist, string? value, string rule)
    {
        var message = new StringBuilder("Item ").Append(item.ToString(CultureInfo.InvariantCulture));
        if (specialist is not null)
        {
            message.Append(", specialist '").Append(specialist).Append('\'');
        }

        if (factId is not null)
        {
            message.Append(", fact '").Append(factId).Append('\'');
        }

        if (value is not null)
        {
            message.Append(": value ").Append(value);
        }

        message.Append(" breaks the rule: ").Append(rule).Append(" (").Append(code).Append(").");
        return new FactError(code, item, factId, specialist, value, rule, message.ToString());
    }

    // With collect false a failing check records nothing (Fail returns false); only an invalid value pays for its rule text.
    private static bool CheckValue(CompiledItem item, int slot, in FactValue value, string? specialist, ref List<FactError>? errors, bool collect)
    {
        var fact = item.Facts[slot];
        switch (fact.Kind)
        {
            case FactKind.Number:
            case FactKind.Count:
                if (value.Kind is not (FactKind.Number or FactKind.Count) || value.Number is not { } number)
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.WrongKind, fact, specialist, value, fact.Kind == FactKind.Count ? "a count value" : "a number value");
                }

                if (!double.IsFinite(number))
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.NotANumber, fact, specialist, value, "a finite number");
                }

                if (fact.Min is { } min && (fact.MinExclusive ? number <= min : number < min))
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.BelowMinimum, fact, specialist, value, collect ? DomainText(fact) : string.Empty);
                }

                if (fact.Max is { } max && (fact.MaxExclusive ? number >= max : number > max))
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.AboveMaximum, fact, specialist, value, collect ? DomainText(fact) : string.Empty);
                }

                if (fact.Kind == FactKind.Count && Math.Floor(number) != number)
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.NotAWholeNumber, fact, specialist, value, "a whole number");
                }

                return true;
            case FactKind.Elements:
                if (value.Kind != FactKind.Elements)
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.WrongKind, fact, specialist, value, "a set of elements");
                }

                if (value.Elements.IsDefault)
                {
                    return true;
                }

                var ok = true;
                var ids = item.ElementIds[slot];
                var seen = 0UL; // elements given so far, by index (lists of up to 64 elements; longer ones compare strings)
                for (var i = 0; i < value.Elements.Length; i++)
                {
                    var element = value.Elements[i];
                    var index = IdLookup.Of(ids, element);
                    if (index < 0)
                    {
                        ok = Fail(ref errors, collect, item, FactErrorCodes.UnknownElement, fact, specialist, element ?? "null", collect ? "one of the elements " + Options(fact.Elements) + Hint(element, ids) : string.Empty);
                        continue;
                    }

                    if (index < 64)
                    {
                        var bit = 1UL << index;
                        if ((seen & bit) != 0)
                        {
                            ok = Fail(ref errors, collect, item, FactErrorCodes.DuplicateElement, fact, specialist, element, "each element given once");
                        }

                        seen |= bit;
                        continue;
                    }

                    for (var j = 0; j < i; j++)
                    {
                        if (string.Equals(value.Elements[j], element, StringComparison.Ordinal))
                        {
                            ok = Fail(ref errors, collect, item, FactErrorCodes.DuplicateElement, fact, specialist, element, "each element given once");
                            break;
                        }
                    }
                }

                return ok;
            case FactKind.Level:
                if (value.Kind != FactKind.Level || value.Level is null)
                {
                    return Fail(ref errors, collect, item, FactErrorCodes.WrongKind, fact, specialist, value, "a level value");
                }

                return IdLookup.Of(item.LevelIds[slot], value.Level) >= 0
                    || Fail(ref errors, collect, item, FactErrorCodes.UnknownLevel, fact, specialist, value.Level, collect ? "one of the levels " + Options(fact.Levels) + Hint(value.Level, item.LevelIds[slot]) : string.Empty);
            case FactKind.Flag:
                return (value.Kind == FactKind.Flag && value.Flag is not null)
                    || Fail(ref errors, collect, item, FactErrorCodes.WrongKind, fact, specialist, value, "a flag value (true or false)");
            default:
                return Fail(ref errors, collect, item, FactErrorCodes.WrongKind, fact, specialist, value, "a known kind");
        }
    }

    /// <summary>" (did you mean 'weekly'?)" when the id given is a near miss of one of the definition's <paramref name="ids"/>; else empty.</summary>
    internal static string Hint(string? given, string[] ids) =>
        NearMiss.Find(given, ids) is { } id ? " (did you mean '" + id + "'?)" : string.Empty;

    private static string DomainText(FactDefinition fact)
    {
        var min = fact.Min is { } lo ? Ips.Core.Fidelity.Localization.FidelityNumberFormat.FormatInvariant(lo) : null;
        var max = fact.Max is { } hi ? Ips.Core.Fidelity.Localization.FidelityNumberFormat.FormatInvariant(hi) : null;
        var lower = min is null ? null : (fact.MinExclusive ? "greater than " : "at least ") + min;
        var upper = max is null ? null : (fact.MaxExclusive ? "less than " : "at most ") + max;
        return lower is not null && upper is not null ? lower + " and " + upper : lower ?? upper ?? "any number";
    }

    private static string Options(System.Collections.Immutable.ImmutableArray<OptionDefinition> options)
    {
        var ids = new List<string>(options.Length);
        foreach (var option in options)
        {
            ids.Add(option.Id);
        }

        return string.Join(", ", ids);
    }

    private static string Given(ReadOnlySpan<FactEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(entry.Id).Append('=').Append(entry.Value.ToString());
        }

        return text.ToString();
    }

    private static bool Fail(ref List<FactError>? errors, bool collect, CompiledItem item, string code, FactDefinition fact, string? specialist, FactValue value, string rule) =>
        Fail(ref errors, collect, item, code, fact, specialist, collect ? value.ToString() : string.Empty, rule);

    private static bool Fail(ref List<FactError>? errors, bool collect, CompiledItem item, string code, FactDefinition fact, string? specialist, string value, string rule)
    {
        if (collect)
        {
            Add(ref errors, item, code, fact.Id, specialist, value, rule);
        }

        return false;
    }

    private static void Add(ref List<FactError>? errors, CompiledItem item, string code, string? factId, string? specialist, string? value, string rule)
    {
        errors ??= [];
        errors.Add(Error(item.Number, code, factId, specialist, value, rule));
    }
}
