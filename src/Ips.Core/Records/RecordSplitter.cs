namespace Ips.Core.Records;

/// <summary>Splits one record into fields (RFC 4180: <c>,</c> separates; a field may be quoted with <c>"</c>, and <c>""</c> inside is one quote).</summary>
internal static class RecordSplitter
{
    /// <summary>Splits <paramref name="record"/>; returns the number of fields, or <c>fields.Length + 1</c> when there are more than room.</summary>
    /// <param name="record">The record bytes.</param>
    /// <param name="fields">Receives the fields' ranges in <paramref name="source"/>.</param>
    /// <param name="scratch">A buffer for unquoted fields, grown when needed.</param>
    /// <param name="source">The bytes the ranges index: the record itself when nothing is quoted, else <paramref name="scratch"/>.</param>
    /// <param name="quoteError">Whether a quote is misplaced (inside an unquoted field, text after a closing quote) or never closed.</param>
    internal static int Split(ReadOnlySpan<byte> record, Span<Range> fields, ref byte[] scratch, out ReadOnlySpan<byte> source, out bool quoteError)
    {
        quoteError = false;
        if (record.IndexOf((byte)'"') < 0)
        {
            source = record;
            var count = 0;
            var start = 0;
            while (true)
            {
                var comma = record[start..].IndexOf((byte)',');
                if (count == fields.Length)
                {
                    return fields.Length + 1;
                }

                if (comma < 0)
                {
                    fields[count++] = start..record.Length;
                    return count;
                }

                fields[count++] = start..(start + comma);
                start += comma + 1;
            }
        }

        if (scratch.Length < record.Length)
        {
            scratch = new byte[Math.Max(record.Length, scratch.Length * 2)];
        }

        var output = scratch.AsSpan();
        var n = 0;
        var written = 0;
        var i = 0;
        while (true)
        {
            if (n == fields.Length)
            {
                source = output;
                return fields.Length + 1;
            }

            var fieldStart = written;
            if (i < record.Length && record[i] == (byte)'"')
            {
                i++;
                var closed = false;
                while (i < record.Length)
                {
                    var b = record[i];
                    if (b == (byte)'"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == (byte)'"')
                        {
                            output[written++] = (byte)'"';
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    output[written++] = b;
                    i++;
                }

                if (!closed || (i < record.Length && record[i] != (byte)','))
                {
                    quoteError = true;
                }
            }
            else
            {
                while (i < record.Length && record[i] != (byte)',')
                {
                    if (record[i] == (byte)'"')
                    {
                        quoteError = true;
                    }

                    output[written++] = record[i++];
                }
            }

            fields[n++] = fieldStart..written;
            if (i >= record.Length)
            {
                source = output;
                return n;
            }

            // Skip to the separator (only text after a closing quote lies between: already an error).
            while (i < record.Length && record[i] != (byte)',')
            {
                i++;
            }

            i++;
            if (i > record.Length)
            {
                source = output;
                return n;
            }

            if (i == record.Length)
            {
                // A trailing separator: one more, empty field.
                if (n == fields.Length)
                {
                    source = output;
                    return fields.Length + 1;
                }

                fields[n++] = written..written;
                source = output;
                return n;
            }
        }
    }
}
