using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Writes one comparison in one format and language; one instance per call of <see cref="ReviewComparison.Render"/>.</summary>
internal sealed class ComparisonWriter
{
    private const string Arrow = "→";
    private const string Dash = "—";

    private readonly ReviewComparisonResult comparison;
    private readonly ScaleDefinition scale;
    private readonly ReportLanguage language;
    private readonly bool markdown;
    private readonly StringBuilder output = new(4096);

    public ComparisonWriter(ReviewComparisonResult comparison, bool markdown, ReportLanguage language)
    {
        this.comparison = comparison;
        scale = comparison.Scale;
        this.markdown = markdown;
        this.language = language;
    }

    public string Write()
    {
        WriteHeader();
        WriteTotals();
        WriteSections();
        WriteItems();
        WriteFacts();
        return output.ToString();
    }

    private static string Int(int value) => RenderedText.Int(value);

    private static string Signed(int value) => value > 0 ? "+" + Int(value) : Int(value);

    private string Label(string id) => scale.Label(id, language);

    private void WriteHeader()
    {
        var title = Label("comparisonTitle") + ": " + scale.Name.Get(language);
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

        var before = comparison.Before;
        var after = comparison.After;
        if (comparison.SameProgramme)
        {
            Field(Label("programmeLabel"), OneLine(after.ProgrammeLabel));
        }
        else
        {
            Field(Label("programmeLabel") + " (" + Label("before") + ")", OneLine(before.ProgrammeLabel));
            Field(Label("programmeLabel") + " (" + Label("after") + ")", OneLine(after.ProgrammeLabel));
        }

        Field(Label("before"), ReportWriter.FormatDate(before.ReviewDate) + (before.ReviewPeriod is { } p1 ? " (" + Label("reviewPeriod") + " " + ReportWriter.FormatPeriod(p1) + ")" : string.Empty));
        Field(Label("after"), ReportWriter.FormatDate(after.ReviewDate) + (after.ReviewPeriod is { } p2 ? " (" + Label("reviewPeriod") + " " + ReportWriter.FormatPeriod(p2) + ")" : string.Empty));
        Field(Label("daysBetween"), Int(comparison.DaysBetween));
        Field(Label("scale"), after.ScaleId);
        Field(Label("revision"), comparison.SameRevision ? after.Revision : before.Revision + " " + Arrow + " " + after.Revision);
        Field(Label("engineVersion"), string.Equals(before.EngineVersion, after.EngineVersion, StringComparison.Ordinal) ? after.EngineVersion : before.EngineVersion + " " + Arrow + " " + after.EngineVersion);
        Line();

        var warned = false;
        if (!comparison.SameProgramme)
        {
            Warning("differentProgrammes");
            warned = true;
        }

        if (!comparison.SameRevision)
        {
            Warning("differentRevisions");
            warned = true;
        }

        if (!comparison.InOrder)
        {
            Warning("afterIsEarlier");
            warned = true;
        }

        if (warned)
        {
            Line();
        }
    }

    private void Warning(string id) => Line(markdown ? "> **" + Md(Label(id)) + "**" : "!! " + Label(id));

    private void WriteTotals()
    {
        var total = comparison.Total;
        Field(Label("total"), Summary(total.Before) + " " + Arrow + " " + Summary(total.After) + " (" + Signed(total.Delta) + ")");
        var level = LevelName(comparison.LevelBefore) + " " + Arrow + " " + LevelName(comparison.LevelAfter);
        var direction = comparison.LevelDirection switch
        {
            ChangeDirection.Up => Label("levelUp"),
            ChangeDirection.Down => Label("levelDown"),
            ChangeDirection.Unchanged => Label("unchanged"),
            _ => null,
        };
        Field(Label("level"), direction is null ? level : level + " (" + direction + ")");
        Line();
    }

    private string Summary(Ips.Core.Fidelity.Results.ScoreSummary summary) =>
        summary.IsComplete
            ? Int(summary.RatedSum)
            : Int(summary.RatedSum) + " [" + Label("ratedItems") + " " + Int(summary.RatedCount) + "/" + Int(summary.ItemCount) + "; " + Label("possibleRange") + " " + Int(summary.LowestPossible) + "–" + Int(summary.HighestPossible) + "]";

