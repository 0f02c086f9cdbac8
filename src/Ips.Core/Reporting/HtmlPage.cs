using System.Text;

namespace Ips.Core.Reporting;

/// <summary>
/// The skeleton of the libraries' self-contained HTML reports: inline CSS and SVG, no scripts, no external resource
/// (no URL at all), a Content-Security-Policy that refuses both, and print CSS for A4 (each <c>section.page</c> on a new
/// page, no table or figure cut across pages).
/// </summary>
/// <remarks>Shared source: compiled into Ips.Core and Ips.Core.Fidelity alike (see <see cref="SvgWriter"/>), so the feedback and outcome reports look alike.</remarks>
internal static class HtmlPage
{
    public const string Css =
        "@page{size:A4;margin:14mm 13mm}" +
        "*{box-sizing:border-box}" +
        "body{font-family:Helvetica,Arial,sans-serif;font-size:10pt;line-height:1.35;color:#1a1a1a;max-width:190mm;margin:0 auto;padding:4mm}" +
        "h1{font-size:17pt;margin:0 0 3mm}h2{font-size:13pt;border-bottom:1.5pt solid #0072B2;padding-bottom:1mm;margin:5mm 0 2mm}" +
        "h3{font-size:10.5pt;margin:3mm 0 1mm}" +
        "table{border-collapse:collapse;width:100%;margin:2mm 0 3mm;break-inside:avoid;page-break-inside:avoid}" +
        "th,td{border:.5pt solid #9a9a9a;padding:1mm 1.5mm;text-align:left;vertical-align:top}" +
        "th{background:#e6eef6}td.num,th.num{text-align:right;white-space:nowrap}" +
        "thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}" +
        "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.8mm 4mm;margin:0 0 3mm}dl.fields dt{font-weight:bold}dl.fields dd{margin:0}" +
        "article.item{break-inside:avoid;page-break-inside:avoid;border-left:2pt solid #a9c9e6;padding:0 0 0 3mm;margin:0 0 3mm}" +
        "article.item ul{margin:1mm 0;padding-left:5mm}" +
        "figure{margin:2mm 0 4mm;break-inside:avoid;page-break-inside:avoid}figure svg{max-width:100%;height:auto}figcaption{font-size:9pt;color:#444}" +
        "section.page{break-before:page;page-break-before:always}" +
        "p.note{color:#8a3b00}" +
        // A subtotal stays with the last item above it, never alone at the top of a page.
        "article.item+p{break-before:avoid;page-break-before:avoid}" +
        "@media print{body{max-width:none;padding:0}}";

    /// <summary>Text safe in HTML content and attribute values.</summary>
    public static string Encode(string text) => SvgWriter.Escape(text);

    /// <summary>Writes everything up to and including <c>&lt;body&gt;</c>, each line ending in <c>\n</c>.</summary>
    public static void Begin(StringBuilder output, string language, string title)
    {
        Line(output, "<!DOCTYPE html>");
        Line(output, "<html lang=\"" + Encode(language) + "\">");
        Line(output, "<head>");
        Line(output, "<meta charset=\"utf-8\">");

        // The browser itself refuses any script or request the page might ever carry: inline styles only.
        Line(output, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        Line(output, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line(output, "<title>" + Encode(title) + "</title>");
        Line(output, "<style>" + Css + "</style>");
        Line(output, "</head>");
        Line(output, "<body>");
    }

    /// <summary>Closes the body and the document.</summary>
    public static void End(StringBuilder output)
    {
        Line(output, "</body>");
        Line(output, "</html>");
    }

    private static void Line(StringBuilder output, string text) => output.Append(text).Append('\n');
}
