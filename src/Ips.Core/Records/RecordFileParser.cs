using System.Text;
using Ips.Core.Benefits;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Validation;
using static Ips.Core.Records.RecordSchema;

namespace Ips.Core.Records;

/// <summary>Reads one record file: checks the header, then parses each row into the typed row of its programme.</summary>
/// <remarks>One instance per file and thread; the programmes map is read-only while files are parsed.</remarks>
internal sealed class RecordFileParser : IDisposable
{
    private readonly int _file;
    private readonly RecordReadOptions _options;
    private readonly RecordTextPool _pool;
    private readonly IReadOnlyDictionary<string, ProgrammeRows> _programmes;
    private int _columns;
    private byte[] _scratch = new byte[1024];
    private byte[] _lastProgramme = new byte[64];
    private int _lastProgrammeLength = -1;
    private ProgrammeRows? _lastRows;
    private RecordLineReader? _reader;
    private Range[] _fields;
    private byte[] _pending = new byte[256];
    private int _pendingLength;
    private long _pendingLine;
    private bool _hasPending;

    internal RecordFileParser(int file, RecordReadOptions options, RecordTextPool pool, IReadOnlyDictionary<string, ProgrammeRows> programmes)
    {
        _file = file;
        _options = options;
        _pool = pool;
        _programmes = programmes;
        _columns = Files[file].Columns.Length;
        _fields = new Range[_columns];
        Errors = new RecordErrorSink(options.MaxErrors);
    }

    internal RecordErrorSink Errors { get; }

    /// <summary>Whether the file could not be read as a whole (missing, no or bad header, too many rows).</summary>
    internal bool Fatal { get; private set; }

    internal int Rows { get; private set; }

    /// <summary>Reads all of <c>programmes.csv</c>; <paramref name="onProgramme"/> receives each valid programme id and its line.</summary>
    internal void ParseProgrammes(string directory, Action<string, int> onProgramme)
    {
        if (!Open(directory))
        {
            return;
        }

        using (_reader)
        {
            while (Next(out var row, out _))
            {
                if (row.Id(0, out var id))
                {
                    onProgramme(id, (int)row.Line);
                }
            }
        }
    }

