using System.CommandLine;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>score [FILE|-]</c>: one review's facts → its explained report as text, Markdown or JSON.</summary>
internal static class ScoreCommand
{
    public static Command Create(ToolIo io)
    {
        var input = new Argument<string>("facts") { Description = "The facts JSON file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown, html (the feedback report page) or json.", DefaultValueFactory = _ => "text" };
        var language = FidelityTool.LanguageOption();
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("score", "Score one review: every item's score (or why not rated), the anchor, the next step, the total and the level.") { input, format, language, scale, output };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            var chosen = FidelityTool.Language(definition, parsed.GetValue(language));
            var layout = parsed.GetValue(format)!.ToLowerInvariant();
            var asJson = layout == "json";
            var textFormat = asJson ? ReportFormat.Text : layout == "html" ? ReportFormat.Html : FidelityTool.TextFormat(layout);
            var report = FactsInput.Engine(definition).Score(FactsInput.Read(io, parsed.GetValue(input)!, definition));
            io.WriteText(parsed.GetValue(output)!, asJson ? FidelityJson.WriteReport(report, chosen) : ReportRenderer.Render(report, textFormat, chosen));
            return FidelityTool.Ok;
        });
        return command;
    }
}
