using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>The bounded error list of one file or programme: which errors it keeps when more are found than it may list, and in what order it gives them back.</summary>
public sealed class RecordErrorSinkTests
{
    // File 3 is participants.csv, file 1 specialists.csv (RecordSchema's order).
    private const int Participants = 3;
    private const int Specialists = 1;

    /// <summary>Adds the errors in the order given to a sink of bound <paramref name="max"/>; returns the kept messages (in the order the sink gives them back) and the count.</summary>
    private static (string[] Kept, int Count) Keep(int max, params (string Code, int File, long Line, int Column, string Message)[] found)
    {
        var sink = new RecordErrorSink(max);
        foreach (var (code, file, line, column, message) in found)
        {
            sink.Add(code, file, line, column, message);
        }

        return ([.. sink.Kept.Select(e => e.Message)], sink.Count);
    }

    [Fact]
    public void Beyond_its_bound_it_keeps_the_earliest_errors_by_file_then_line_then_column_then_code()
    {
        var (kept, count) = Keep(
            3,
            ("IPS-REC-013", Participants, 9, 2, "line 9"),
            ("IPS-REC-013", Participants, 4, 3, "line 4, column 3"),
            ("IPS-REC-014", Participants, 4, 2, "line 4, column 2, code 014"),
            ("IPS-REC-013", Participants, 4, 2, "line 4, column 2, code 013"),
            ("IPS-REC-013", Specialists, 20, 1, "an earlier file, a later line"));

        // Given back in the order found; the reader sorts every sink's errors together afterwards.
        Assert.Equal(["line 4, column 2, code 014", "line 4, column 2, code 013", "an earlier file, a later line"], kept);
        Assert.Equal(5, count);
    }

    [Fact]
    public void An_error_later_in_the_file_than_every_kept_one_is_counted_but_not_kept()
    {
        var (kept, count) = Keep(
            2,
            ("IPS-REC-013", Participants, 2, 2, "first"),
            ("IPS-REC-013", Participants, 3, 2, "second"),
            ("IPS-REC-013", Participants, 7, 2, "later"),
            ("IPS-REC-013", Participants, 5, 2, "later too"));

        Assert.Equal(["first", "second"], kept);
        Assert.Equal(4, count);
    }

    [Fact]
    public void At_the_same_place_the_lower_code_comes_first_whichever_was_found_first()
    {
        var (kept, _) = Keep(1, ("IPS-REC-014", Participants, 4, 2, "code 014"), ("IPS-REC-013", Participants, 4, 2, "code 013"));

        Assert.Equal(["code 013"], kept);
    }

    [Fact]
    public void Of_errors_at_the_same_place_with_the_same_code_the_one_found_first_is_kept()
    {
        var (kept, _) = Keep(
            2,
            ("IPS-REC-013", Participants, 6, 2, "found first"),
            ("IPS-REC-013", Participants, 6, 2, "found second"),
            ("IPS-REC-013", Participants, 2, 2, "earlier row"));

        Assert.Equal(["found first", "earlier row"], kept);
    }

    [Fact]
    public void A_replaced_error_leaves_the_list_at_its_bound()
    {
        var (kept, count) = Keep(2, [.. Enumerable.Range(1, 10).Reverse().Select(line => ("IPS-REC-013", Participants, (long)line, 2, "line " + line))]);

        Assert.Equal(["line 2", "line 1"], kept);
        Assert.Equal(10, count);
    }

    [Fact]
    public void Kept_errors_name_the_file_and_the_column_from_the_schema_and_no_column_for_a_whole_row()
    {
        var sink = new RecordErrorSink(5);
        sink.Add("IPS-REC-013", Participants, 4, 3, "a field");
        sink.Add("IPS-REC-011", Specialists, 2, 0, "a row");

        Assert.Equal(
            [
                new RecordError("IPS-REC-013", "participants.csv", 4, 3, "referral_date", "a field"),
                new RecordError("IPS-REC-011", "specialists.csv", 2, 0, null, "a row"),
            ],
            sink.Kept);
    }
}