    /// <summary>Opens the file and checks its header; false (and <see cref="Fatal"/>) when it cannot be read.</summary>
    internal bool Open(string directory)
    {
        var path = Path.Combine(directory, FileName(_file));
        if (!File.Exists(path))
        {
            FileError(ErrorCodes.Records.MissingFile, FileName(_file) + " is missing; every record file is required, with its header, even when it has no rows.");
            return false;
        }

        _reader = new RecordLineReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), _options.MaxLineLength);
        if (!_reader.TryRead(out var header, out _, out var headerTooLong) || (header.IsEmpty && !headerTooLong))
        {
            FileError(ErrorCodes.Records.NoHeader, FileName(_file) + " is empty; the first line must be the header: " + string.Join(',', Files[_file].Columns) + ".");
            return false;
        }

        if (headerTooLong)
        {
            FileError(ErrorCodes.Records.UnknownColumn, FileName(_file) + " has a header longer than MaxLineLength; expected: " + string.Join(',', Files[_file].Columns) + ".");
            return false;
        }

        return CheckHeader(header);
    }

    /// <summary>
    /// Reads the rows of <paramref name="programme"/>: the rows from here on that belong to it. Rows of a programme are
    /// contiguous and in <c>programmes.csv</c> order (as written), so the file is read once, one programme at a time;
    /// the first row of a later programme is kept for its turn, and a row of an earlier programme is out of order.
    /// </summary>
    internal void ReadRowsOf(ProgrammeRows? programme)
    {
        if (Fatal || _reader is null)
        {
            return;
        }

        while (Next(out var row, out var raw))
        {
            var rows = ProgrammeOf(row);
            if (rows is null)
            {
                continue;
            }

            if (ReferenceEquals(rows, programme))
            {
                ParseRow(row, rows);
            }
            else if (programme is null || rows.Index < programme.Index)
            {
                row.Error(ErrorCodes.Records.ProgrammeOrder, 0, "The row's programme was read already: the rows of each programme are contiguous and in programmes.csv order (as written); sort the file by programme, in that order.");
            }
            else
            {
                Keep(raw, row.Line);
                return;
            }
        }
    }

    public void Dispose() => _reader?.Dispose();

    private void Keep(ReadOnlySpan<byte> record, long line)
    {
        // Copy the record (it lives in the reader's buffer) to read again on its programme's turn.
        if (_pending.Length < record.Length)
        {
            _pending = new byte[Math.Max(record.Length, _pending.Length * 2)];
        }

        record.CopyTo(_pending);
        _pendingLength = record.Length;
        _pendingLine = line;
        _hasPending = true;
    }

    /// <summary>The next well-formed row (field count and quoting checked, errors reported), or false at the end or on a fatal bound.</summary>
    private bool Next(out RecordFields row, out ReadOnlySpan<byte> raw)
    {
        while (true)
        {
            ReadOnlySpan<byte> record;
            long line;
            if (_hasPending)
            {
                _hasPending = false;
                record = _pending.AsSpan(0, _pendingLength);
                line = _pendingLine;
            }
            else
            {
                if (!_reader!.TryRead(out record, out line, out var tooLong))
                {
                    row = default;
                    raw = default;
                    return false;
                }

                if (!tooLong && record.IsEmpty)
                {
                    // A blank line (e.g. a trailing empty line) holds no record.
                    continue;
                }

                if (++Rows > _options.MaxRowsPerFile)
                {
                    Errors.Add(ErrorCodes.Records.TooManyRows, _file, line, 0, FormattableString.Invariant($"{FileName(_file)} has more than {_options.MaxRowsPerFile} rows (MaxRowsPerFile); reading stopped here."));
                    Fatal = true;
                    row = default;
                    raw = default;
                    return false;
                }

                if (tooLong)
                {
                    Errors.Add(ErrorCodes.Records.LineTooLong, _file, line, 0, FormattableString.Invariant($"The row is longer than {_options.MaxLineLength} bytes (MaxLineLength) and was not read."));
                    continue;
                }
            }

            var count = RecordSplitter.Split(record, _fields, ref _scratch, out var source, out var quoteError);
            if (quoteError)
            {
                Errors.Add(ErrorCodes.Records.Quoting, _file, line, 0, "A field's quotes are malformed: a quoted field must close with \" followed by , or the line end, and a \" inside is written \"\".");
                continue;
            }

            if (count != _columns)
            {
                Errors.Add(ErrorCodes.Records.FieldCount, _file, line, 0, FormattableString.Invariant($"The row has {(count > _columns ? "more than " + _columns.ToString(System.Globalization.CultureInfo.InvariantCulture) : count.ToString(System.Globalization.CultureInfo.InvariantCulture))} fields; the header has {_columns}. A text with a comma must be quoted."));
                continue;
            }

            raw = record;
            row = new RecordFields(source, _fields, _file, line, Errors, _pool);
            return true;
        }
    }

    private void FileError(string code, string message)
    {
        Errors.Add(code, _file, 0, 0, message);
        Fatal = true;
    }

    private bool CheckHeader(ReadOnlySpan<byte> header)
    {
        var expected = Files[_file].Columns;
        var name = FileName(_file);
        var all = string.Join(',', expected);
        Span<Range> fields = stackalloc Range[64];
        var count = RecordSplitter.Split(header, fields, ref _scratch, out var source, out var quoteError);
        if (!quoteError && count >= RequiredColumns(_file) && count <= _columns)
        {
            var same = true;
            for (var i = 0; i < count && same; i++)
            {
                same = source[fields[i]].SequenceEqual(Encoding.ASCII.GetBytes(expected[i]));
            }

            if (same)
            {
                // Optional trailing columns the file does not have read as null.
                _columns = count;
                return true;
            }
        }

        // Header names are echoed only when they are documented names: anything else may be a data row (identity values).
        if (header.IndexOf((byte)';') >= 0 && (count == 1 || header.Count((byte)';') >= count))
        {
            FileError(ErrorCodes.Records.SemicolonSeparated, $"{name}: the header looks like semicolon-separated (as Excel writes with Norwegian settings); the record files are comma-separated with a decimal point. Save as CSV UTF-8 (comma delimited), or convert. Expected header: {all}.");
            return false;
        }

        var present = new List<string>();
        var unknown = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(count, fields.Length); i++)
        {
            var column = Encoding.UTF8.GetString(source[fields[i]]);
            if (expected.Contains(column) && seen.Add(column))
            {
                present.Add(column);
            }
            else
            {
                unknown.Add(i + 1);
            }
        }

        var missing = expected.Take(RequiredColumns(_file)).Where(c => !seen.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            FileError(ErrorCodes.Records.MissingColumn, $"{name}: the header lacks {string.Join(", ", missing)}; expected: {all}.");
        }

        if (unknown.Count > 0 || count > fields.Length)
        {
            FileError(ErrorCodes.Records.UnknownColumn, $"{name}: header column(s) {string.Join(", ", unknown)} are not columns of {name} (or repeat one; names not shown); expected: {all}.");
        }

        if (missing.Count == 0 && unknown.Count == 0)
        {
            FileError(ErrorCodes.Records.ColumnOrder, $"{name}: the header has the right columns in the wrong order ({string.Join(',', present)}); expected: {all}.");
        }

        return false;
    }

    /// <summary>The optional trailing columns of participants.csv: those the header has are read, the rest are null.</summary>
    private bool ParticipantExtra(in RecordFields f, out ParticipantExtraRow extra)
    {
        var ok = true;
        string? measure = null, unit = null, label = null, tags = null;
        int? age = null;
        AgeBasis? basis = null;
        NavBenefits? entry = null, exitBenefits = null;
        if (_columns > 11)
        {
            ok &= f.OptionalText(11, out measure);
        }

        if (_columns > 12 && !f.IsEmpty(12))
        {
            ok &= f.Int(12, out var years);
            age = years;
        }

        if (_columns > 13)
        {
            ok &= f.OptionalEnum(13, out basis);
        }

        if (_columns > 14)
        {
            ok &= f.OptionalId(14, out unit);
        }

        if (_columns > 15)
        {
            ok &= f.OptionalText(15, out label);
        }

        if (_columns > 16)
        {
            ok &= f.OptionalText(16, out tags);
        }

        if (_columns > 17)
        {
            ok &= f.OptionalFlags(17, out entry);
        }

        if (_columns > 18)
        {
            ok &= f.OptionalFlags(18, out exitBenefits);
        }

        extra = new ParticipantExtraRow(measure, age, basis, unit, label, tags, entry, exitBenefits);
        return ok;
    }

    private ProgrammeRows? ProgrammeOf(in RecordFields row)
    {
        var raw = row.Raw(0);
        if (raw.Length == _lastProgrammeLength && raw.SequenceEqual(_lastProgramme.AsSpan(0, _lastProgrammeLength)))
        {
            return _lastRows;
        }

        if (!row.Id(0, out var id))
        {
            return null;
        }

        if (!_programmes.TryGetValue(id, out var rows))
        {
            row.Error(ErrorCodes.Records.UnknownProgramme, 0, "programme_id is not in programmes.csv (value not shown); every row belongs to a listed programme.");
            return null;
        }

        if (raw.Length <= _lastProgramme.Length)
        {
            raw.CopyTo(_lastProgramme);
            _lastProgrammeLength = raw.Length;
            _lastRows = rows;
        }

        return rows;
    }

    private void ParseRow(in RecordFields f, ProgrammeRows p)
    {
        var line = (int)f.Line;
        switch (_file)
        {
            case SpecialistsFile:
            {
                var ok = f.Id(1, out var id);
                ok &= f.Decimal(2, out var fte);
                ok &= f.OptionalId(3, out var supervisor);
                ok &= f.OptionalDecimal(4, out var scheduled);
                ok &= f.OptionalDecimal(5, out var community);
                if (ok)
                {
                    p.Specialists.Add(new SpecialistRow(line, id, fte, supervisor, scheduled, community));
                }
                else
                {
                    p.Reject(_file, line, id);
                }

                break;
            }

            case SpecialistTeamsFile:
            case PreferredOccupationsFile:
            case CaseloadAssignmentsFile:
            {
                var ok = f.Id(1, out var parent);
                ok &= f.Int(2, out var ordinal);
                string value;
                if (_file == PreferredOccupationsFile)
                {
                    ok &= f.Text(3, out value);
                }
                else
                {
                    ok &= f.Id(3, out value);
                }

                var list = _file == SpecialistTeamsFile ? p.Teams : _file == PreferredOccupationsFile ? p.Occupations : p.Assignments;
                if (ok)
                {
                    list.Add(new OrdinalRow(line, parent, ordinal, value));
                }
                else
                {
                    p.Reject(_file, line, parent);
                }

                break;
            }

            case ParticipantsFile:
            {
                var ok = f.Id(1, out var id);
                ok &= f.Date(2, out var referral);
                ok &= f.Date(3, out var enrolment);
                ok &= f.Enum<ReferralSourceKind>(4, out var source);
                ok &= f.OptionalId(5, out var team);
                ok &= f.Enum<ParticipantPhase>(6, out var phase);
                ok &= f.OptionalDate(7, out var exit);
                ok &= f.OptionalEnum<NavEndReason>(8, out var reason);
                ok &= f.OptionalEnum<ExitStatus>(9, out var status);
                ok &= f.OptionalText(10, out var description);
                ok &= ParticipantExtra(f, out var extra);
                if (ok)
                {
                    p.Participants.Add(new ParticipantRow(line, id, referral, enrolment, source, team, phase, exit, reason, status, description, extra));
                }
                else
                {
                    p.Reject(_file, line, id);
                }

                break;
            }

            case CareerProfileEntriesFile:
            {
                var ok = f.Id(1, out var participant);
                ok &= f.Int(2, out var ordinal);
                ok &= f.Date(3, out var date);
                ok &= f.Enum<CareerProfileEntryKind>(4, out var kind);
                if (ok)
                {
                    p.Profiles.Add(new ProfileRow(line, participant, ordinal, date, kind));
                }
                else
                {
                    p.Reject(_file, line, participant);
                }

                break;
            }

            case CaseloadsFile:
            {
                var ok = f.Id(1, out var specialist);
                ok &= f.Int(2, out var capacity);
                ok &= f.Int(3, out var count);
                if (ok)
                {
                    p.Caseloads.Add(new CaseloadRow(line, specialist, capacity, count));
                }
                else
                {
                    p.Reject(_file, line, specialist);
                }

                break;
            }

            case EmployersFile:
            {
                var ok = f.Id(1, out var id);
                ok &= f.OptionalText(2, out var organisation);
                ok &= f.OptionalText(3, out var name);
                ok &= f.OptionalText(4, out var industry);
                if (ok)
                {
                    p.Employers.Add(new EmployerRow(line, id, organisation, name, industry));
                }
                else
                {
                    p.Reject(_file, line, id);
                }

                break;
            }

            case EmployerContactsFile:
            {
                var ok = f.Int(1, out var index);
                ok &= f.Date(2, out var date);
                ok &= f.OptionalId(3, out var specialist);
                ok &= f.Id(4, out var employer);
                ok &= f.Bool(5, out var inPerson);
                ok &= f.Enum<ContactPurpose>(6, out var purpose);
                ok &= f.Int(7, out var count);
                ok &= f.OptionalBool(8, out var present);
                ok &= f.OptionalBool(9, out var followed);
                if (ok)
                {
                    p.Contacts.Add(new ContactRow(line, index, date, specialist, employer, inPerson, purpose, count, present, followed));
                }
                else
                {
                    p.Reject(_file, line, f.IsEmpty(1) ? null : Key(f.Raw(1)));
                }

                break;
            }

            case EmployerContactParticipantsFile:
            {
                var ok = f.Int(1, out var index);
                ok &= f.Int(2, out var ordinal);
                ok &= f.Id(3, out var participant);
                if (ok)
                {
                    p.ContactParticipants.Add(new ContactParticipantRow(line, index, ordinal, participant));
                }
                else
                {
                    p.Reject(_file, line, f.IsEmpty(1) ? null : Key(f.Raw(1)));
                }

                break;
            }

            case JobsFile:
            {
                var ok = f.Id(1, out var id);
                ok &= f.Id(2, out var participant);
                ok &= f.Id(3, out var employer);
                ok &= f.Text(4, out var code);
                ok &= f.Text(5, out var title);
                ok &= f.Date(6, out var start);
                ok &= f.OptionalDate(7, out var end);
                ok &= f.Enum<PositionSizeKind>(8, out var kind);
                ok &= f.OptionalDecimal(9, out var amount);
                ok &= f.OptionalDecimal(10, out var percent);
                ok &= f.Bool(11, out var ordinary);
                ok &= f.Enum<EmploymentForm>(12, out var form);
                ok &= f.Bool(13, out var reserved);
                ok &= f.Enum<NavWageSubsidy>(14, out var subsidy);
                ok &= f.OptionalEnum<JobEndReason>(15, out var endReason);
                ok &= f.Bool(16, out var competitive);
                ok &= f.Bool(17, out var permanent);
                if (ok)
                {
                    p.Jobs.Add(new JobRow(line, id, participant, employer, code, title, start, end, kind, amount, percent, ordinary, form, reserved, subsidy, endReason, competitive, permanent));
                }
                else
                {
                    p.Reject(_file, line, id);
                }

                break;
            }

            case WorkTrialsFile:
            {
                var ok = f.Id(1, out var participant);
                ok &= f.Id(2, out var employer);
                ok &= f.Date(3, out var start);
                ok &= f.OptionalDate(4, out var end);
                ok &= f.Enum<WorkTrialKind>(5, out var kind);
                if (ok)
                {
                    p.Trials.Add(new TrialRow(line, participant, employer, start, end, kind));
                }

                break;
            }

            case FollowAlongContactsFile:
            {
                var ok = f.Date(1, out var date);
                ok &= f.Id(2, out var participant);
                ok &= f.Id(3, out var job);
                ok &= f.Bool(4, out var inPerson);
                ok &= f.Enum<FollowAlongProvider>(5, out var by);
                if (ok)
                {
                    p.FollowAlong.Add(new FollowAlongRow(line, date, participant, job, inPerson, by));
                }

                break;
            }

            case BenefitsPlanningSessionsFile:
            {
                var ok = f.Date(1, out var date);
                ok &= f.Id(2, out var participant);
                ok &= f.Enum<BenefitsPlanner>(3, out var by);
                ok &= f.Enum<BenefitsPlanningOccasion>(4, out var occasion);
                ok &= f.Bool(5, out var help);
                if (ok)
                {
                    p.Benefits.Add(new BenefitsRow(line, date, participant, by, occasion, help));
                }

                break;
            }

            case DisclosureDecisionsFile:
            {
                var ok = f.Id(1, out var participant);
                ok &= f.Int(2, out var ordinal);
                ok &= f.Date(3, out var date);
                ok &= f.Flags<DisclosedInformation>(4, out var information);
                ok &= f.Flags<DisclosureAudience>(5, out var audience);
                ok &= f.OptionalEnum<DisclosureTiming>(6, out var timing);
                ok &= f.Bool(7, out var may);
                if (ok)
                {
                    p.Decisions.Add(new DecisionRow(line, participant, ordinal, date, information, audience, timing, may));
                }
                else
                {
                    p.Reject(_file, line, participant);
                }

                break;
            }

            case DisclosureDiscussionsFile:
            {
                var ok = f.Date(1, out var date);
                ok &= f.Id(2, out var specialist);
                ok &= f.Id(3, out var participant);
                ok &= f.Bool(4, out var a);
                ok &= f.Bool(5, out var b);
                ok &= f.Bool(6, out var c);
                if (ok)
                {
                    p.Discussions.Add(new DiscussionRow(line, date, specialist, participant, a, b, c));
                }

                break;
            }

            case OutreachAttemptsFile:
            {
                var ok = f.Date(1, out var date);
                ok &= f.Id(2, out var participant);
                ok &= f.Enum<OutreachMethod>(3, out var method);
                ok &= f.Enum<OutreachActor>(4, out var by);
                ok &= f.Bool(5, out var coordinated);
                ok &= f.Bool(6, out var family);
                if (ok)
                {
                    p.Outreach.Add(new OutreachRow(line, date, participant, method, by, coordinated, family));
                }

                break;
            }
        }
    }

    /// <summary>A contact index as a key string (only for rejected rows, so rarely).</summary>
    private static string? Key(ReadOnlySpan<byte> raw) =>
        raw.Length <= 10 && int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
