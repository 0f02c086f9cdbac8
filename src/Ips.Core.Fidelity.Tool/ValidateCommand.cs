using System.CommandLine;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>validate [FILE|-]</c>: checks facts against the scale without scoring; exit 0 when valid, 1 with every problem otherwise.</summary>
internal static class ValidateCommand
{
    public static Command Create(ToolIo io)
    {
        var input = new Argument<string>("facts") { Description = "The facts JSON file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var scale = FidelityTool.ScaleOption();
        var command = new Command("validate", "Check a facts document against the scale (shape, kinds, domains, ids, cross-fact rules) without scoring it.") { input, scale };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            var facts = FactsInput.Read(io, parsed.GetValue(input)!, definition);
            io.WriteText("-", "valid: " + facts.Items.Length + (facts.Items.Length == 1 ? " item" : " items") + " with facts for " + definition.ScaleId + " revision " + definition.Revision + "\n");
            return FidelityTool.Ok;
        });
        return command;
    }
}
