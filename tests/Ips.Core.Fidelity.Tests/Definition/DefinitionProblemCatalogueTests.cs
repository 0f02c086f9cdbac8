using System.Globalization;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>
/// Every problem the definition validator can report, each from one small break of the IPS-25 JSON, pinned exactly:
/// item, path, code and message. A definition author reads these messages, so they are part of the contract.
/// </summary>
/// <remarks>Each case loads through <see cref="ScaleDefinition.Load(string)"/>, so reading, validation and the problem list run end to end.</remarks>
public sealed class DefinitionProblemCatalogueTests
{
    private static readonly string Ips25Json = Ips25Scale.Definition.ToJson();

    [Fact]
    public void EveryBrokenDefinition_ReportsExactlyItsProblems() =>
        AssertEveryCase(Cases, c => Problems(c.Break), c => c.Expected);

    [Fact]
    public void EveryDefinitionAtAnEdge_StillLoads() =>
        AssertEveryCase(ValidEdits, edit =>
        {
            var json = JsonNode.Parse(Ips25Json)!;
            edit(json);
            return [.. ScaleDefinition.Load(json.ToJsonString()).Items.Select(i => i.Number.ToString(CultureInfo.InvariantCulture))];
        }, _ => [.. Enumerable.Range(1, 25).Select(n => n.ToString(CultureInfo.InvariantCulture))]);

    private static readonly Dictionary<string, Action<JsonNode>> ValidEdits = new(StringComparer.Ordinal)
    {
        // A section may hold a single item (first == last).
        ["single-item section"] = json => json["sections"]!.AsArray().Add(Obj("""{ "id": "extra", "name": { "nb": "Ekstra", "en": "Extra" }, "firstItem": 26, "lastItem": 26 }""")),

        // A level may cover a single total (min == max).
        ["single-total level"] = json =>
        {
            json["levels"]![3]!["maxTotal"] = 72;
            json["levels"]!.AsArray().Add(Obj("""{ "id": "edge", "name": { "nb": "Kant", "en": "Edge" }, "minTotal": 73, "maxTotal": 73 }"""));
        },

        // Whole numbers: an exclusive lower bound of 59 starts the band at 60, just after the previous band's 59.
        ["exclusive lower bound on whole numbers"] = json =>
        {
            Item(json, 2)["rule"]!["bands"]![1]!["min"] = 59;
            Item(json, 2)["rule"]!["bands"]![1]!["minExclusive"] = true;
        },

        // A factor scales the fact's range: a 10–100 % fact × 2 is scored on 20–200.
        ["factor scaling the fact's range"] = json =>
        {
            Item(json, 2)["facts"]![0]!["min"] = 10;
            Item(json, 2)["rule"]!["value"]!["factor"] = 2;
            Bands(json, """[ { "min": 20, "max": 200, "score": 1 } ]""");
        },

        // Whole numbers: the value's domain is rounded too (a fact starting at 0.6 is scored from 1).
        ["fractional fact minimum on whole numbers"] = json =>
        {
            Item(json, 2)["facts"]![0]!["min"] = 0.6;
            Item(json, 2)["rule"]!["bands"]![0]!["min"] = 1;
        },

        // Whole numbers: an exclusive upper bound of 61 ends the band at 60, the next band's first number (a shared point).
        ["exclusive upper bound on whole numbers sharing a point"] = json => Item(json, 2)["rule"]!["bands"]![0]!["max"] = 61,

        // Whole numbers: a fact ending at 99.4 is scored up to 99.
        ["fractional fact maximum on whole numbers"] = json =>
        {
            Item(json, 2)["facts"]![0]!["max"] = 99.4;
            Item(json, 2)["rule"]!["bands"]![4]!["max"] = 99;
        },

        // A level fact needs two levels, no more; an unused fact is allowed.
        ["level fact with two levels"] = json => Item(json, 2)["facts"]!.AsArray().Add(Obj("""{ "id": "reviewed", "kind": "level", "label": { "nb": "Gjennomgått", "en": "Reviewed" }, "levels": [ { "id": "no", "label": { "nb": "Nei", "en": "No" } }, { "id": "yes", "label": { "nb": "Ja", "en": "Yes" } } ] }""")),

        // Code names are optional, and any C# identifier: an underscore, non-ASCII letters, digits after the first, a contextual keyword.
        ["code names left out"] = json =>
        {
            foreach (var item in json["items"]!.AsArray())
            {
                item!.AsObject().Remove("codeName");
                foreach (var fact in item["facts"]!.AsArray())
                {
                    fact!.AsObject().Remove("codeName");
                }
            }
        },
        ["code names that are unusual identifiers"] = json =>
        {
            Item(json, 1)["codeName"] = "_Størrelse2";
            Item(json, 2)["codeName"] = "record";
            Item(json, 3)["facts"]![1]!["codeName"] = "Henvisningspraksis_v2";
        },

        // Unrounded bands may share one boundary point (the lower score wins there).
        ["unrounded bands sharing a closed boundary"] = json => Bands(json, """[ { "min": 0, "max": 50, "score": 1 }, { "min": 50, "max": 100, "score": 2 } ]"""),
        ["unrounded bands meeting half-open"] = json => Bands(json, """[ { "min": 0, "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "max": 100, "score": 2 } ]"""),
        ["unrounded bands listed out of order"] = json => Bands(json, """[ { "min": 50, "max": 100, "minExclusive": true, "score": 3 }, { "min": 0, "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "max": 50, "score": 2 } ]"""),
        ["unrounded single-point band"] = json => Bands(json, """[ { "min": 0, "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "max": 50, "score": 2 }, { "min": 50, "max": 100, "minExclusive": true, "score": 3 } ]"""),
    };

