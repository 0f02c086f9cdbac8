using System.Text;

namespace Ips.Core.Fidelity.Tool;

/// <summary>The tool's streams, and files or <c>-</c> (standard input or output) by path.</summary>
/// <param name="stdin">Standard input.</param>
/// <param name="stdout">Standard output.</param>
/// <param name="stderr">Standard error.</param>
/// <param name="errorIsTerminal">Whether standard error is a terminal (then long batches draw a progress bar on it).</param>
internal sealed class ToolIo(TextReader stdin, TextWriter stdout, TextWriter stderr, bool errorIsTerminal = false)
{
    /// <summary>The largest input file the tool reads (the facts reader bounds a document further).</summary>
    public const long MaxInputBytes = 256L * 1024 * 1024;

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>Whether standard error is a terminal; never true for a redirected stream.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>The whole text of <paramref name="path"/>, or of standard input for <c>-</c>.</summary>
    /// <exception cref="ToolException">The file does not exist, cannot be read, or is larger than <see cref="MaxInputBytes"/>.</exception>
    public string ReadText(string path)
    {
        if (path == "-")
        {
            return stdin.ReadToEnd();
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ToolException(FidelityTool.InvalidInput, "no such file: " + path);
            }

            if (info.Length > MaxInputBytes)
            {
                throw new ToolException(FidelityTool.InvalidInput, path + " is " + info.Length + " bytes, more than the " + MaxInputBytes + " the tool reads.");
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(FidelityTool.InvalidInput, "cannot read " + path + ": " + exception.Message);
        }
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, or to standard output for <c>-</c>.</summary>
    /// <exception cref="ToolException">The file cannot be written.</exception>
    public void WriteText(string path, string text)
    {
        if (path == "-")
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }

        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ToolException(FidelityTool.InvalidInput, "cannot write " + path + ": " + exception.Message);
        }
    }
}
