using System.Xml.Linq;
using Ips.Core.Reporting;
using Ips.TestSupport;

namespace Ips.Core.Tests.Reporting;

/// <summary>The shared SVG writer's exact output: every element, attribute and escape as a chart's reader (or an XML parser) meets it.</summary>
public sealed class SvgWriterTests
{
    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<5", "&lt;5")]
    [InlineData("x > y", "x &gt; y")]
    [InlineData("\"quoted\"", "&quot;quoted&quot;")]
    [InlineData("it's", "it&#39;s")]
    [InlineData("one\rtwo\nthree\tfour", "one two three four")]
    [InlineData("bell\u0007 and null\0 go", "bell and null go")]
    [InlineData("Små tall – 43 %", "Små tall – 43 %")]
    public void Escape_MakesTextSafeInXmlContentAndAttributes_LineBreaksAndTabsBecomeSpaces_OtherControlsAreDropped(string text, string expected) =>
        Assert.Equal(expected, SvgWriter.Escape(text));

    [Fact]
    public void Escape_OfEveryReservedCharacter_ParsesBackToTheSameTextInAnAttribute()
    {
        const string text = "<&>\"'";
        var element = XElement.Parse("<t a=\"" + SvgWriter.Escape(text) + "\">" + SvgWriter.Escape(text) + "</t>");

        Assert.Equal(text, element.Attribute("a")!.Value);
        Assert.Equal(text, element.Value);
    }

    [Theory]
    [InlineData(0d, "0")]
    [InlineData(12d, "12")]
    [InlineData(-3.5d, "-3.5")]
    [InlineData(1.005d, "1")]
    [InlineData(2.345678d, "2.35")]
    [InlineData(1234567.891d, "1234567.89")]
    [InlineData(1e16, "10000000000000000")]
    public void Num_IsInvariantPlainDigits_WithAtMostTwoDecimals_UnderNorwegianCulture(double value, string expected)
    {
        using var culture = new CultureScope("nb-NO");
        Assert.Equal(expected, SvgWriter.Num(value));
    }

    [Fact]
    public void AnEmptyDocument_IsTheSvgRootWithItsSizeViewBoxAndEscapedTitle()
    {
        var svg = new SvgWriter(320, 180, "Status & <exit>").Finish();

        Assert.Equal(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"180\" viewBox=\"0 0 320 180\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\"><title>Status &amp; &lt;exit&gt;</title>\n</svg>\n",
            svg);
    }

    [Fact]
    public void Rect_WritesPositionSizeAndFill_ThenTheOptionalStrokeAndExtraAttributes_NegativeSizesAsZero()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.Rect(1.234, 2, 30.5, 11, "#E69F00");
        svg.Rect(0, 0, -4, -1, "url(#hatch)", "#1a1a1a");
        svg.Rect(5, 6, 7, 8, "none", extra: "opacity=\"0.5\"");
        svg.Rect(5, 6, 7, 8, "none", "#d0d0d0", "rx=\"2\"");

