using System.Globalization;
using System.Text;

namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>
/// The column names of the analysis CSVs (facts in, scores out), derived from the scale definition's ids so that they
/// are the same in every language and valid as variable names in R, Stata and pandas: ASCII, a letter first, only
/// <c>[a-z0-9_]</c>, at most <see cref="MaxLength"/> characters (Stata's limit).
/// </summary>
/// <remarks>
/// <para>The rule, applied to a fact id (<c>activeParticipants</c> of item 1) or an item's code name
/// (<c>CaseloadSize</c>):</para>
/// <list type="number">
/// <item>Split the id into words at each lower-to-upper case change and at every character outside <c>[A-Za-z0-9]</c>;
/// lower-case the words; prefix <c>i</c> and the item number with at least two digits:
/// <c>i01_active_participants</c>, <c>i01_caseload_size</c>.</item>
/// <item>Longer than 32: leave out the linking words <c>in, to, from, of, the, with, and, for, on, at</c>
/// (<c>i04_clinicians_organised_teams</c>).</item>
/// <item>Still longer: shorten the longest word by one letter (the leftmost of equally long ones), again and again,
/// never below four letters: <c>inPersonEmployerContactsPerWeek</c> gives <c>i17_perso_employ_contac_per_week</c>.</item>
/// <item>Still longer, or the same as another column of the file: the first 27 characters, <c>_</c> and four hex
/// digits of the FNV-1a hash of the id (stable across runs, machines and versions).</item>
/// </list>
/// <para>The same definition always gives the same names; tests check the rule over the whole IPS-25 definition.</para>
/// </remarks>
public static class CsvColumnNames
{
    /// <summary>The longest column name (Stata's limit for a variable name).</summary>
    public const int MaxLength = 32;

    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal) { "in", "to", "from", "of", "the", "with", "and", "for", "on", "at" };

    /// <summary>The column of fact <paramref name="factId"/> of item <paramref name="item"/>: <c>i01_active_participants</c>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is negative.</exception>
    /// <example>
    /// <code>
    /// CsvColumnNames.Fact(17, "contactLogReview");   // "i17_contact_log_review"
    /// </code>
    /// </example>
    public static string Fact(int item, string factId)
    {
        ArgumentNullException.ThrowIfNull(factId);
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        return Name(Prefix(item), factId);
    }

    /// <summary>The score column of item <paramref name="item"/> with code name <paramref name="codeName"/>: <c>i01_caseload_size</c> (<c>i01_score</c> without a code name).</summary>
    /// <param name="item">The item number.</param>
    /// <param name="codeName">The item's code name, if the definition gives one.</param>
    /// <returns>The column name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="item"/> is negative.</exception>
    public static string Item(int item, string? codeName)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        return Name(Prefix(item), string.IsNullOrWhiteSpace(codeName) ? "score" : codeName);
    }

    /// <summary>Whether <paramref name="name"/> keeps the rule's form: ASCII, a lower-case letter first, only <c>[a-z0-9_]</c>, at most <see cref="MaxLength"/> characters.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>Whether it is valid in R, Stata and pandas alike.</returns>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name made unique among <paramref name="taken"/> by the hash step of the rule.</summary>
    internal static string Unique(string name, string id, HashSet<string> taken)
    {
        if (taken.Add(name))
        {
            return name;
        }

        var hashed = Hashed(name, id);
        for (var salt = 1; !taken.Add(hashed); salt++)
        {
            hashed = Hashed(name, id + "#" + salt.ToString(CultureInfo.InvariantCulture));
        }

        return hashed;
    }

    private static string Prefix(int item) => "i" + item.ToString("00", CultureInfo.InvariantCulture);

    private static string Name(string prefix, string id)
    {
        var words = Words(id);
        var name = Join(prefix, words);
        if (name.Length > MaxLength)
        {
            words.RemoveAll(LinkingWords.Contains);
            name = Join(prefix, words);
        }

        while (name.Length > MaxLength)
        {
            var longest = -1;
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Length > 4 && (longest < 0 || words[i].Length > words[longest].Length))
                {
                    longest = i;
                }
            }

            if (longest < 0)
            {
                return Hashed(Join(prefix, words), id);
            }

            words[longest] = words[longest][..^1];
            name = Join(prefix, words);
        }

        return name;
    }

    private static string Join(string prefix, List<string> words) => words.Count == 0 ? prefix : prefix + "_" + string.Join('_', words);

    private static List<string> Words(string id)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(id[i - 1]) || char.IsAsciiDigit(id[i - 1])))
            {
                Flush();
            }

            word.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private static string Hashed(string name, string id)
    {
        // FNV-1a over the id's UTF-16 code units: the same four hex digits on every machine and in every version.
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var head = name.Length > MaxLength - 5 ? name[..(MaxLength - 5)].TrimEnd('_') : name;
        return head + "_" + (hash & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture);
    }
}