    private string LevelName(LevelDefinition? level) => level?.Name.Get(language) ?? Label("levelUndetermined");

    private void WriteSections()
    {
        Heading(Label("sectionChanges"));
        if (markdown)
        {
            Line("| " + Label("section") + " | " + Label("before") + " | " + Label("after") + " | " + Label("change") + " |");
            Line("|---|---:|---:|---:|");
            foreach (var section in comparison.Sections)
            {
                Line("| " + Md(section.Section!.Name.Get(language)) + " | " + Md(Summary(section.Before)) + " | " + Md(Summary(section.After)) + " | " + Signed(section.Delta) + " |");
            }
        }
        else
        {
            foreach (var section in comparison.Sections)
            {
                Line(section.Section!.Name.Get(language) + ": " + Summary(section.Before) + " " + Arrow + " " + Summary(section.After) + " (" + Signed(section.Delta) + ")");
            }
        }

        Line();
    }

    private void WriteItems()
    {
        Heading(Label("itemChanges"));
        if (markdown)
        {
            Line("| " + Label("number") + " | " + Label("item") + " | " + Label("before") + " | " + Label("after") + " | " + Label("change") + " |");
            Line("|---:|---|---:|---:|---:|");
            foreach (var item in comparison.Items)
            {
                Line("| " + Int(item.Item) + " | " + Md(item.Definition.Name.Get(language)) + " | " + Score(item.StatusBefore, item.ScoreBefore) + " | " + Score(item.StatusAfter, item.ScoreAfter) + " | " + Delta(item) + " |");
            }

            Line();
        }

        var changed = false;
        changed |= ItemList("crossedUp", comparison.CrossedUp, withAnchor: true);
        changed |= ItemList("crossedDown", comparison.CrossedDown, withAnchor: true);
        changed |= ItemList("statusChanges", comparison.StatusChanges, withAnchor: false);
        if (!changed)
        {
            Line(Label("noScoreChanges"));
            Line();
        }

        if (!markdown)
        {
            var unchanged = new List<string>();
            foreach (var item in comparison.Items)
            {
                if (item.Direction == ChangeDirection.Unchanged && !item.StatusChanged)
                {
                    unchanged.Add(Int(item.Item));
                }
            }

            if (unchanged.Count > 0)
            {
                Line(Label("unchangedItems") + ": " + string.Join(", ", unchanged));
                Line();
            }
        }
    }

    private string Score(ItemStatus status, int? score) => status switch
    {
        ItemStatus.Rated when score is { } s => Int(s),
        ItemStatus.Invalid => Label("invalid"),
        _ => Label("notRated"),
    };

    private static string Delta(ItemChange item) => item.Delta is { } delta ? (delta == 0 ? "0" : Signed(delta)) : Dash;

    private bool ItemList(string labelId, IReadOnlyList<ItemChange> items, bool withAnchor)
    {
        if (items.Count == 0)
        {
            return false;
        }

        Line(markdown ? "**" + Md(Label(labelId)) + "**" : Label(labelId) + ":");
        if (markdown)
        {
            Line();
        }

        foreach (var item in items)
        {
            var head = Int(item.Item) + "  " + item.Definition.Name.Get(language) + ": " + Score(item.StatusBefore, item.ScoreBefore) + " " + Arrow + " " + Score(item.StatusAfter, item.ScoreAfter) + (item.Delta is { } d ? " (" + Signed(d) + ")" : string.Empty);
            if (markdown)
            {
                Line("- " + Md(head));
                if (withAnchor && item.AnchorAfter is { } anchor)
                {
                    Line("  - " + Md(Label("anchor") + ": " + anchor.Text.Get(language)));
                }
            }
            else
            {
                Line((item.Item < 10 ? "   " : "  ") + head);
                if (withAnchor && item.AnchorAfter is { } anchor)
                {
                    Line("      " + Label("anchor") + ": " + anchor.Text.Get(language));
                }
            }
        }

        Line();
        return true;
    }

