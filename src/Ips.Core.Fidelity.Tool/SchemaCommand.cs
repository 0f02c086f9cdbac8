using System.CommandLine;
using Ips.Core.Fidelity.Formats.Schema;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>schema [facts|batch|report]</c>: the JSON Schema (draft 2020-12) of a facts, batch or report document for the scale.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolIo io)
    {
        var document = new Argument<string>("document") { Description = "facts (one review), batch (an array of reviews) or report (what score --format json writes).", DefaultValueFactory = _ => "facts" };
        document.AcceptOnlyFromAmong("facts", "batch", "report");
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("schema", "Write the JSON Schema of the facts, batch or report document for the scale.") { document, scale, output };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            io.WriteText(parsed.GetValue(output)!, parsed.GetValue(document) switch
            {
                "batch" => FidelitySchema.Batch(definition),
                "report" => FidelitySchema.Report(definition),
                _ => FidelitySchema.Facts(definition),
            });
            return FidelityTool.Ok;
        });
        return command;
    }
}
