using System.CommandLine;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tool;

/// <summary>
/// The <c>ips-fidelity</c> command line: <c>score</c>, <c>validate</c>, <c>batch</c>, <c>compare</c>, <c>describe</c> and
/// <c>schema</c>, each a thin caller of the library.
/// </summary>
/// <remarks>
/// Exit codes: 0 done, 1 invalid input (facts, a scale definition, a file), 2 usage (an unknown option, language or
/// format). Results go to standard output (or <c>--output</c>), errors to standard error; <c>-</c> means standard
/// input or output. <c>--lang</c> is case-insensitive and one of the scale's languages; <c>--scale FILE</c> scores
/// against any definition instead of the shipped IPS-25.
/// </remarks>
internal static class FidelityTool
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The input is invalid (facts, definition, file).</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>Runs the command line <paramref name="args"/> with the given streams.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input (for <c>-</c>).</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="errorIsTerminal">Whether standard error is a terminal (<c>!Console.IsErrorRedirected</c>): only then does a long batch draw a progress bar.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool errorIsTerminal = false)
    {
        var io = new ToolIo(stdin, stdout, stderr, errorIsTerminal);
        var root = new RootCommand("Score IPS fidelity reviews from facts, explain every score, and describe the scale (ips-fidelity, Ips.Core.Fidelity " + FidelityEngine.Version + ").");
        root.Subcommands.Add(ScoreCommand.Create(io));
        root.Subcommands.Add(ValidateCommand.Create(io));
        root.Subcommands.Add(BatchCommand.Create(io));
        root.Subcommands.Add(CompareCommand.Create(io));
        root.Subcommands.Add(DescribeCommand.Create(io));
        root.Subcommands.Add(SchemaCommand.Create(io));
        root.Subcommands.Add(DeriveCommand.Create(io));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine("ips-fidelity: " + error.Message);
            }

            stderr.WriteLine("Try 'ips-fidelity --help'.");
            return Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ToolException exception)
        {
            stderr.WriteLine("ips-fidelity: " + exception.Message);
            return exception.ExitCode;
        }
    }

    /// <summary>The common <c>--scale FILE</c> option.</summary>
    internal static Option<string?> ScaleOption() => new("--scale") { Description = "A scale definition JSON file to score with (default: the shipped IPS-25).", HelpName = "FILE" };

    /// <summary>The common <c>--lang</c> option.</summary>
    internal static Option<string?> LanguageOption() => new("--lang") { Description = "The output language, a code the scale declares (nb or en for IPS-25; case-insensitive). Default: the scale's first.", HelpName = "CODE" };

    /// <summary>The common <c>--output</c> option.</summary>
    internal static Option<string> OutputOption() => new("--output", "-o") { Description = "Where to write the result: a file, or - for standard output.", DefaultValueFactory = _ => "-", HelpName = "FILE" };

    /// <summary>The scale of <c>--scale</c>, or IPS-25.</summary>
    /// <exception cref="ToolException">The file cannot be read or is not a valid definition.</exception>
    internal static ScaleDefinition Scale(ToolIo io, string? path)
    {
        if (path is null)
        {
            return Ips25Scale.Definition;
        }

        try
        {
            return ScaleDefinition.Load(io.ReadText(path));
        }
        catch (ScaleDefinitionException exception)
        {
            var problems = exception.Problems.Take(20).Select(p => "  " + p.Code + " at " + p.Path + ": " + p.Message);
            throw new ToolException(InvalidInput, path + " is not a valid scale definition (" + exception.Problems.Length + " problems):\n" + string.Join("\n", problems));
        }
    }

    /// <summary>The language of <c>--lang</c> for <paramref name="scale"/>.</summary>
    /// <exception cref="ToolException">The code is malformed or the scale has no texts in it (a usage error).</exception>
    internal static ReportLanguage Language(ScaleDefinition scale, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return scale.DefaultLanguage;
        }

        if (ReportLanguage.TryFromCode(code, out var language) && scale.SupportsLanguage(language))
        {
            return language;
        }

        throw new ToolException(Usage, "unknown language '" + code + "'; the scale has " + string.Join(", ", scale.Languages.Select(l => l.Code)) + ".");
    }

    /// <summary>The text or Markdown format of <c>--format</c>.</summary>
    internal static ReportFormat TextFormat(string format) => format.ToLowerInvariant() switch
    {
        "text" => ReportFormat.Text,
        "markdown" or "md" => ReportFormat.Markdown,
        _ => throw new ToolException(Usage, "unknown format '" + format + "'; use text or markdown."),
    };
}