    private static readonly Dictionary<string, (Action<JsonNode> Break, string[] Expected)> Cases = new(StringComparer.Ordinal)
    {
        // ---- the scale itself
        ["scale name without English"] = (json => json["name"]!["en"] = "", [
            "- | name.en | Scale.MissingText | The scale name has no en text."]),
        ["scale name without any text"] = (json => json.AsObject().Remove("name"), [
            "- | name | Scale.MissingText | The scale name has no nb or en text."]),

        ["empty scale id"] = (json => json["scaleId"] = "", [
            "- | scaleId | Scale.MissingText | The scale id is empty."]),

        // ---- languages
        ["language code in capitals"] = (json => json["languages"]![0]!["code"] = "NB", [
            "- | languages[0].code | Scale.BadLanguage | A language code is lower-case letters, optionally with a subtag (e.g. nb, en, nn)."]),
        ["language code in capitals with equal separators"] = (json =>
        {
            json["languages"]![0]!["code"] = "NB";
            json["languages"]![0]!["groupSeparator"] = ",";
        }, [
            "- | languages[0].code | Scale.BadLanguage | A language code is lower-case letters, optionally with a subtag (e.g. nb, en, nn).",
            "- | languages[0] | Scale.BadNumberFormat | The language NB needs a decimal and a group separator that differ."]),
        ["language listed twice"] = (json => json["languages"]!.AsArray().Add(json["languages"]![1]!.DeepClone()), [
            "- | languages[2].code | Scale.DuplicateLanguage | The language en is listed twice."]),
        ["language without a decimal separator"] = (json => json["languages"]![0]!["decimalSeparator"] = "", [
            "- | languages[0] | Scale.BadNumberFormat | The language nb needs a decimal and a group separator that differ."]),
        ["language without a group separator"] = (json => json["languages"]![1]!["groupSeparator"] = "", [
            "- | languages[1] | Scale.BadNumberFormat | The language en needs a decimal and a group separator that differ."]),
        ["language with equal separators"] = (json => json["languages"]![1]!["groupSeparator"] = ".", [
            "- | languages[1] | Scale.BadNumberFormat | The language en needs a decimal and a group separator that differ."]),
        ["no language declared"] = (json => json["languages"] = new JsonArray(), [
            "- | languages | Scale.MissingLanguage | The definition lists no languages; it needs at least one."]),

        // ---- score ranges and specialist combination
        ["no item score range anywhere"] = (json => json.AsObject().Remove("itemScores"), [
            .. Enumerable.Range(1, 25).Select(n => $"{n} | items[{n - 1}].scores | Scale.MissingScoreRange | Item {n} has no score range, and the scale states no itemScores.")]),
        ["item score range backwards"] = (json => json["itemScores"] = new JsonObject { ["min"] = 5, ["max"] = 1 }, [
            "- | itemScores | Scale.BadScoreRange | The score range 5–1 is not 0 ≤ min < max ≤ 100."]),
        ["item score range above the limit"] = (json => json["items"]![0]!["scores"] = new JsonObject { ["min"] = 1, ["max"] = 101 }, [
            "1 | items[0].scores | Scale.BadScoreRange | The score range 1–101 is not 0 ≤ min < max ≤ 100."]),
        ["item score range narrower than its anchors"] = (json => json["items"]![1]!["scores"] = new JsonObject { ["min"] = 1, ["max"] = 4 }, [
            "2 | items[1].anchors | Scale.ScoreOutOfRange | Anchor score 5 is outside 1–4.",
            "2 | items[1].rule.bands.score | Scale.ScoreOutOfRange | Score 5 is outside 1–4."]),
        ["no specialist combination anywhere"] = (json => json.AsObject().Remove("specialistScores"), [
            .. new[] { 1, 2, 4, 5, 16, 17, 18, 24 }.Select(n => $"{n} | items[{n - 1}].specialistScores | Scale.MissingCombination | Item {n} is rated per specialist, but neither it nor the scale says how specialists' scores combine (specialistScores).")]),
        ["unknown combination method and tie rule"] = (json => json["items"]![0]!["specialistScores"] = new JsonObject { ["combine"] = 7, ["ties"] = 9 }, [
            "1 | items[0].specialistScores.combine | Scale.UnknownKind | The combination method is unknown; use mean or median.",
            "1 | items[0].specialistScores.ties | Scale.UnknownKind | The tie rule is unknown; use down or up."]),

        // ---- sections
        ["section id used twice"] = (json => json["sections"]![1]!["id"] = "staffing", [
            "- | sections[1].id | Scale.DuplicateId | Section id 'staffing' is empty or used twice.",
            .. Enumerable.Range(4, 8).Select(n => $"{n} | items[{n - 1}].section | Scale.UnknownSection | Item {n} is in unknown section 'organisation'.")]),
        ["section without Norwegian name"] = (json => json["sections"]![0]!["name"]!["nb"] = "", [
            "- | sections[0].name.nb | Scale.MissingText | Section 'staffing' name has no nb text."]),
        ["section running backwards"] = (json => json["sections"]![0]!["firstItem"] = 4, [
            "- | sections[0] | Scale.BadRange | Section 'staffing' runs from item 4 to item 3.",
            "1 | items[0].section | Scale.SectionRange | Item 1 is outside section 'staffing' (items 4–3).",
            "2 | items[1].section | Scale.SectionRange | Item 2 is outside section 'staffing' (items 4–3).",
            "3 | items[2].section | Scale.SectionRange | Item 3 is outside section 'staffing' (items 4–3)."]),

        // ---- levels
        ["level without English name"] = (json => json["levels"]![2]!["name"]!["en"] = "", [
            "- | levels[2].name.en | Scale.MissingText | Level 'fair' name has no en text."]),
        ["level running backwards"] = (json => json["levels"]![0]!["minTotal"] = 126, [
            "- | levels[0] | Scale.BadRange | Level 'exemplary' runs from 126 to 125.",
            "- | levels | Scale.LevelGap | No level covers the total 115 (levels must cover 25–125)."]),
        ["levels leaving two totals uncovered"] = (json => json["levels"]![1]!["minTotal"] = 102, [
            "- | levels | Scale.LevelGap | No level covers the total 100 (levels must cover 25–125)."]),
        ["levels not reaching the highest total"] = (json => json["levels"]![0]!["maxTotal"] = 124, [
            "- | levels | Scale.LevelGap | No level covers the total 125 (levels must cover 25–125)."]),
        ["levels overlapping on two totals"] = (json => json["levels"]![1]!["maxTotal"] = 116, [
            "- | levels | Scale.LevelOverlap | More than one level covers the total 115."]),

        ["no sections"] = (json => json["sections"] = new JsonArray(), [
            "- | sections | Scale.NoSections | The definition has no sections.",
            .. Enumerable.Range(1, 25).Select(n => $"{n} | items[{n - 1}].section | Scale.UnknownSection | Item {n} is in unknown section '{(n <= 3 ? "staffing" : n <= 11 ? "organisation" : "services")}'.")]),

        // ---- policies
        ["no policies"] = (json => json["policies"] = new JsonArray(), [
            "- | policies | Scale.NoPolicies | The definition states no policies."]),
        ["policy id used twice"] = (json => json["policies"]![1]!["id"] = json["policies"]![0]!["id"]!.GetValue<string>(), [
            "- | policies[1].id | Scale.DuplicateId | Policy id 'roundingToAnchors' is empty or used twice."]),
        ["policy without Norwegian text"] = (json => json["policies"]![0]!["text"]!["nb"] = "", [
            "- | policies[0].text.nb | Scale.MissingText | Policy 'roundingToAnchors' text has no nb text."]),

        // ---- labels
        ["label missing"] = (json => json["labels"]!.AsObject().Remove("afterIsEarlier"), [
            "- | labels.afterIsEarlier | Scale.MissingLabel | The UI label 'afterIsEarlier' is missing."]),
        ["label without English"] = (json => json["labels"]!["yes"]!["en"] = "", [
            "- | labels.yes.en | Scale.MissingText | UI label 'yes' has no en text."]),
        ["label given as null"] = (json => json["labels"]!["no"] = null, [
            "- | labels.no | Scale.MissingText | UI label 'no' is missing."]),

        // ---- items
        ["item missing"] = (json => json["items"]!.AsArray().RemoveAt(24), [
            "- | levels | Scale.LevelGap | No level covers the total 24 (levels must cover 24–120)."]),
        ["item numbered above the scale"] = (json => Item(json, 25)["number"] = 26, [
            "26 | items[24].number | Scale.ItemNumber | Item number 26 is outside 1–25.",
            "26 | items[24].section | Scale.SectionRange | Item 26 is outside section 'services' (items 12–25).",
            "- | items | Scale.MissingItem | Item 25 is missing."]),
        ["item numbered 0"] = (json => Item(json, 1)["number"] = 0, [
            "0 | items[0].number | Scale.ItemNumber | Item number 0 is outside 1–25.",
            "0 | items[0].section | Scale.SectionRange | Item 0 is outside section 'staffing' (items 1–3).",
            "- | items | Scale.MissingItem | Item 1 is missing.",
            "- | warnings[1].facts[0].item | Scale.UnknownWarningItem | Warning 'Warning.SpecialistFteAboveOne' names item 1, which the scale does not have.",
            "- | warnings[2].facts[0].item | Scale.UnknownWarningItem | Warning 'Warning.ProgrammeFteLooksLikePercent' names item 1, which the scale does not have."]),
        ["warning without facts"] = (json => json["warnings"]![0]!["facts"] = new JsonArray(), [
            "- | warnings[0].facts | Scale.NoWarningFacts | Warning 'Warning.PercentLooksLikeFraction' names no fact."]),
        ["warning limit below zero"] = (json => json["warnings"]![3]!["limit"] = -40, [
            "- | warnings[3].limit | Scale.BadWarningLimit | Warning 'Warning.EmployerContactsAboveFortyAWeek' has limit -40; it must be a finite number greater than 0."]),
        ["warning limit missing"] = (json => json["warnings"]![3]!.AsObject().Remove("limit"), [
            "- | warnings[3].limit | Scale.BadWarningLimit | Warning 'Warning.EmployerContactsAboveFortyAWeek' of kind aboveLimit has no limit."]),
        ["warning limit on the review period"] = (json => json["warnings"]![5]!["limit"] = 180, [
            "- | warnings[5].limit | Scale.BadWarningLimit | Warning 'Warning.MeanDaysAboveReviewPeriod' of kind aboveReviewPeriod takes its limit from the review period; it states none of its own."]),
        ["warning scoped to specialists on a programme item"] = (json => json["warnings"]![5]!["scope"] = "perSpecialist", [
            "15 | warnings[5].facts[0] | Scale.WarningScopeMismatch | Warning 'Warning.MeanDaysAboveReviewPeriod' checks specialists' facts, but item 15 is not rated per specialist."]),
        ["warning on an unknown item"] = (json => json["warnings"]![5]!["facts"]![0]!["item"] = 26, [
            "- | warnings[5].facts[0].item | Scale.UnknownWarningItem | Warning 'Warning.MeanDaysAboveReviewPeriod' names item 26, which the scale does not have."]),
        ["warning on a level fact"] = (json => json["warnings"]![5]!["facts"]![0] = JsonNode.Parse("""{ "item": 17, "fact": "contactLogReview" }"""), [
            "17 | warnings[5].facts[0].fact | Scale.FactKindMismatch | The warning 'Warning.MeanDaysAboveReviewPeriod' needs fact 'contactLogReview' to be of kind Number or Count, not Level."]),
        ["warning code used twice"] = (json => json["warnings"]![1]!["code"] = "Warning.PercentLooksLikeFraction", [
            "- | warnings[1].code | Scale.DuplicateId | Warning code 'Warning.PercentLooksLikeFraction' is used twice."]),
        ["warning message with an unknown placeholder"] = (json => json["warnings"]![3]!["message"]!["nb"] = "Mer enn {grense} kontakter.", [
            "- | warnings[3].message.nb | Scale.BadPlaceholder | Warning 'Warning.EmployerContactsAboveFortyAWeek' message uses {grense}; only {value} and {limit} are filled in."]),
        ["warning message without English"] = (json => json["warnings"]![3]!["message"]!["en"] = "", [
            "- | warnings[3].message.en | Scale.MissingText | Warning 'Warning.EmployerContactsAboveFortyAWeek' message has no en text."]),
        ["edition name without English"] = (json => json["editionName"]!["en"] = "", [
            "- | editionName.en | Scale.MissingText | The edition name has no en text."]),
        ["item number used twice"] = (json => Item(json, 25)["number"] = 24, [
            "24 | items[24].number | Scale.DuplicateItem | Item number 24 is used twice.",
            "- | items | Scale.MissingItem | Item 25 is missing."]),
        ["item in an unknown section"] = (json => Item(json, 4)["section"] = "staff", [
            "4 | items[3].section | Scale.UnknownSection | Item 4 is in unknown section 'staff'."]),
        ["item after its section"] = (json => Item(json, 4)["section"] = "staffing", [
            "4 | items[3].section | Scale.SectionRange | Item 4 is outside section 'staffing' (items 1–3)."]),
        ["item before its section"] = (json => Item(json, 3)["section"] = "organisation", [
            "3 | items[2].section | Scale.SectionRange | Item 3 is outside section 'organisation' (items 4–11)."]),
        ["item name without English"] = (json => Item(json, 9)["name"]!["en"] = "", [
            "9 | items[8].name.en | Scale.MissingText | The item name has no en text."]),
        ["item without data sources"] = (json => Item(json, 1)["dataSources"] = new JsonArray(), [
            "1 | items[0].dataSources | Scale.NoDataSources | The item names no data sources."]),

        // ---- anchors
        ["anchor missing"] = (json => Item(json, 3)["anchors"]!.AsArray().RemoveAt(4), [
            "3 | items[2].anchors | Scale.MissingAnchor | Anchor 5 is missing."]),
        ["anchor given twice"] = (json => Item(json, 3)["anchors"]![1]!["score"] = 1, [
            "3 | items[2].anchors | Scale.DuplicateAnchor | Anchor 1 is given 2 times.",
            "3 | items[2].anchors | Scale.MissingAnchor | Anchor 2 is missing."]),
        ["anchor score above 5"] = (json => Item(json, 3)["anchors"]![4]!["score"] = 6, [
            "3 | items[2].anchors | Scale.ScoreOutOfRange | Anchor score 6 is outside 1–5.",
            "3 | items[2].anchors | Scale.MissingAnchor | Anchor 5 is missing."]),
        ["anchor text without English"] = (json => Item(json, 7)["anchors"]![2]!["text"]!["en"] = "", [
            "7 | items[6].anchors[2].text.en | Scale.MissingText | Anchor 3 has no en text."]),

        // ---- facts
        ["item without facts"] = (json => Item(json, 7)["facts"] = new JsonArray(), [
            "7 | items[6].facts | Scale.NoFacts | The item declares no facts.",
            "7 | items[6].rule.fact | Scale.UndeclaredFact | The observedLevel rule refers to fact 'unitPractice', which the item does not declare."]),
        ["fact declared twice"] = (json => Item(json, 17)["facts"]![2]!["id"] = "inPersonEmployerContactsPerWeek", [
            "17 | items[16].facts[2].id | Scale.DuplicateId | Fact id 'inPersonEmployerContactsPerWeek' is empty or declared twice.",
            "17 | items[16].rule.cases[1].when.all[0].value.fact | Scale.UndeclaredFact | The value refers to fact 'jobSeekers', which the item does not declare.",
            "17 | items[16].rule.cases[1].when.all[1].than.fact | Scale.UndeclaredFact | The value refers to fact 'jobSeekers', which the item does not declare.",
            "17 | items[16].exclude.when.value.fact | Scale.UndeclaredFact | The value refers to fact 'jobSeekers', which the item does not declare.",
            "17 | warnings[4].facts[0].fact | Scale.UndeclaredFact | The warning 'Warning.JobSeekersAboveFullCaseload' refers to fact 'jobSeekers', which the item does not declare."]),
        ["fact label without English"] = (json => Item(json, 1)["facts"]![0]!["label"]!["en"] = "", [
            "1 | items[0].facts[0].label.en | Scale.MissingText | Fact 'activeParticipants' label has no en text."]),
        ["item code name not an identifier"] = (json => Item(json, 1)["codeName"] = "2Fast", [
            "1 | items[0].codeName | Scale.BadCodeName | The codeName '2Fast' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword)."]),
        ["item code name empty"] = (json => Item(json, 4)["codeName"] = "", [
            "4 | items[3].codeName | Scale.BadCodeName | The codeName '' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword)."]),
        ["item code name with a space"] = (json => Item(json, 5)["codeName"] = "Team contact", [
            "5 | items[4].codeName | Scale.BadCodeName | The codeName 'Team contact' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword)."]),
        ["fact code name a keyword"] = (json => Item(json, 3)["facts"]![0]!["codeName"] = "class", [
            "3 | items[2].facts[0].codeName | Scale.BadCodeName | The codeName 'class' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword)."]),
        ["fact code name with a dash"] = (json => Item(json, 6)["facts"]![1]!["codeName"] = "Meeting-Frequency", [
            "6 | items[5].facts[1].codeName | Scale.BadCodeName | The codeName 'Meeting-Frequency' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword)."]),
        ["fact minimum above its maximum"] = (json => Item(json, 2)["facts"]![0]!["min"] = 101, [
            "2 | items[1].facts[0] | Scale.BadRange | Fact 'employmentServicesTimePercent' has min 101 above max 100."]),
        ["count fact without a minimum"] = (json => Item(json, 1)["facts"]![0]!.AsObject().Remove("min"), [
            "1 | items[0].facts[0].min | Scale.BadRange | Count fact 'activeParticipants' must have a min of 0 or more."]),
        ["count fact with a negative minimum"] = (json => Item(json, 1)["facts"]![0]!["min"] = -1, [
            "1 | items[0].facts[0].min | Scale.BadRange | Count fact 'activeParticipants' must have a min of 0 or more."]),
        ["elements fact without elements"] = (json => Item(json, 5)["facts"]![0]!["elements"] = new JsonArray(), [
            "5 | items[4].facts[0].elements | Scale.NoOptions | Fact 'teamContactPractices' needs at least 1 element.",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 0–1 is outside 0–0.",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 2–2 is outside 0–0.",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 3–3 is outside 0–0.",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 4–4 is outside 0–0.",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 5–5 is outside 0–0."]),
        ["level fact with one level"] = (json => Item(json, 6)["facts"]![1]!["levels"] = Obj("""[ { "id": "none", "label": { "nb": "Ingen", "en": "None" } } ]"""), [
            "6 | items[5].facts[1].levels | Scale.NoOptions | Fact 'scheduledMeetingFrequency' needs at least 2 levels.",
            "6 | items[5].rule.cases[0].when.all[0] | Scale.UnknownLevel | Level 'monthly' is not a level of fact 'scheduledMeetingFrequency'.",
            "6 | items[5].rule.cases[1].when.any[0] | Scale.UnknownLevel | Level 'quarterly' is not a level of fact 'scheduledMeetingFrequency'."]),
        ["element id used twice"] = (json => Item(json, 5)["facts"]![0]!["elements"]![1]!["id"] = "attendsWeeklyTeamMeeting", [
            "5 | items[4].facts[0].elements[1].id | Scale.DuplicateId | Fact 'teamContactPractices' element id 'attendsWeeklyTeamMeeting' is empty or used twice."]),
        ["element label without Norwegian"] = (json => Item(json, 5)["facts"]![0]!["elements"]![3]!["label"]!["nb"] = "", [
            "5 | items[4].facts[0].elements[3].label.nb | Scale.MissingText | Fact 'teamContactPractices' element 'officeNearTeam' label has no nb text."]),

        // ---- modifiers, exclusions, constraints, measures
        ["modifier naming an undeclared fact"] = (json => Item(json, 15)["modifiers"]![0]!["when"]!["flag"] = "contactsAreTracked", [
            "15 | items[14].modifiers[0].when.flag | Scale.UndeclaredFact | The flag condition refers to fact 'contactsAreTracked', which the item does not declare."]),
        ["modifier score above 5"] = (json => Item(json, 15)["modifiers"]![0]!["score"] = 6, [
            "15 | items[14].modifiers[0].score | Scale.ScoreOutOfRange | Score 6 is outside 1–5."]),
        ["modifier reason without Norwegian"] = (json => Item(json, 15)["modifiers"]![0]!["reason"]!["nb"] = "", [
            "15 | items[14].modifiers[0].reason.nb | Scale.MissingText | The modifier reason has no nb text."]),
        ["exclusion on a programme-level item"] = (json => Item(json, 19)["exclude"] = Obj("""{ "when": { "value": { "fact": "jobsHeld" }, "op": "eq", "than": { "constant": 0 } }, "reason": { "nb": "a", "en": "a" }, "allExcludedReason": { "nb": "b", "en": "b" } }"""), [
            "19 | items[18].exclude | Scale.ExcludeNotPerSpecialist | Only per-specialist items can exclude specialists."]),
        ["exclusion naming an undeclared fact"] = (json => Item(json, 17)["exclude"]!["when"]!["value"]!["fact"] = "seekers", [
            "17 | items[16].exclude.when.value.fact | Scale.UndeclaredFact | The value refers to fact 'seekers', which the item does not declare."]),
        ["exclusion reason without English"] = (json => Item(json, 17)["exclude"]!["reason"]!["en"] = "", [
            "17 | items[16].exclude.reason.en | Scale.MissingText | The exclusion reason has no en text."]),
        ["all-excluded reason without English"] = (json => Item(json, 17)["exclude"]!["allExcludedReason"]!["en"] = "", [
            "17 | items[16].exclude.allExcludedReason.en | Scale.MissingText | The all-excluded reason has no en text."]),
        ["constraint without a code"] = (json => Item(json, 19)["constraints"]![0]!["code"] = " ", [
            "19 | items[18].constraints[0].code | Scale.MissingText | The constraint has no error code."]),
        ["constraint naming an undeclared fact"] = (json => Item(json, 19)["constraints"]![0]!["require"]!["than"]!["fact"] = "jobs", [
            "19 | items[18].constraints[0].require.than.fact | Scale.UndeclaredFact | The value refers to fact 'jobs', which the item does not declare."]),
        ["constraint message without English"] = (json => Item(json, 19)["constraints"]![0]!["message"]!["en"] = "", [
            "19 | items[18].constraints[0].message.en | Scale.MissingText | The constraint message has no en text."]),
        ["measure of a constant"] = (json => Item(json, 2)["measure"]!["value"] = Obj("""{ "constant": 5 }"""), [
            "2 | items[1].measure.value | Scale.BadValue | A constant cannot be scored here."]),
        ["measure unit without English"] = (json => Item(json, 2)["measure"]!["unit"]!["en"] = "", [
            "2 | items[1].measure.unit.en | Scale.MissingText | The measure unit has no en text."]),

        // ---- fact references
        ["rule naming no fact"] = (json => Item(json, 5)["rule"]!.AsObject().Remove("fact"), [
            "5 | items[4].rule.fact | Scale.MissingFactReference | The elementCount rule names no fact."]),
        ["flag condition on a level fact"] = (json => Item(json, 17)["modifiers"]![0]!["when"] = Obj("""{ "flag": "contactLogReview", "is": true }"""), [
            "17 | items[16].modifiers[0].when.flag | Scale.FactKindMismatch | The flag condition needs fact 'contactLogReview' to be of kind Flag, not Level."]),
        ["value of a level fact"] = (json => Item(json, 17)["measure"]!["value"]!["fact"] = "contactLogReview", [
            "17 | items[16].measure.value.fact | Scale.FactKindMismatch | The value needs fact 'contactLogReview' to be of kind Number or Count, not Level."]),

        // ---- rules and outcomes
        ["nearest-anchor rule without points"] = (json => Item(json, 17)["rule"]!["otherwise"]!["rule"]!["points"] = new JsonArray(), [
            "17 | items[16].rule.otherwise.rule.points | Scale.NoPoints | A nearestAnchor rule needs at least one point."]),
        ["anchor point given twice"] = (json => Item(json, 17)["rule"]!["otherwise"]!["rule"]!["points"]![2]!["value"] = 2, [
            "17 | items[16].rule.otherwise.rule.points[2] | Scale.DuplicatePoint | Anchor point 2 is given twice."]),
        ["anchor point score above 5"] = (json => Item(json, 17)["rule"]!["otherwise"]!["rule"]!["points"]![3]!["score"] = 6, [
            "17 | items[16].rule.otherwise.rule.points[3].score | Scale.ScoreOutOfRange | Score 6 is outside 1–5."]),
        ["decision list without otherwise"] = (json => Item(json, 3)["rule"]!.AsObject().Remove("otherwise"), [
            "3 | items[2].rule.otherwise | Scale.MissingOtherwise | A decision list needs an 'otherwise' outcome."]),
        ["outcome with a score and a rule"] = (json => Item(json, 3)["rule"]!["cases"]![1]!["then"]!["rule"] = Item(json, 5)["rule"]!.DeepClone(), [
            "3 | items[2].rule.cases[1].then | Scale.BadOutcome | An outcome needs exactly one of 'score', 'notRated' and 'rule'."]),
        ["outcome with nothing"] = (json => Item(json, 3)["rule"]!["otherwise"] = new JsonObject(), [
            "3 | items[2].rule.otherwise | Scale.BadOutcome | An outcome needs exactly one of 'score', 'notRated' and 'rule'."]),
        ["outcome score of 0"] = (json => Item(json, 6)["rule"]!["otherwise"]!["score"] = 0, [
            "6 | items[5].rule.otherwise.score | Scale.ScoreOutOfRange | Score 0 is outside 1–5."]),
        ["not-rated reason without English"] = (json => Item(json, 19)["rule"]!["cases"]![0]!["then"]!["notRated"]!["en"] = "", [
            "19 | items[18].rule.cases[0].then.notRated.en | Scale.MissingText | The not-rated reason has no en text."]),
        ["nested rule naming an undeclared fact"] = (json => Item(json, 21)["rule"]!["otherwise"]!["rule"]!["value"]!["numerator"] = "permanentJobs", [
            "21 | items[20].rule.otherwise.rule.value.numerator | Scale.UndeclaredFact | The ratio numerator refers to fact 'permanentJobs', which the item does not declare."]),

        // ---- element counts
        ["element map leaving a count"] = (json => Item(json, 25)["rule"]!["map"]![0]!["max"] = 1, [
            "25 | items[24].rule.map | Scale.CountGap | No score is given for 2 element(s) present (the map must cover 0–6)."]),
        ["element map giving a count twice"] = (json => Item(json, 5)["rule"]!["map"]![1]!["min"] = 1, [
            "5 | items[4].rule.map | Scale.CountOverlap | More than one score is given for 1 element(s) present."]),
        ["element map beyond the elements"] = (json => Item(json, 5)["rule"]!["map"]![4]!["max"] = 7, [
            "5 | items[4].rule.map | Scale.BadRange | The map entry 5–7 is outside 0–5."]),
        ["element map leaving the top count"] = (json => Item(json, 5)["rule"]!["map"]!.AsArray().RemoveAt(4), [
            "5 | items[4].rule.map | Scale.CountGap | No score is given for 5 element(s) present (the map must cover 0–5)."]),
        ["element map below 0"] = (json => Item(json, 5)["rule"]!["map"]![0]!["min"] = -1, [
            "5 | items[4].rule.map | Scale.BadRange | The map entry -1–1 is outside 0–5."]),
        ["element map running backwards"] = (json =>
        {
            Item(json, 5)["rule"]!["map"]![0]!["max"] = 0;
            Item(json, 5)["rule"]!["map"]![1]!["min"] = 3;
            Item(json, 5)["rule"]!["map"]![1]!["max"] = 1;
        }, [
            "5 | items[4].rule.map | Scale.CountGap | No score is given for 1 element(s) present (the map must cover 0–5).",
            "5 | items[4].rule.map | Scale.CountGap | No score is given for 2 element(s) present (the map must cover 0–5).",
            "5 | items[4].rule.map | Scale.BadRange | The map entry 3–1 is outside 0–5."]),
        ["element map score of 6"] = (json => Item(json, 5)["rule"]!["map"]![4]!["score"] = 6, [
            "5 | items[4].rule.map.score | Scale.ScoreOutOfRange | Score 6 is outside 1–5."]),
        ["element map on an undeclared fact"] = (json => Item(json, 5)["rule"]!["fact"] = "practices", [
            "5 | items[4].rule.fact | Scale.UndeclaredFact | The elementCount rule refers to fact 'practices', which the item does not declare."]),
        ["element count of an undeclared fact"] = (json => Item(json, 5)["measure"]!["value"]!["countOf"] = "practices", [
            "5 | items[4].measure.value.countOf | Scale.UndeclaredFact | The element count refers to fact 'practices', which the item does not declare."]),

        // ---- observed levels
        ["level map naming an unknown level"] = (json => Item(json, 7)["rule"]!["levels"]![0]!["level"] = "noUnit", [
            "7 | items[6].rule.levels | Scale.UnknownLevel | Level 'noUnit' is not a level of fact 'unitPractice'.",
            "7 | items[6].rule.levels | Scale.LevelNotMapped | Level 'notAUnit' of fact 'unitPractice' must map to exactly one score (found 0)."]),
        ["level mapped twice"] = (json => Item(json, 7)["rule"]!["levels"]!.AsArray().Add(Item(json, 7)["rule"]!["levels"]![0]!.DeepClone()), [
            "7 | items[6].rule.levels | Scale.LevelMappedTwice | Level 'notAUnit' of fact 'unitPractice' must map to exactly one score (found 2)."]),
        ["level map score of 0"] = (json => Item(json, 7)["rule"]!["levels"]![0]!["score"] = 0, [
            "7 | items[6].rule.levels.score | Scale.ScoreOutOfRange | Score 0 is outside 1–5."]),
        ["level map on an undeclared fact"] = (json => Item(json, 7)["rule"]!["fact"] = "practice", [
            "7 | items[6].rule.fact | Scale.UndeclaredFact | The observedLevel rule refers to fact 'practice', which the item does not declare."]),

        // ---- bands
        ["bands rule without bands"] = (json => Item(json, 2)["rule"]!["bands"] = new JsonArray(), [
            "2 | items[1].rule.bands | Scale.NoBands | A bands rule needs at least one band."]),
        ["band score of 6"] = (json => Item(json, 2)["rule"]!["bands"]![4]!["score"] = 6, [
            "2 | items[1].rule.bands.score | Scale.ScoreOutOfRange | Score 6 is outside 1–5."]),
        ["band holding no whole number"] = (json =>
        {
            Item(json, 2)["rule"]!["bands"]![3]!["min"] = 95.2;
            Item(json, 2)["rule"]!["bands"]![3]!["max"] = 95.8;
        }, [
            "2 | items[1].rule.bands | Scale.EmptyBand | A band for score 4 contains no value."]),
        ["band gap on whole numbers"] = (json => Item(json, 2)["rule"]!["bands"]![1]!["max"] = 73, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave a gap between 73 and 75."]),
        ["band overlap on whole numbers"] = (json => Item(json, 24)["rule"]!["bands"]![1]!["max"] = 45, [
            "24 | items[23].rule.bands | Scale.BandOverlap | The bands for scores 2 and 3 overlap beyond a shared boundary."]),
        ["bands starting above the domain"] = (json => Item(json, 2)["rule"]!["bands"]![0]!["min"] = 10, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values from 0 up to 10 without a score."]),
        ["bands ending below the domain"] = (json => Item(json, 24)["rule"]!["bands"]![4]!["max"] = 99, [
            "24 | items[23].rule.bands | Scale.BandGap | The bands leave values above 99 (up to 100) without a score."]),
        ["exclusive whole lower bound leaving a number"] = (json =>
        {
            Item(json, 2)["rule"]!["bands"]![1]!["min"] = 60;
            Item(json, 2)["rule"]!["bands"]![1]!["minExclusive"] = true;
        }, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave a gap between 59 and 61."]),
        ["unrounded bands open at a boundary without a lower bound"] = (json => Bands(json, """[ { "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "minExclusive": true, "max": 100, "score": 2 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave a gap between 50 and 50."]),
        ["unrounded ratio bands open at 0"] = (json =>
        {
            Item(json, 1)["rule"]!["rounding"] = "none";
            Item(json, 1)["rule"]!["bands"] = JsonNode.Parse("""[ { "min": 0, "minExclusive": true, "score": 1 } ]""");
        }, [
            "1 | items[0].rule.bands | Scale.BandGap | The bands leave values from 0 up to 0 without a score."]),
        ["unrounded bands open at the value's own minimum"] = (json =>
        {
            Item(json, 2)["rule"]!["value"]!["min"] = 10;
            Bands(json, """[ { "min": 10, "minExclusive": true, "max": 100, "score": 1 } ]""");
        }, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values from 10 up to 10 without a score."]),
        ["unrounded bands open at the value's own maximum"] = (json =>
        {
            Item(json, 2)["rule"]!["value"]!["max"] = 90;
            Bands(json, """[ { "min": 0, "max": 90, "maxExclusive": true, "score": 1 } ]""");
        }, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values above 90 (up to 90) without a score."]),
        ["nearest-anchor rule on a constant"] = (json => Item(json, 17)["rule"]!["otherwise"]!["rule"]!["value"] = Obj("""{ "constant": 3 }"""), [
            "17 | items[16].rule.otherwise.rule.value | Scale.BadValue | A constant cannot be scored here."]),
        ["nearest-anchor rule on an undeclared fact"] = (json => Item(json, 17)["rule"]!["otherwise"]!["rule"]!["value"]!["fact"] = "contactsPerWeek", [
            "17 | items[16].rule.otherwise.rule.value.fact | Scale.UndeclaredFact | The value refers to fact 'contactsPerWeek', which the item does not declare."]),
        ["unrounded bands with a gap"] = (json => Bands(json, """[ { "min": 0, "max": 40, "score": 1 }, { "min": 50, "max": 100, "score": 2 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave a gap between 40 and 50."]),
        ["unrounded bands both open at their boundary"] = (json => Bands(json, """[ { "min": 0, "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "minExclusive": true, "max": 100, "score": 2 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave a gap between 50 and 50."]),
        ["unrounded bands overlapping"] = (json => Bands(json, """[ { "min": 0, "max": 60, "score": 1 }, { "min": 50, "max": 100, "score": 2 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandOverlap | The bands for scores 1 and 2 overlap beyond a shared boundary."]),
        ["unrounded band open at its only point"] = (json => Bands(json, """[ { "min": 0, "max": 50, "score": 1 }, { "min": 50, "max": 50, "maxExclusive": true, "score": 2 }, { "min": 50, "max": 100, "score": 3 } ]"""), [
            "2 | items[1].rule.bands | Scale.EmptyBand | A band for score 2 contains no value."]),
        ["unrounded bands open at the domain start"] = (json => Bands(json, """[ { "min": 0, "minExclusive": true, "max": 100, "score": 1 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values from 0 up to 0 without a score."]),
        ["unrounded bands open at the domain end"] = (json => Bands(json, """[ { "min": 0, "max": 100, "maxExclusive": true, "score": 1 } ]"""), [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values above 100 (up to 100) without a score."]),
        ["value capped below the fact's maximum, bands starting late"] = (json =>
        {
            Item(json, 2)["rule"]!["value"]!["max"] = 90;
            Bands(json, """[ { "min": 50, "max": 90, "score": 1 } ]""");
        }, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values from 0 up to 50 without a score."]),
        ["value floored above the fact's minimum, bands ending early"] = (json =>
        {
            Item(json, 2)["rule"]!["value"]!["min"] = 10;
            Bands(json, """[ { "min": 10, "max": 50, "score": 1 } ]""");
        }, [
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values above 50 (up to 100) without a score."]),
        ["ratio of an undeclared fact without a value range"] = (json =>
        {
            var value = Item(json, 19)["rule"]!["otherwise"]!["rule"]!["value"]!;
            value["numerator"] = "types";
            value.AsObject().Remove("max");
        }, [
            "19 | items[18].rule.otherwise.rule.value.numerator | Scale.UndeclaredFact | The ratio numerator refers to fact 'types', which the item does not declare."]),
        ["ratio bands with a gap"] = (json => Item(json, 1)["rule"]!["bands"]![1]!["max"] = 39, [
            "1 | items[0].rule.bands | Scale.BandGap | The bands leave a gap between 39 and 41."]),
        ["ratio without a denominator"] = (json => Item(json, 1)["rule"]!["value"]!.AsObject().Remove("denominator"), [
            "1 | items[0].rule.value.denominator | Scale.MissingFactReference | The ratio denominator names no fact."]),
        ["unrounded open-ended bands both open at their boundary"] = (json =>
        {
            Item(json, 15)["rule"]!["rounding"] = "none";
            Item(json, 15)["rule"]!["bands"] = JsonNode.Parse("""[ { "min": 0, "max": 50, "maxExclusive": true, "score": 1 }, { "min": 50, "minExclusive": true, "score": 2 } ]""");
        }, [
            "15 | items[14].rule.bands | Scale.BandGap | The bands leave a gap between 50 and 50."]),
        ["ratio with an undeclared denominator"] = (json => Item(json, 1)["rule"]!["value"]!["denominator"] = "fte", [
            "1 | items[0].rule.value.denominator | Scale.UndeclaredFact | The ratio denominator refers to fact 'fte', which the item does not declare."]),

        // ---- values
        ["bands rule without a value"] = (json => Item(json, 2)["rule"]!.AsObject().Remove("value"), [
            "2 | items[1].rule.value | Scale.MissingValue | The value is missing."]),
        ["value with two forms"] = (json => Item(json, 2)["rule"]!["value"]!["constant"] = 1, [
            "2 | items[1].rule.value | Scale.BadValue | A value needs exactly one of 'fact', 'numerator'/'denominator', 'countOf' and 'constant'."]),
        ["value with no form"] = (json => Item(json, 2)["measure"]!["value"] = new JsonObject(), [
            "2 | items[1].measure.value | Scale.BadValue | A value needs exactly one of 'fact', 'numerator'/'denominator', 'countOf' and 'constant'."]),
        ["value with a factor of 0"] = (json => Item(json, 19)["measure"]!["value"]!["factor"] = 0, [
            "19 | items[18].measure.value.factor | Scale.BadValue | A factor must be a positive finite number."]),
        ["value with a negative factor"] = (json => Item(json, 19)["measure"]!["value"]!["factor"] = -100, [
            "19 | items[18].measure.value.factor | Scale.BadValue | A factor must be a positive finite number."]),
        ["bands on a constant"] = (json => Item(json, 2)["rule"]!["value"] = Obj("""{ "constant": 50 }"""), [
            "2 | items[1].rule.value | Scale.BadValue | A constant cannot be scored here."]),
        ["bands on an undeclared fact"] = (json => Item(json, 2)["rule"]!["value"]!["fact"] = "timePercent", [
            "2 | items[1].rule.value.fact | Scale.UndeclaredFact | The value refers to fact 'timePercent', which the item does not declare."]),

        // ---- conditions
        ["comparison without op"] = (json => Item(json, 19)["constraints"]![0]!["require"]!.AsObject().Remove("op"), [
            "19 | items[18].constraints[0].require.op | Scale.BadCondition | A comparison needs an 'op'."]),
        ["level condition with two targets"] = (json => Item(json, 17)["modifiers"]![0]!["when"]!["atMost"] = "monthly", [
            "17 | items[16].modifiers[0].when | Scale.BadCondition | A level condition needs exactly one of 'atLeast', 'atMost' and 'equals'."]),
        ["level condition equal to an unknown level"] = (json => Item(json, 17)["modifiers"]![0]!["when"]!["equals"] = "yearly", [
            "17 | items[16].modifiers[0].when | Scale.UnknownLevel | Level 'yearly' is not a level of fact 'contactLogReview'."]),
        ["level condition at least an unknown level"] = (json => Item(json, 6)["rule"]!["cases"]![2]!["when"]!["atLeast"] = "daily", [
            "6 | items[5].rule.cases[2].when | Scale.UnknownLevel | Level 'daily' is not a level of fact 'navContactFrequency'."]),
        ["level condition at most an unknown level"] = (json => Item(json, 6)["rule"]!["cases"]![2]!["when"] = Obj("""{ "level": "navContactFrequency", "atMost": "hourly" }"""), [
            "6 | items[5].rule.cases[2].when | Scale.UnknownLevel | Level 'hourly' is not a level of fact 'navContactFrequency'."]),
        ["level condition on an undeclared fact"] = (json => Item(json, 6)["rule"]!["cases"]![0]!["when"]!["all"]![1]!["level"] = "navContact", [
            "6 | items[5].rule.cases[0].when.all[1].level | Scale.UndeclaredFact | The level condition refers to fact 'navContact', which the item does not declare."]),
        ["flag condition without is"] = (json => Item(json, 4)["rule"]!["cases"]![0]!["when"]!.AsObject().Remove("is"), [
            "4 | items[3].rule.cases[0].when.is | Scale.BadCondition | A flag condition needs 'is'."]),
        ["any-condition naming an undeclared fact"] = (json => Item(json, 4)["rule"]!["cases"]![1]!["when"]!["any"]![0]!["value"]!["fact"] = "teams", [
            "4 | items[3].rule.cases[1].when.any[0].value.fact | Scale.UndeclaredFact | The value refers to fact 'teams', which the item does not declare."]),
        ["empty all-condition"] = (json => Item(json, 6)["rule"]!["cases"]![0]!["when"]!["all"] = new JsonArray(), [
            "6 | items[5].rule.cases[0].when | Scale.BadCondition | 'all' and 'any' need at least one condition."]),
        ["empty any-condition"] = (json => Item(json, 6)["rule"]!["cases"]![1]!["when"]!["any"] = new JsonArray(), [
            "6 | items[5].rule.cases[1].when | Scale.BadCondition | 'all' and 'any' need at least one condition."]),
        ["not-condition naming an undeclared fact"] = (json => Item(json, 15)["modifiers"]![0]!["when"] = Obj("""{ "not": { "flag": "tracked", "is": true } }"""), [
            "15 | items[14].modifiers[0].when.not.flag | Scale.UndeclaredFact | The flag condition refers to fact 'tracked', which the item does not declare."]),
        ["condition with two forms"] = (json => Item(json, 15)["modifiers"]![0]!["when"]!["level"] = "employerContactsTracked", [
            "15 | items[14].modifiers[0].when | Scale.BadCondition | A condition needs exactly one form: value/op/than, level, flag, all, any or not."]),
        ["condition with no form"] = (json => Item(json, 15)["modifiers"]![0]!["when"] = new JsonObject(), [
            "15 | items[14].modifiers[0].when | Scale.BadCondition | A condition needs exactly one form: value/op/than, level, flag, all, any or not."]),
    };

    /// <summary>States JSON reading refuses (nulls, unknown kinds, non-finite numbers) still reach a definition built in code.</summary>
    [Fact]
    public void EveryBrokenDefinitionObject_ReportsExactlyItsProblems() =>
        AssertEveryCase(ObjectCases, c => [.. ScaleDefinitionValidator.Check(c.Break(Ips25Scale.Definition)).Select(Format)], c => c.Expected);

    private static readonly Dictionary<string, (Func<ScaleDefinition, ScaleDefinition> Break, string[] Expected)> ObjectCases = new(StringComparer.Ordinal)
    {
        ["rule missing"] = (scale => WithItem(scale, 7, item => item with { Rule = null! }), [
            "7 | items[6].rule | Scale.MissingRule | The rule is missing."]),
        ["outcome missing"] = (scale => WithItem(scale, 3, item => item with { Rule = item.Rule with { Cases = [item.Rule.Cases[0] with { Then = null! }, item.Rule.Cases[1]] } }), [
            "3 | items[2].rule.cases[0].then | Scale.MissingOutcome | The outcome is missing."]),
        ["condition missing"] = (scale => WithItem(scale, 15, item => item with { Modifiers = [item.Modifiers[0] with { When = null! }] }), [
            "15 | items[14].modifiers[0].when | Scale.MissingCondition | The condition is missing."]),
        ["unknown rule kind"] = (scale => WithItem(scale, 7, item => item with { Rule = item.Rule with { Kind = (RuleKind)99 } }), [
            "7 | items[6].rule.kind | Scale.UnknownKind | Unknown rule kind."]),
        ["unknown fact kind"] = (scale => WithItem(scale, 16, item => item with { Facts = [item.Facts[0] with { Kind = (FactKind)99 }, .. item.Facts[1..]] }), [
            "16 | items[15].facts[0].kind | Scale.UnknownKind | Fact 'contactsFollowingPreferencesPercent' has an unknown kind.",
            "16 | items[15].rule.value.fact | Scale.FactKindMismatch | The value needs fact 'contactsFollowingPreferencesPercent' to be of kind Number or Count, not 99.",
            "16 | items[15].measure.value.fact | Scale.FactKindMismatch | The value needs fact 'contactsFollowingPreferencesPercent' to be of kind Number or Count, not 99.",
            "16 | warnings[0].facts[2].fact | Scale.FactKindMismatch | The warning 'Warning.PercentLooksLikeFraction' needs fact 'contactsFollowingPreferencesPercent' to be of kind Number or Count, not 99."]),
        ["infinite fact maximum"] = (scale => WithItem(scale, 2, item => item with { Facts = [item.Facts[0] with { Max = double.PositiveInfinity }] }), [
            "2 | items[1].facts[0] | Scale.BadRange | Fact 'employmentServicesTimePercent' has a bound that is not a finite number.",
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values above 100 (up to Infinity) without a score."]),
        ["anchor point not a number"] = (scale => WithItem(scale, 17, item => item with
        {
            Rule = item.Rule with { Otherwise = item.Rule.Otherwise! with { Rule = item.Rule.Otherwise.Rule! with { Points = [item.Rule.Otherwise.Rule.Points[0] with { Value = double.NaN }, .. item.Rule.Otherwise.Rule.Points[1..]] } } },
        }), [
            "17 | items[16].rule.otherwise.rule.points[0].value | Scale.BadRange | An anchor point must be a finite number."]),
        ["band bound not finite"] = (scale => WithItem(scale, 2, item => item with { Rule = item.Rule with { Bands = [item.Rule.Bands[0] with { Min = double.NegativeInfinity }, .. item.Rule.Bands[1..]] } }), [
            "2 | items[1].rule.bands | Scale.BadRange | A band bound must be a finite number."]),
        ["infinite fact minimum"] = (scale => WithItem(scale, 2, item => item with { Facts = [item.Facts[0] with { Min = double.NegativeInfinity }] }), [
            "2 | items[1].facts[0] | Scale.BadRange | Fact 'employmentServicesTimePercent' has a bound that is not a finite number.",
            "2 | items[1].rule.bands | Scale.BandGap | The bands leave values from -Infinity up to 0 without a score."]),
        ["band upper bound not finite"] = (scale => WithItem(scale, 2, item => item with { Rule = item.Rule with { Bands = [.. item.Rule.Bands[..4], item.Rule.Bands[4] with { Max = double.PositiveInfinity }] } }), [
            "2 | items[1].rule.bands | Scale.BadRange | A band bound must be a finite number."]),
        ["factor not a number"] = (scale => WithItem(scale, 19, item => item with { Measure = item.Measure! with { Value = item.Measure.Value with { Factor = double.NaN } } }), [
            "19 | items[18].measure.value.factor | Scale.BadValue | A factor must be a positive finite number."]),
        ["language entry missing"] = (scale => scale with { Languages = [null!, .. scale.Languages] }, [
            "- | languages[0] | Scale.NullEntry | The entry at languages[0] is null."]),
    };

    [Fact]
    public void NewValidator_RefusesEmptyIdentityFields()
    {
        var result = new ScaleDefinitionValidator().Validate(Ips25Scale.Definition with { ScaleId = "", Edition = "", Revision = "" });

        Assert.Equal(
            ["scaleId | Scale.MissingText | The scale id is empty.", "edition | Scale.MissingText | The edition is empty.", "revision | Scale.MissingText | The revision is empty."],
            result.Errors.Select(e => e.PropertyName + " | " + e.ErrorCode + " | " + e.ErrorMessage));
    }

    [Fact]
    public void NewValidator_RunsTheDefinitionChecks()
    {
        var validator = new ScaleDefinitionValidator();

        Assert.True(validator.Validate(Ips25Scale.Definition).IsValid);
        var failure = Assert.Single(validator.Validate(Ips25Scale.Definition with { Items = Ips25Scale.Definition.Items.RemoveAt(2) }).Errors, e => e.ErrorCode == "Scale.MissingItem");
        Assert.Equal("Item 3 is missing.", failure.ErrorMessage);
    }

    [Fact]
    public void Check_NullDefinition_Throws() =>
        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => ScaleDefinitionValidator.Check(null!)).ParamName);

    [Fact]
    public void EveryRequiredLabel_IsChecked() =>
        AssertEveryCase(
            ScaleDefinitionValidator.RequiredLabels.ToDictionary(id => id, StringComparer.Ordinal),
            id => Problems(json => json["labels"]!.AsObject().Remove(id)),
            id => [$"- | labels.{id} | Scale.MissingLabel | The UI label '{id}' is missing."]);

    /// <summary>JSON allows <c>null</c> in any array; the paths where a null entry is tried (regression: 16 of them crashed the validator).</summary>
    private static readonly string[] NullEntryPaths =
    [
        "languages[0]", "sections[0]", "levels[0]", "policies[0]", "items[0]", "items[2].anchors[0]", "items[1].facts[0]",
        "items[4].facts[0].elements[0]", "items[6].facts[0].levels[0]", "items[14].modifiers[0]", "items[18].constraints[0]",
        "items[16].rule.otherwise.rule.points[0]", "items[2].rule.cases[0]", "items[4].rule.map[0]", "items[6].rule.levels[0]",
        "items[1].rule.bands[0]", "items[5].rule.cases[0].when.all[0]",
    ];

    [Fact]
    public void NullArrayEntry_IsAProblem_NotACrash() =>
        AssertEveryCase(
            NullEntryPaths.ToDictionary(path => path, StringComparer.Ordinal),
            path => [.. Problems(json =>
            {
                var open = path.LastIndexOf('[');
                Navigate(json, path[..open])[int.Parse(path[(open + 1)..^1], CultureInfo.InvariantCulture)] = null;
            }).Where(p => p.Contains(" | " + path + " | ", StringComparison.Ordinal)).Select(p => p.Split(" | ")[2])],
            path => [path.EndsWith("all[0]", StringComparison.Ordinal) ? "Scale.MissingCondition" : "Scale.NullEntry"]);

    /// <summary>A null entry stands alone: the checks that need the entry skip it rather than report more.</summary>
    [Fact]
    public void NullBand_IsTheOnlyProblemOfItsRule()
    {
        Assert.Equal(["2 | items[1].rule.bands[2] | Scale.NullEntry | The entry at items[1].rule.bands[2] is null."], Problems(json => Item(json, 2)["rule"]!["bands"]![2] = null));
    }

    private static JsonNode Navigate(JsonNode json, string path)
    {
        var node = json;
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            node = open < 0 ? node[part]! : node[part[..open]]![int.Parse(part[(open + 1)..^1], CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    private static ScaleDefinition WithItem(ScaleDefinition scale, int number, Func<ItemDefinition, ItemDefinition> change) =>
        scale with { Items = [.. scale.Items.Select(item => item.Number == number ? change(item) : item)] };

    /// <summary>
    /// Runs every case and fails once, listing each case whose outcome differs (or that threw), so one broken case never
    /// hides another. The cases are a table in one fact rather than theory rows: Stryker's MTP runner could not select
    /// the rows one by one, which left the mutants only they reach untested.
    /// </summary>
    private static void AssertEveryCase<T>(IReadOnlyDictionary<string, T> cases, Func<T, string[]> actual, Func<T, string[]> expected)
    {
        var mismatches = new List<string>();
        foreach (var (name, @case) in cases.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            string[] got;
            try
            {
                got = actual(@case);
            }
            catch (Exception exception)
            {
                mismatches.Add($"{name}: threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            var want = expected(@case);
            if (!got.SequenceEqual(want, StringComparer.Ordinal))
            {
                mismatches.Add($"{name}:\n  expected: {string.Join("\n            ", want)}\n  actual:   {string.Join("\n            ", got)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases differ:\n" + string.Join("\n", mismatches));
    }

    private static string[] Problems(Action<JsonNode> breakIt)
    {
        var json = JsonNode.Parse(Ips25Json)!;
        breakIt(json);
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(json.ToJsonString()));
        return [.. exception.Problems.Select(Format)];
    }

    internal static string Format(ScaleDefinitionProblem problem) =>
        (problem.Item?.ToString(CultureInfo.InvariantCulture) ?? "-") + " | " + problem.Path + " | " + problem.Code + " | " + problem.Message;

    private static JsonNode Item(JsonNode json, int number) =>
        json["items"]!.AsArray().First(i => (int)i!["number"]! == number)!;

    private static JsonNode Obj(string json) => JsonNode.Parse(json)!;

    /// <summary>Item 2 (a 0–100 percentage) scored by unrounded <paramref name="bands"/>.</summary>
    private static void Bands(JsonNode json, string bands)
    {
        Item(json, 2)["rule"]!["rounding"] = "none";
        Item(json, 2)["rule"]!["bands"] = JsonNode.Parse(bands);
    }
}
