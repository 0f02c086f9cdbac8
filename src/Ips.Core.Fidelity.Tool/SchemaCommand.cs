using System.CommandLine;
using Ips.Core.Fidelity.Formats.Schema;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>schema [facts|batch]</c>: the JSON Schema (draft 2020-12) of a facts or batch document for the scale.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolIo io)
    {
        var document = new Argument<string>("document") { Description = "facts (one review) or batch (an array of reviews).", DefaultValueFactory = _ => "facts" };
        document.AcceptOnlyFromAmong("facts", "batch");
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("schema", "Write the JSON Schema of the facts or batch document for the scale.") { document, scale, output };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            io.WriteText(parsed.GetValue(output)!, parsed.GetValue(document) == "batch" ? FidelitySchema.Batch(definition) : FidelitySchema.Facts(definition));
            return FidelityTool.Ok;
        });
        return command;
    }
}
