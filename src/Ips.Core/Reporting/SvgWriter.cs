using System.Globalization;
using System.Text;

namespace Ips.Core.Reporting;

/// <summary>A small SVG writer: escaped text, invariant numbers, one element per call. No graphics library (AOT- and WebAssembly-safe).</summary>
/// <remarks>Shared source: compiled into Ips.Core and Ips.Core.Fidelity alike (each its own internal copy), so the packages share no internal API.</remarks>
internal sealed class SvgWriter
{
    private readonly StringBuilder output = new(4096);

    public SvgWriter(int width, int height, string title)
    {
        output.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height))
            .Append("\" viewBox=\"0 0 ").Append(Num(width)).Append(' ').Append(Num(height))
            .Append("\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\"><title>").Append(Escape(title)).Append("</title>\n");
    }

    /// <summary>Text safe inside XML content and attribute values.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break;
                default:
                    // Control characters are not allowed in XML 1.0.
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A coordinate in invariant digits, at most two decimals.</summary>
    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public void Rect(double x, double y, double width, double height, string fill, string? stroke = null, string? extra = null)
    {
        output.Append("<rect x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append("\" width=\"").Append(Num(Math.Max(0, width)))
            .Append("\" height=\"").Append(Num(Math.Max(0, height))).Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            output.Append(" stroke=\"").Append(stroke).Append('"');
        }

        if (extra is not null)
        {
            output.Append(' ').Append(extra);
        }

        output.Append("/>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? extra = null)
    {
        output.Append("<line x1=\"").Append(Num(x1)).Append("\" y1=\"").Append(Num(y1)).Append("\" x2=\"").Append(Num(x2)).Append("\" y2=\"").Append(Num(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Num(width)).Append('"');
        if (extra is not null)
        {
            output.Append(' ').Append(extra);
        }

        output.Append("/>\n");
    }

    public void Text(double x, double y, string text, string anchor = "middle", string? extra = null)
    {
        output.Append("<text x=\"").Append(Num(x)).Append("\" y=\"").Append(Num(y)).Append("\" text-anchor=\"").Append(anchor).Append('"');
        if (extra is not null)
        {
            output.Append(' ').Append(extra);
        }

        output.Append('>').Append(Escape(text)).Append("</text>\n");
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width)
    {
        output.Append("<polyline fill=\"none\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(Num(width)).Append("\" points=\"")
            .Append(string.Join(" ", points.Select(p => Num(p.X) + "," + Num(p.Y)))).Append("\"/>\n");
    }

    public void Circle(double x, double y, double r, string fill, string? stroke = null)
    {
        output.Append("<circle cx=\"").Append(Num(x)).Append("\" cy=\"").Append(Num(y)).Append("\" r=\"").Append(Num(r)).Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            output.Append(" stroke=\"").Append(stroke).Append('"');
        }

        output.Append("/>\n");
    }

    /// <summary>A diagonal hatch pattern, so a fill reads in greyscale print too.</summary>
    public void HatchPattern(string id, string colour)
    {
        output.Append("<defs><pattern id=\"").Append(id).Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
            .Append(colour).Append("\" stroke-width=\"2\"/></pattern></defs>\n");
    }

    public string Finish() => output.Append("</svg>\n").ToString();
}
