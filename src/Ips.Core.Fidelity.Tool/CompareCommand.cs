using System.CommandLine;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>compare BEFORE AFTER</c>: two reviews of one programme → what changed (item scores, anchors crossed, totals, level, facts).</summary>
internal static class CompareCommand
{
    public static Command Create(ToolIo io)
    {
        var before = new Argument<string>("before") { Description = "The earlier review's facts JSON file." };
        var after = new Argument<string>("after") { Description = "The later review's facts JSON file." };
        var format = new Option<string>("--format", "-f") { Description = "text or markdown.", DefaultValueFactory = _ => "text" };
        var language = FidelityTool.LanguageOption();
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("compare", "Compare two reviews of a programme: item changes, anchors crossed, section and total changes, level, facts.") { before, after, format, language, scale, output };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            var chosen = FidelityTool.Language(definition, parsed.GetValue(language));
            var layout = FidelityTool.TextFormat(parsed.GetValue(format)!);
            var engine = FactsInput.Engine(definition);
            var earlier = engine.Score(FactsInput.Read(io, parsed.GetValue(before)!, definition));
            var later = engine.Score(FactsInput.Read(io, parsed.GetValue(after)!, definition));
            ReviewComparisonResult comparison;
            try
            {
                comparison = ReviewComparison.Compare(earlier, later);
            }
            catch (ArgumentException exception)
            {
                throw new ToolException(FidelityTool.InvalidInput, exception.Message);
            }

            io.WriteText(parsed.GetValue(output)!, ReviewComparison.Render(comparison, layout, chosen));
            return FidelityTool.Ok;
        });
        return command;
    }
}
