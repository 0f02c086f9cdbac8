using System.Collections.Immutable;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using NodaTime;
using NodaTime.Text;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Writes one report in one format and language; one instance per call of <see cref="ReportRenderer.Render"/>.</summary>
internal sealed class ReportWriter
{
    private const string Dash = "—";
    private const string RangeDash = "–";

    private readonly FidelityReport report;
    private readonly ScaleDefinition scale;
    private readonly ReportLanguage language;
    private readonly bool markdown;
    private readonly StringBuilder output = new(8192);

    public ReportWriter(FidelityReport report, ReportFormat format, ReportLanguage language)
    {
        this.report = report;
        scale = report.Scale;
        this.language = language;
        markdown = format == ReportFormat.Markdown;
    }

    /// <summary>ISO-8601 (<c>yyyy-MM-dd</c>), invariant culture, ISO calendar.</summary>
    internal static string FormatDate(LocalDate date) =>
        LocalDatePattern.Iso.Format(date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso));

    /// <summary>An inclusive period: <c>2026-01-01 – 2026-06-30</c>.</summary>
    internal static string FormatPeriod(DateInterval period) =>
        FormatDate(period.Start) + " " + RangeDash + " " + FormatDate(period.End);

    internal static string Int(int value) => RenderedText.Int(value);

    private static string OneLine(string text) => RenderedText.OneLine(text);

    private static string Md(string text) => RenderedText.Md(text);

    public string Write()
    {
        WriteHeader();
        foreach (var section in report.Sections)
        {
            WriteSection(section);
        }

        WriteTotal();
        WriteMissingAndErrors();
        WriteWarnings();
        WritePolicies();
        return output.ToString();
    }

    private string Label(string id) => scale.Label(id, language);

    private void WriteHeader()
    {
        var title = Label("reportTitle") + ": " + scale.Name.Get(language);
        if (markdown)
        {
            Line("# " + Md(title));
            Line();
        }
        else
        {
            Line(title);
            Line(new string('=', title.Length));
            Line();
        }

        Field("programmeLabel", OneLine(report.ProgrammeLabel));
        Field("reviewDate", FormatDate(report.ReviewDate));
        if (report.ReviewPeriod is { } period)
        {
            Field("reviewPeriod", FormatPeriod(period));
        }

        Field("scale", report.ScaleId);
        Field("edition", scale.EditionIn(language));
        Field("revision", report.Revision);
        Field("engineVersion", report.EngineVersion);
        Field("language", language.Code);
    }

    private void WriteSection(SectionTotal total)
    {
        var section = total.Section;
        Heading(section.Name.Get(language) + " (" + Label("items") + " " + Int(section.FirstItem) + RangeDash + Int(section.LastItem) + ")");
        if (markdown)
        {
            Line("| " + Label("number") + " | " + Label("item") + " | " + Label("score") + " | " + Label("anchor") + " | " + Label("next") + " |");
            Line("|---:|---|---|---|---|");
        }

        foreach (var item in report.Items)
        {
            if (string.Equals(item.Definition.Section, section.Id, StringComparison.Ordinal))
            {
                WriteItem(item);
            }
        }

        var summary = total.Summary;
        var subtotal = Label("subtotal") + " " + section.Name.Get(language) + ": " + Int(summary.RatedSum)
            + " (" + Label("ratedItems") + ": " + Int(summary.RatedCount) + "/" + Int(summary.ItemCount) + ")";
        if (markdown)
        {
            Line();
            Line("**" + Md(subtotal) + "**");
        }
        else
        {
            Line();
            Line(subtotal);
        }
    }

    private void WriteItem(ItemResult item)
    {
        var explanation = item.Explain(scale, language);
        var number = Int(item.Item);
        var name = item.Definition.Name.Get(language);
        var perSpecialist = item.Path == ScoringPath.PerSpecialist && explanation.Specialists.Length > 0;
        if (markdown)
        {
            var score = item.Status == ItemStatus.Rated && item.Score is { } s ? Int(s) : explanation.Status;
            var nameCell = Cell(name);
            if (perSpecialist)
            {
                nameCell += "<br>*" + Cell(Label("perSpecialist")) + ":*";
                foreach (var specialist in explanation.Specialists)
                {
                    nameCell += "<br>" + Cell(specialist);
                }
            }

            foreach (var modifier in explanation.Modifiers)
            {
                nameCell += "<br>*" + Cell(Label("modifier") + ": " + modifier) + "*";
            }

            if (explanation.DeterminedWithout is { } without)
            {
                nameCell += "<br>*" + Cell(without) + "*";
            }

            foreach (var facts in DerivedFactLines(item, explanation))
            {
                nameCell += "<br>*" + Cell(Label("facts") + ":* " + facts);
            }

            Line("| " + number + " | " + nameCell + " | " + Cell(score) + " | " + Cell(explanation.Anchor ?? Dash) + " | " + Cell(explanation.NextStep ?? Dash) + " |");
            return;
        }

        Line(number.PadLeft(2) + "  " + OneLine(name) + ": " + explanation.Status);
        if (explanation.Anchor is { } anchor)
        {
            Line("    " + Label("anchor") + ": " + OneLine(anchor));
        }

        if (explanation.NextStep is { } next)
        {
            Line("    " + Label("next") + ": " + OneLine(next));
        }

        if (perSpecialist)
        {
            Line("    " + Label("perSpecialist") + ":");
            foreach (var specialist in explanation.Specialists)
            {
                Line("      " + OneLine(specialist));
            }
        }

        foreach (var modifier in explanation.Modifiers)
        {
            Line("    " + Label("modifier") + ": " + OneLine(modifier));
        }

        if (explanation.DeterminedWithout is { } determinedWithout)
        {
            Line("    " + OneLine(determinedWithout));
        }

        foreach (var facts in DerivedFactLines(item, explanation))
        {
            Line("    " + Label("facts") + ": " + OneLine(facts));
        }
    }

    /// <summary>
    /// When any of the item's facts was derived from records, its facts listed with their origin marked (programme
    /// facts, then one line per specialist); nothing otherwise, so reviewer-only reports stay as they were.
    /// </summary>
    private List<string> DerivedFactLines(ItemResult item, ItemExplanation explanation)
    {
        var lines = new List<string>();
        if (!HasDerived(item.Facts) && !AnySpecialistHasDerived(item))
        {
            return lines;
        }

        if (!explanation.Facts.IsEmpty)
        {
            lines.Add(string.Join("; ", explanation.Facts));
        }

        foreach (var specialist in item.Specialists)
        {
            var described = new List<string>(specialist.Facts.Length);
            foreach (var entry in specialist.Facts)
            {
                described.Add(ItemExplanation.DescribeFact(item.Definition, entry, scale, language));
            }

            if (described.Count > 0)
            {
                lines.Add(specialist.Label + ": " + string.Join("; ", described));
            }
        }

        return lines;
    }

    private static bool AnySpecialistHasDerived(ItemResult item)
    {
        foreach (var specialist in item.Specialists)
        {
            if (HasDerived(specialist.Facts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDerived(ImmutableArray<FactEntry> facts)
    {
        foreach (var entry in facts)
        {
            if (entry.Origin == FactOrigin.Derived)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteTotal()
    {
        var total = report.Total;
        Heading(Label("total"));
        if (total.IsComplete)
        {
            Field("total", Int(total.RatedSum));
        }
        else
        {
            Field("ratedSum", Int(total.RatedSum));
            Field("possibleRange", Int(total.LowestPossible) + RangeDash + Int(total.HighestPossible));
        }

        Field("ratedItems", Int(total.RatedCount) + "/" + Int(total.ItemCount));
        if (report.Level is { } level)
        {
            Field("level", LevelText(level));
            return;
        }

        // The levels the possible totals reach, lowest first.
        var reached = new List<LevelDefinition>();
        foreach (var candidate in scale.Levels)
        {
            if (candidate.MaxTotal >= total.LowestPossible && candidate.MinTotal <= total.HighestPossible)
            {
                reached.Add(candidate);
            }
        }

        reached.Sort(static (a, b) => a.MinTotal.CompareTo(b.MinTotal));
        var spanned = reached.ConvertAll(LevelText);

        var why = Label("levelUndetermined");
        if (spanned.Count > 0)
        {
            why += " " + Dash + " " + Label("possibleRange") + " " + Int(total.LowestPossible) + RangeDash + Int(total.HighestPossible) + ": " + string.Join(", ", spanned);
        }

        Field("level", why);
    }

    private string LevelText(LevelDefinition level) =>
        level.Name.Get(language) + " (" + Int(level.MinTotal) + RangeDash + Int(level.MaxTotal) + ")";

    private void WriteMissingAndErrors()
    {
        Heading(Label("missingAndErrors"));
        var any = false;
        foreach (var item in report.Items)
        {
            if (item.Status == ItemStatus.Rated)
            {
                continue;
            }

            any = true;
            var explanation = item.Explain(scale, language);
            if (item.Status == ItemStatus.NotRated)
            {
                Bullet(explanation.Heading, explanation.NotRated ?? Label("notRated"));
                continue;
            }

            Bullet(explanation.Heading, Label("invalid"));
            foreach (var error in item.Errors)
            {
                SubBullet(FactErrorText.Describe(error, scale, language));
            }
        }

        if (report.InputErrors.Length > 0)
        {
            any = true;
            Bullet(Label("inputErrors"), null);
            foreach (var error in report.InputErrors)
            {
                SubBullet(FactErrorText.Describe(error, scale, language));
            }
        }

        if (!any)
        {
            Line(Label("noMissingOrErrors"));
        }
    }

    /// <summary>The plausibility warnings, by item; nothing when there are none, so reports without them stay as they were.</summary>
    private void WriteWarnings()
    {
        var warnings = report.Warnings;
        if (warnings.IsEmpty)
        {
            return;
        }

        Heading(Label("warnings"));
        var item = -1;
        foreach (var warning in warnings)
        {
            if (warning.Item != item)
            {
                item = warning.Item;
                var definition = scale.FindItem(item);
                Bullet(Label("item") + " " + Int(item) + (definition is null ? string.Empty : " " + definition.Name.Get(language)), null);
            }

            SubBullet(WarningText.Describe(warning, scale, language) + " (" + warning.Code + ")");
        }
    }

    private void WritePolicies()
    {
        Heading(Label("policies"));
        foreach (var policy in report.Policies)
        {
            Line("- " + (markdown ? Md(policy.Text.Get(language)) : OneLine(policy.Text.Get(language))));
        }
    }

    private void Heading(string text)
    {
        Line();
        if (markdown)
        {
            Line("## " + Md(text));
            Line();
            return;
        }

        Line(text);
        Line(new string('-', text.Length));
    }

    private void Field(string labelId, string value)
    {
        if (markdown)
        {
            Line("- **" + Md(Label(labelId)) + ":** " + Md(value));
        }
        else
        {
            Line(Label(labelId) + ": " + OneLine(value));
        }
    }

    private void Bullet(string heading, string? text)
    {
        if (markdown)
        {
            Line("- **" + Md(heading) + (text is null ? ":**" : ":** " + Md(text)));
        }
        else
        {
            Line("- " + OneLine(heading) + ":" + (text is null ? string.Empty : " " + OneLine(text)));
        }
    }

    private void SubBullet(string text) => Line("  - " + (markdown ? Md(text) : OneLine(text)));

    private void Line(string text = "") => output.Append(text).Append('\n');

    /// <summary>Markdown inside a table cell.</summary>
    private static string Cell(string text) => Md(text);
}
