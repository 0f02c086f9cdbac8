using System.CommandLine;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Tool;

/// <summary>
/// <c>validate [FILE|-]</c>: checks facts against the scale without scoring; exit 0 when valid, 1 with every problem
/// otherwise. The plausibility warnings of valid facts (values allowed but probably wrong) follow the result on standard
/// output, one a line with code and path; warnings alone still exit 0.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(ToolIo io)
    {
        var input = new Argument<string>("facts") { Description = "The facts JSON file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var scale = FidelityTool.ScaleOption();
        var language = FidelityTool.LanguageOption();
        var command = new Command("validate", "Check a facts document against the scale (shape, kinds, domains, ids, cross-fact rules) without scoring it; list its plausibility warnings.") { input, scale, language };
        command.SetAction(parsed =>
        {
            var definition = FidelityTool.Scale(io, parsed.GetValue(scale));
            var chosen = FidelityTool.Language(definition, parsed.GetValue(language));
            var facts = FactsInput.Read(io, parsed.GetValue(input)!, definition);
            var warnings = FactsInput.Validator(definition).Warnings(facts);
            var text = new System.Text.StringBuilder();
            text.Append("valid: ").Append(facts.Items.Length).Append(facts.Items.Length == 1 ? " item" : " items").Append(" with facts for ").Append(definition.ScaleId).Append(" revision ").Append(definition.Revision);
            text.Append(warnings.IsEmpty ? string.Empty : warnings.Length == 1 ? "; 1 warning" : "; " + warnings.Length + " warnings").Append('\n');
            foreach (var warning in warnings.Take(FactsInput.MaxListed))
            {
                text.Append("warning ").Append(warning.Code).Append(" at $.").Append(warning.Path).Append(": ").Append(warning.Explain(definition, chosen)).Append('\n');
            }

            if (warnings.Length > FactsInput.MaxListed)
            {
                text.Append("… and ").Append(warnings.Length - FactsInput.MaxListed).Append(" more warnings\n");
            }

            io.WriteText("-", text.ToString());
            return FidelityTool.Ok;
        });
        return command;
    }
}
