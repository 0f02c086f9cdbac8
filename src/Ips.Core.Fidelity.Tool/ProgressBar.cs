using System.Globalization;

namespace Ips.Core.Fidelity.Tool;

/// <summary>
/// The progress bar of a long <c>batch</c> on standard error: drawn only when standard error is a terminal (never into
/// a redirected stream or a log) and only for batches of at least <see cref="MinimumTotal"/> programmes; redrawn in
/// place with a carriage return when the shown percentage changes, and wiped when the batch is done.
/// </summary>
internal sealed class ProgressBar
{
    /// <summary>The smallest batch that gets a bar (a short one is done before a bar could be read).</summary>
    public const int MinimumTotal = 200;

    /// <summary>The bar's width in cells between the brackets.</summary>
    public const int Width = 30;

    private readonly TextWriter? error;
    private readonly int total;
    private int shown = -1;

    /// <param name="error">Standard error.</param>
    /// <param name="isTerminal">Whether standard error is a terminal (<c>!Console.IsErrorRedirected</c>).</param>
    /// <param name="total">How many programmes the batch has.</param>
    public ProgressBar(TextWriter error, bool isTerminal, int total)
    {
        this.error = isTerminal && total >= MinimumTotal ? error : null;
        this.total = total;
    }

    /// <summary>Whether the bar is drawn at all.</summary>
    public bool IsShown => error is not null;

    /// <summary>One bar line (without the carriage return): <c>[#######.......]  45 % 450/1000 programmes</c>.</summary>
    /// <param name="done">Programmes done so far (clamped to 0..<paramref name="total"/>).</param>
    /// <param name="total">Programmes in the batch (at least 1).</param>
    /// <returns>The line, always the same length for one total, so redrawing it in place leaves nothing behind.</returns>
    public static string Render(int done, int total)
    {
        total = Math.Max(1, total);
        done = Math.Clamp(done, 0, total);
        var percent = (int)((long)done * 100 / total);
        var filled = (int)((long)done * Width / total);
        var count = total.ToString(CultureInfo.InvariantCulture);
        return "[" + new string('#', filled) + new string('.', Width - filled) + "] "
            + percent.ToString(CultureInfo.InvariantCulture).PadLeft(3) + " % "
            + done.ToString(CultureInfo.InvariantCulture).PadLeft(count.Length) + "/" + count + " programmes";
    }

    /// <summary>Reports <paramref name="done"/> programmes done; redraws only when the percentage shown changes.</summary>
    /// <param name="done">Programmes done so far.</param>
    public void Report(int done)
    {
        if (error is null)
        {
            return;
        }

        var percent = (int)((long)Math.Clamp(done, 0, total) * 100 / total);
        if (percent == shown)
        {
            return;
        }

        shown = percent;
        error.Write("\r" + Render(done, total));
        error.Flush();
    }

    /// <summary>Wipes the bar, so the lines after it start on a clean line.</summary>
    public void Finish()
    {
        if (error is null || shown < 0)
        {
            return;
        }

        error.Write("\r" + new string(' ', Render(total, total).Length) + "\r");
        error.Flush();
    }
}