    private void WriteFacts()
    {
        Heading(Label("factChanges"));
        if (comparison.Facts.IsEmpty)
        {
            Line(Label("noFactChanges"));
            return;
        }

        if (markdown)
        {
            Line("| " + Label("number") + " | " + Label("specialist") + " | " + Label("facts") + " | " + Label("before") + " | " + Label("after") + " |");
            Line("|---:|---|---|---|---|");
        }

        foreach (var change in comparison.Facts)
        {
            var definition = scale.FindItem(change.Item)?.FindFact(change.FactId);
            var name = definition?.Label.Get(language) is { Length: > 0 } label ? label : change.FactId;
            var before = change.Before is { } b ? Value(definition, b) : Label("notGiven");
            var after = change.After is { } a ? Value(definition, a) : Label("notGiven");
            var detail = change.Before is { Kind: FactKind.Elements } eb && change.After is { Kind: FactKind.Elements } ea ? ElementDelta(definition, eb, ea) : null;
            if (markdown)
            {
                Line("| " + Int(change.Item) + " | " + (change.Specialist is { } s ? Md(s) : Dash) + " | " + Md(name) + " | " + Md(before) + " | " + Md(after + (detail is null ? string.Empty : " (" + detail + ")")) + " |");
            }
            else
            {
                var who = change.Specialist is { } s ? OneLine(s) + ", " : string.Empty;
                Line((change.Item < 10 ? "   " : "  ") + Int(change.Item) + "  " + who + name + ": " + before + " " + Arrow + " " + after);
                if (detail is not null)
                {
                    Line("      " + detail);
                }
            }
        }
    }

    private string Value(FactDefinition? definition, FactValue value) => value.Kind switch
    {
        FactKind.Number or FactKind.Count when value.Number is { } n => scale.FormatNumber(n, language),
        FactKind.Flag when value.Flag is { } f => Label(f ? "yes" : "no"),
        FactKind.Level when value.Level is { } level => OptionLabel(definition?.Levels, level),
        FactKind.Elements => Int(value.Elements.IsDefault ? 0 : value.Elements.Length) + (definition is null ? string.Empty : "/" + Int(definition.Elements.Length)),
        _ => value.ToString(),
    };

    private string OptionLabel(System.Collections.Immutable.ImmutableArray<OptionDefinition>? options, string id)
    {
        foreach (var option in options ?? [])
        {
            if (string.Equals(option.Id, id, StringComparison.Ordinal))
            {
                return option.Label.Get(language);
            }
        }

        return id;
    }

    private string ElementDelta(FactDefinition? definition, FactValue before, FactValue after)
    {
        var was = new HashSet<string>(before.Elements.IsDefault ? [] : before.Elements, StringComparer.Ordinal);
        var now = new HashSet<string>(after.Elements.IsDefault ? [] : after.Elements, StringComparer.Ordinal);
        var parts = new List<string>();
        foreach (var id in after.Elements.IsDefault ? [] : after.Elements)
        {
            if (!was.Contains(id))
            {
                parts.Add("+ " + OptionLabel(definition?.Elements, id));
            }
        }

        foreach (var id in before.Elements.IsDefault ? [] : before.Elements)
        {
            if (!now.Contains(id))
            {
                parts.Add("− " + OptionLabel(definition?.Elements, id));
            }
        }

        return string.Join("; ", parts);
    }

    private void Heading(string text)
    {
        if (markdown)
        {
            Line("## " + Md(text));
        }
        else
        {
            Line(text);
            Line(new string('-', text.Length));
        }

        Line();
    }

    private void Field(string name, string value) => Line(markdown ? "- **" + Md(name) + ":** " + Md(value) : name + ": " + value);

    private void Line(string text = "") => output.Append(text).Append('\n');

    private static string OneLine(string text) => RenderedText.OneLine(text);

    private static string Md(string text) => RenderedText.Md(text);
}
