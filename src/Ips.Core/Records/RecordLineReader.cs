namespace Ips.Core.Records;

/// <summary>Reads one record file as UTF-8 byte records (a line, or lines joined by a quoted field), streaming through one buffer.</summary>
/// <remarks>
/// Memory is bounded by the buffer (a little more than <see cref="RecordReadOptions.MaxLineLength"/>), never by the
/// file: a record longer than the limit is skipped up to its end and reported as too long. A UTF-8 byte-order mark is
/// skipped; a trailing <c>\r</c> (CRLF line ends) is dropped; a last line without a line end is read. Line numbers are
/// 1-based and count physical lines, so a record spanning lines is numbered by its first. Not thread-safe.
/// </remarks>
internal sealed class RecordLineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLength;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _nextLine = 1;

    internal RecordLineReader(Stream stream, int maxLength)
    {
        _stream = stream;
        _maxLength = maxLength;
        _buffer = new byte[Math.Max(1 << 16, Math.Min(maxLength + 2, 1 << 20))];
        Fill();
        if (_end - _start >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
            HadBom = true;
        }
    }

    /// <summary>Whether the file began with a UTF-8 byte-order mark (accepted and skipped).</summary>
    internal bool HadBom { get; }

    /// <summary>Reads the next record.</summary>
    /// <param name="record">The record's bytes without the line end; valid until the next call.</param>
    /// <param name="line">The 1-based physical line the record starts on.</param>
    /// <param name="tooLong">Whether the record exceeded the maximum length (then <paramref name="record"/> is empty and the record was skipped).</param>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    internal bool TryRead(out ReadOnlySpan<byte> record, out long line, out bool tooLong)
    {
        line = _nextLine;
        tooLong = false;
        var scan = _start;
        var quotes = 0;
        while (true)
        {
            var window = _buffer.AsSpan(scan, _end - scan);
            var newline = window.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var segment = window[..newline];
                quotes += CountQuotes(segment);
                _nextLine++;
                var recordEnd = scan + newline;
                if ((quotes & 1) == 0)
                {
                    // A complete record: the line end lies outside quotes.
                    if (recordEnd - _start > _maxLength)
                    {
                        _start = recordEnd + 1;
                        record = default;
                        tooLong = true;
                        return true;
                    }

                    var length = recordEnd - _start;
                    if (length > 0 && _buffer[recordEnd - 1] == (byte)'\r')
                    {
                        length--;
                    }

                    record = _buffer.AsSpan(_start, length);
                    _start = recordEnd + 1;
                    return true;
                }

                // The line end is inside a quoted field: the record continues on the next line.
                scan = recordEnd + 1;
                if (scan - _start > _maxLength)
                {
                    // Stop at this line end: a runaway quote would otherwise swallow the rest of the file.
                    _start = scan;
                    record = default;
                    tooLong = true;
                    return true;
                }

                continue;
            }

            quotes += CountQuotes(window);
            scan = _end;
            if (_end - _start > _maxLength)
            {
                SkipToLineEnd();
                record = default;
                tooLong = true;
                return true;
            }

            if (_eof)
            {
                if (_end == _start)
                {
                    record = default;
                    return false;
                }

                // The last line has no line end (or a quote was never closed: the field parser reports it).
                var length = _end - _start;
                if (_buffer[_end - 1] == (byte)'\r')
                {
                    length--;
                }

                record = _buffer.AsSpan(_start, length);
                _start = _end;
                _nextLine++;
                return true;
            }

            var consumed = _start;
            Compact();
            scan -= consumed;
            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private static int CountQuotes(ReadOnlySpan<byte> span) => span.IndexOf((byte)'"') < 0 ? 0 : System.MemoryExtensions.Count(span, (byte)'"');

    private void SkipToLineEnd()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start += newline + 1;
                _nextLine++;
                return;
            }

            _start = _end = 0;
            if (_eof)
            {
                return;
            }

            Fill();
        }
    }

    private void Compact()
    {
        var remaining = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, remaining);
        }
        else if (remaining == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, _maxLength + 2));
        }

        _start = 0;
        _end = remaining;
    }

    private void Fill()
    {
        while (_end < _buffer.Length && !_eof)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }
}
