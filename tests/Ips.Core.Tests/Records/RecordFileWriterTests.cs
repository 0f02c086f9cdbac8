using System.Text;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>Writing one record file: UTF-8 without a byte-order mark, RFC 4180 quoting, normalised decimals, and a field count checked per row.</summary>
public sealed class RecordFileWriterTests
{
    private static string Write(IReadOnlyList<string> header, Action<RecordFileWriter> rows)
    {
        var path = Path.Combine(RecordSample.NewDirectory(), "file.csv");
        using (var writer = new RecordFileWriter(path, header))
        {
            rows(writer);
        }

        return File.ReadAllText(path);
    }

    [Fact]
    public void Record_files_are_utf8_without_a_byte_order_mark()
    {
        var directory = RecordSample.Write();

        foreach (var (file, columns) in ProgrammeRecords.Files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, file));
            Assert.Equal(Encoding.ASCII.GetBytes(string.Join(',', columns) + "\n"), bytes[..(bytes.AsSpan().IndexOf((byte)'\n') + 1)]);
        }
    }

    [Fact]
    public void Writing_into_a_directory_again_replaces_the_files()
    {
        var once = RecordSample.Write();
        var twice = RecordSample.Write();
        ProgrammeRecords.Write([RecordSample.Programme()], twice);

        foreach (var (file, _) in ProgrammeRecords.Files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(once, file)), File.ReadAllText(Path.Combine(twice, file)));
        }
    }

    [Fact]
    public void Texts_with_a_comma_quote_or_line_break_anywhere_are_quoted_with_inner_quotes_doubled()
    {
        var text = Write(["a", "b", "c", "d", "e", "f"], w =>
        {
            w.Text("\"Butikk\" helst");
            w.Text(",først");
            w.Text("\nlinje");
            w.Text("vanlig tekst");
            w.Text(string.Empty);
            w.Text(null);
            w.EndRow();
        });

        Assert.Equal("a,b,c,d,e,f\n\"\"\"Butikk\"\" helst\",\",først\",\"\nlinje\",vanlig tekst,,\n", text);
    }

    [Fact]
    public void Decimals_are_written_with_a_point_and_without_trailing_zeros()
    {
        var text = Write(["a", "b", "c", "d", "e", "f"], w =>
        {
            w.Decimal(50.00m);
            w.Decimal(0.50m);
            w.Decimal(37.5m);
            w.Decimal(-1.250m);
            w.Decimal(0m);
            w.Decimal(null);
            w.EndRow();
        });

        Assert.Equal("a,b,c,d,e,f\n50,0.5,37.5,-1.25,0,\n", text);
    }

    [Fact]
    public void Specialists_are_written_with_their_hours_as_given_without_trailing_zeros()
    {
        var lines = File.ReadAllLines(Path.Combine(RecordSample.Write(), "specialists.csv"));

        Assert.Equal(["programme_id,specialist_id,fte,supervisor_id,scheduled_hours_per_week,community_hours_per_week", "prog-1,spec-1,1,sup-1,37.5,20", "prog-1,spec-2,0.05,,,"], lines);
    }

    [Fact]
    public void A_row_with_fewer_fields_than_the_header_is_refused()
    {
        var path = Path.Combine(RecordSample.NewDirectory(), "file.csv");
        using var writer = new RecordFileWriter(path, ["a", "b"]);
        writer.Id("x");

        var thrown = Assert.Throws<InvalidOperationException>(writer.EndRow);

        Assert.Equal("A row has 1 fields but the header 2.", thrown.Message);
    }
}