        Assert.Equal(
            "<rect x=\"1.23\" y=\"2\" width=\"30.5\" height=\"11\" fill=\"#E69F00\"/>\n" +
            "<rect x=\"0\" y=\"0\" width=\"0\" height=\"0\" fill=\"url(#hatch)\" stroke=\"#1a1a1a\"/>\n" +
            "<rect x=\"5\" y=\"6\" width=\"7\" height=\"8\" fill=\"none\" opacity=\"0.5\"/>\n" +
            "<rect x=\"5\" y=\"6\" width=\"7\" height=\"8\" fill=\"none\" stroke=\"#d0d0d0\" rx=\"2\"/>\n",
            Body(svg));
    }

    [Fact]
    public void Line_WritesBothEndsStrokeAndWidth_DefaultWidthOne_ThenTheExtraAttributes()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.Line(0, 34, 300.126, 34, "#d0d0d0");
        svg.Line(1, 2, 3, 4, "#1a1a1a", 0.75, "stroke-dasharray=\"2 2\"");

        Assert.Equal(
            "<line x1=\"0\" y1=\"34\" x2=\"300.13\" y2=\"34\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>\n" +
            "<line x1=\"1\" y1=\"2\" x2=\"3\" y2=\"4\" stroke=\"#1a1a1a\" stroke-width=\"0.75\" stroke-dasharray=\"2 2\"/>\n",
            Body(svg));
    }

    [Fact]
    public void Text_WritesPositionAnchorAndEscapedText_DefaultAnchorMiddle_ThenTheExtraAttributes()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.Text(16, 17, "of <5 who left");
        svg.Text(2, 3, "A & B", "end", "font-weight=\"bold\"");

        Assert.Equal(
            "<text x=\"16\" y=\"17\" text-anchor=\"middle\">of &lt;5 who left</text>\n" +
            "<text x=\"2\" y=\"3\" text-anchor=\"end\" font-weight=\"bold\">A &amp; B</text>\n",
            Body(svg));
    }

    [Fact]
    public void Polyline_WritesAnUnfilledStrokeThroughThePointsInOrder()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.Polyline([(0, 10), (5.5, 2.25), (10.004, 0)], "#0072B2", 1.5);

        Assert.Equal("<polyline fill=\"none\" stroke=\"#0072B2\" stroke-width=\"1.5\" points=\"0,10 5.5,2.25 10,0\"/>\n", Body(svg));
    }

    [Fact]
    public void Circle_WritesCentreRadiusAndFill_ThenTheOptionalStroke()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.Circle(4, 5.5, 3, "#D55E00");
        svg.Circle(1, 2, 0.5, "#ffffff", "#1a1a1a");

        Assert.Equal(
            "<circle cx=\"4\" cy=\"5.5\" r=\"3\" fill=\"#D55E00\"/>\n" +
            "<circle cx=\"1\" cy=\"2\" r=\"0.5\" fill=\"#ffffff\" stroke=\"#1a1a1a\"/>\n",
            Body(svg));
    }

    [Fact]
    public void HatchPattern_DefinesADiagonalStripeOfTheColourOnWhite_UnderItsId()
    {
        var svg = new SvgWriter(10, 10, "t");
        svg.HatchPattern("hatch-open", "#D55E00");

        Assert.Equal(
            "<defs><pattern id=\"hatch-open\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
            "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#D55E00\" stroke-width=\"2\"/></pattern></defs>\n",
            Body(svg));
    }

    [Fact]
    public void EveryElement_TogetherIsWellFormedSvg_WithTheTitleFirst()
    {
        var svg = new SvgWriter(200, 100, "Chart \"A\" & 'B'");
        svg.HatchPattern("h", "#000000");
        svg.Rect(0, 0, 10, 10, "url(#h)", "#1a1a1a", "rx=\"1\"");
        svg.Line(0, 0, 10, 10, "#1a1a1a");
        svg.Text(5, 5, "<5 & \"x\"\n", "start");
        svg.Polyline([(0, 0), (1, 1)], "#0072B2", 2);
        svg.Circle(1, 1, 1, "#ffffff", "#000000");

        var root = XElement.Parse(svg.Finish());

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", root.Name);
        Assert.Equal(
            ["title", "defs", "rect", "line", "text", "polyline", "circle"],
            root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Chart \"A\" & 'B'", root.Element(ns + "title")!.Value);
        Assert.Equal("<5 & \"x\" ", root.Element(ns + "text")!.Value);
    }

    /// <summary>The elements written after the root's opening line, without the closing tag.</summary>
    private static string Body(SvgWriter svg)
    {
        var text = svg.Finish();
        var start = text.IndexOf("</title>\n", StringComparison.Ordinal) + "</title>\n".Length;
        Assert.EndsWith("</svg>\n", text, StringComparison.Ordinal);
        return text[start..^"</svg>\n".Length];
    }
}
