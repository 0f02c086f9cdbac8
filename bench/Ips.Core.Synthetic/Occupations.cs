using System.Collections.Immutable;
using Ips.Core.Jobs;

namespace Ips.Core.Synthetic;

/// <summary>A small table of common entry-level occupations: STYRK-08 unit group, Norwegian job title and an industry.</summary>
/// <remarks>
/// Codes are ISCO-08 unit groups as adopted by STYRK-08 (SSB's classification of occupations); titles are everyday job
/// titles, not the classification's group names. Checked against the ISCO-08 structure: note that
/// <i>lagermedarbeider</i> (stock clerk) is 4321, while 9321 is <i>pakker</i> (hand packer).
/// </remarks>
public static class Occupations
{
    /// <summary>The table: (code, title, industry).</summary>
    public static ImmutableArray<(string Code, string Title, string Industry)> Table { get; } =
    [
        ("5223", "Butikkmedarbeider", "Varehandel"),
        ("5230", "Kassemedarbeider", "Varehandel"),
        ("9112", "Renholder", "Renhold"),
        ("9111", "Husholdningsrenholder", "Renhold"),
        ("4321", "Lagermedarbeider", "Lager og logistikk"),
        ("9321", "Pakker", "Lager og logistikk"),
        ("9333", "Terminalarbeider", "Lager og logistikk"),
        ("5312", "Barnehageassistent", "Barnehage og skole"),
        ("5311", "Barne- og ungdomsarbeider", "Barnehage og skole"),
        ("5120", "Kokk", "Serveringsvirksomhet"),
        ("9412", "Kjøkkenassistent", "Serveringsvirksomhet"),
        ("9411", "Hurtigmatmedarbeider", "Serveringsvirksomhet"),
        ("5131", "Servitør", "Serveringsvirksomhet"),
        ("5132", "Bartender", "Serveringsvirksomhet"),
        ("5246", "Kafémedarbeider", "Serveringsvirksomhet"),
        ("7512", "Baker", "Næringsmiddelindustri"),
        ("5321", "Helsefagarbeider", "Helse og omsorg"),
        ("5322", "Omsorgsarbeider i hjemmetjenesten", "Helse og omsorg"),
        ("9122", "Bilvasker", "Bil og transport"),
        ("7231", "Bilmekaniker", "Bil og transport"),
        ("8322", "Varebilsjåfør", "Bil og transport"),
        ("8332", "Lastebilsjåfør", "Bil og transport"),
        ("9621", "Budbilsjåfør", "Bil og transport"),
        ("9214", "Gartneriarbeider", "Jordbruk og gartneri"),
        ("6113", "Gartner", "Jordbruk og gartneri"),
        ("9212", "Gårdsarbeider", "Jordbruk og gartneri"),
        ("9329", "Produksjonsmedarbeider", "Industri"),
        ("9313", "Hjelpearbeider bygg", "Bygg og anlegg"),
        ("7115", "Tømrer", "Bygg og anlegg"),
        ("7131", "Maler", "Bygg og anlegg"),
        ("7411", "Elektriker", "Bygg og anlegg"),
        ("5153", "Vaktmester", "Eiendomsdrift"),
        ("9622", "Altmuligmann", "Eiendomsdrift"),
        ("5414", "Vekter", "Vakt og sikkerhet"),
        ("4110", "Kontormedarbeider", "Kontor og administrasjon"),
        ("4222", "Kundesentermedarbeider", "Kontor og administrasjon"),
        ("4226", "Resepsjonist", "Kontor og administrasjon"),
        ("3512", "IT-brukerstøtte", "IKT"),
        ("2512", "Programvareutvikler", "IKT"),
        ("5141", "Frisør", "Personlig tjenesteyting"),
        ("5164", "Dyrepasser", "Personlig tjenesteyting"),
        ("3422", "Treningsinstruktør", "Idrett og fritid"),
    ];

    /// <summary>The job types of <see cref="Table"/>, in the same order.</summary>
    public static ImmutableArray<JobType> JobTypes { get; } = [.. Table.Select(t => JobType.Create(OccupationCode.Create(t.Code), t.Title))];
}
