using System.CommandLine;
using Ips.Core.Fidelity.Formats.Interop;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>describe</c>: the scale as JSON (items, facts with kinds, domains, levels and elements, anchors, levels), to build forms from.</summary>
internal static class DescribeCommand
{
    public static Command Create(ToolIo io)
    {
        var language = FidelityTool.LanguageOption();
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("describe", "Describe the scale as JSON: items, facts, anchors and levels (texts in --lang, or in every language).") { language, scale, output };
        command.SetAction(parsed =>
        {
            var scalePath = parsed.GetValue(scale);
            var definition = FidelityTool.Scale(io, scalePath);
            var code = parsed.GetValue(language);
            if (!string.IsNullOrEmpty(code))
            {
                code = FidelityTool.Language(definition, code).Code;
            }

            io.WriteText(parsed.GetValue(output)!, FidelityInterop.DescribeScale(code, scalePath is null ? null : io.ReadText(scalePath)) + "\n");
            return FidelityTool.Ok;
        });
        return command;
    }
}
