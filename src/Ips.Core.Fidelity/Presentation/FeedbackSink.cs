using System.Text;
using Ips.Core.Reporting;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>The layout a feedback report is written into; one sink per format (Markdown, HTML), the content is the writer's alone.</summary>
internal abstract class FeedbackSink
{
    protected StringBuilder Output { get; } = new(32768);

    public abstract void Title(string text);

    public abstract void Fields(IReadOnlyList<(string Label, string Value)> fields);

    public abstract void BeginSection(string heading, bool newPage);

    public virtual void EndSection()
    {
    }

    public abstract void BeginItem(string heading);

    public virtual void EndItem()
    {
    }

    /// <summary>A table; columns listed in <paramref name="numeric"/> are right-aligned.</summary>
    public abstract void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> numeric);

    public abstract void Bullets(IReadOnlyList<(string? Label, string Text)> items);

    public abstract void Paragraph(string text, bool strong = false, bool note = false);

    /// <summary>An inline picture; formats without pictures leave it out.</summary>
    public virtual void Figure(string svg, string caption)
    {
    }

    public abstract string Finish();

    protected void Line(string text = "") => Output.Append(text).Append('\n');
}

/// <summary>Markdown (CommonMark with GitHub tables); every caller text escaped and kept on one line.</summary>
internal sealed class MarkdownFeedbackSink : FeedbackSink
{
    public override void Title(string text)
    {
        Line("# " + RenderedText.Md(text));
        Line();
    }

    public override void Fields(IReadOnlyList<(string Label, string Value)> fields)
    {
        foreach (var (label, value) in fields)
        {
            Line("- **" + RenderedText.Md(label) + ":** " + RenderedText.Md(value));
        }

        Line();
    }

    public override void BeginSection(string heading, bool newPage)
    {
        Line("## " + RenderedText.Md(heading));
        Line();
    }

    public override void BeginItem(string heading)
    {
        Line("### " + RenderedText.Md(heading));
        Line();
    }

    public override void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> numeric)
    {
        Line("| " + string.Join(" | ", headers.Select(RenderedText.Md)) + " |");
        Line("|" + string.Concat(Enumerable.Range(0, headers.Count).Select(i => numeric.Contains(i) ? "---:|" : "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row.Select(RenderedText.Md)) + " |");
        }

        Line();
    }

    public override void Bullets(IReadOnlyList<(string? Label, string Text)> items)
    {
        foreach (var (label, text) in items)
        {
            Line(label is null ? "- " + RenderedText.Md(text) : "- **" + RenderedText.Md(label) + ":** " + RenderedText.Md(text));
        }

        Line();
    }

    public override void Paragraph(string text, bool strong = false, bool note = false)
    {
        Line(strong ? "**" + RenderedText.Md(text) + "**" : note ? "*" + RenderedText.Md(text) + "*" : RenderedText.Md(text));
        Line();
    }

    public override string Finish() => Output.ToString();
}

/// <summary>
/// One self-contained HTML page (the shared <see cref="HtmlPage"/> skeleton: inline CSS and SVG, no scripts, no external
/// resource, print CSS for A4; no table or item block cut across pages). Every caller text is HTML-encoded.
/// </summary>
internal sealed class HtmlFeedbackSink : FeedbackSink
{
    private readonly string language;
    private bool inSection;
    private bool headerOpen;

    public HtmlFeedbackSink(string language) => this.language = language;

    /// <summary>Text safe in HTML content and attribute values.</summary>
    public static string Encode(string text) => HtmlPage.Encode(text);

    public override void Title(string text)
    {
        HtmlPage.Begin(Output, language, text);
        Line("<header>");
        Line("<h1>" + Encode(text) + "</h1>");
        headerOpen = true;
    }

    public override void Fields(IReadOnlyList<(string Label, string Value)> fields)
    {
        Line("<dl class=\"fields\">");
        foreach (var (label, value) in fields)
        {
            Line("<dt>" + Encode(label) + "</dt><dd>" + Encode(value) + "</dd>");
        }

        Line("</dl>");
    }

    public override void BeginSection(string heading, bool newPage)
    {
        CloseSection();
        Line(newPage ? "<section class=\"page\">" : "<section>");
        Line("<h2>" + Encode(heading) + "</h2>");
        inSection = true;
    }

    public override void EndSection() => CloseSection();

    public override void BeginItem(string heading)
    {
        Line("<article class=\"item\">");
        Line("<h3>" + Encode(heading) + "</h3>");
    }

    public override void EndItem() => Line("</article>");

    public override void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int> numeric)
    {
        Line("<table>");
        Line("<thead><tr>" + string.Concat(headers.Select((h, i) => (numeric.Contains(i) ? "<th class=\"num\">" : "<th>") + Encode(h) + "</th>")) + "</tr></thead>");
        Line("<tbody>");
        foreach (var row in rows)
        {
            Line("<tr>" + string.Concat(row.Select((cell, i) => (numeric.Contains(i) ? "<td class=\"num\">" : "<td>") + Encode(cell) + "</td>")) + "</tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }

    public override void Bullets(IReadOnlyList<(string? Label, string Text)> items)
    {
        Line("<ul>");
        foreach (var (label, text) in items)
        {
            Line(label is null ? "<li>" + Encode(text) + "</li>" : "<li><strong>" + Encode(label) + ":</strong> " + Encode(text) + "</li>");
        }

        Line("</ul>");
    }

    public override void Paragraph(string text, bool strong = false, bool note = false) =>
        Line((note ? "<p class=\"note\">" : "<p>") + (strong ? "<strong>" + Encode(text) + "</strong>" : Encode(text)) + "</p>");

    /// <summary>The SVG comes from <see cref="FidelityCharts"/>, whose every text is already escaped.</summary>
    public override void Figure(string svg, string caption)
    {
        Line("<figure>");
        Output.Append(svg);
        Line("<figcaption>" + Encode(caption) + "</figcaption>");
        Line("</figure>");
    }

    public override string Finish()
    {
        CloseSection();
        HtmlPage.End(Output);
        return Output.ToString();
    }

    private void CloseSection()
    {
        if (inSection)
        {
            Line("</section>");
            inSection = false;
        }
        else if (headerOpen)
        {
            Line("</header>");
            headerOpen = false;
        }
    }
}
