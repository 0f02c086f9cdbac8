namespace Ips.Core.Fidelity.Generators.Tests;

/// <summary>
/// A small scale in Swedish only: three items scored 0–3, with a count, a number, a flag, a level and an elements
/// fact, and one per-specialist item. The generator ignores the rules and anchors, but they are here so the input
/// looks like a real definition. Labels use \u escapes and a surrogate pair on purpose.
/// </summary>
internal static class SmallScale
{
    public const string Path = "/scales/liten-skala.json";

    public const string Json = """
        {
          "scaleId": "liten-skala",
          "revision": "1",
          "name": { "sv": "Liten skala" },
          "languages": [ { "code": "sv", "name": "Svenska", "decimalSeparator": ",", "groupSeparator": " " } ],
          "policies": [
            { "id": "roundingToAnchors", "text": { "sv": "Avrundning." } },
            { "id": "perSpecialistAveraging", "text": { "sv": "Medelv\u00e4rde per handledare." } }
          ],
          "items": [
            {
              "number": 1,
              "section": "bemanning",
              "codeName": "Caseload",
              "name": { "sv": "Arbetsbelastning" },
              "perSpecialist": true,
              "facts": [
                { "id": "activeParticipants", "kind": "count", "min": 0, "label": { "sv": "Aktiva deltagare" } },
                { "id": "fullTimeEquivalents", "kind": "number", "min": 0, "minExclusive": true, "label": { "sv": "Heltidstj\u00e4nster" } }
              ],
              "rule": { "kind": "bands", "bands": [ { "min": 0, "max": 20, "score": 3 } ] },
              "anchors": [ { "score": 0, "text": { "sv": "Fler än 40" } }, { "score": 3, "text": { "sv": "Högst 20" } } ]
            },
            {
              "number": 2,
              "section": "organisation",
              "codeName": "Teamwork",
              "name": { "sv": "Samarbete i team" },
              "facts": [
                { "id": "attendsTeamMeetings", "kind": "flag", "label": { "sv": "Deltar i teamm\u00f6ten" } },
                {
                  "id": "meetingFrequency",
                  "kind": "level",
                  "codeName": "MeetingCadence",
                  "label": { "sv": "Hur ofta & var <teamet> m\u00f6ts" },
                  "levels": [
                    { "id": "never", "label": { "sv": "Aldrig" } },
                    { "id": "monthly", "label": { "sv": "Varje m\u00e5nad" } },
                    { "id": "weekly", "label": { "sv": "Varje vecka \ud83d\udcc5" } }
                  ]
                }
              ],
              "rule": { "kind": "observedLevel", "fact": "meetingFrequency" },
              "anchors": []
            },
            {
              "number": 3,
              "section": "tjanster",
              "codeName": "Outreach",
              "name": { "sv": "Upps\u00f6kande arbete" },
              "facts": [
                {
                  "id": "outreachPractices",
                  "kind": "elements",
                  "label": { "sv": "Upps\u00f6kande arbetss\u00e4tt" },
                  "elements": [
                    { "id": "homeVisits", "label": { "sv": "Hembes\u00f6k" } },
                    { "id": "phoneFollowUp", "label": { "sv": "Uppf\u00f6ljning per telefon" } },
                    { "id": "familyContact", "label": { "sv": "Kontakt med familjen" } }
                  ]
                }
              ],
              "rule": { "kind": "elementCount", "fact": "outreachPractices", "map": [ { "min": 0, "max": 3, "score": 3 } ] },
              "anchors": []
            }
          ]
        }
        """;

    /// <summary>The small scale with one replacement made (exactly once) in its text.</summary>
    public static string With(string find, string replace)
    {
        var index = Json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0 && Json.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur once in the small scale.");
        return string.Concat(Json.AsSpan(0, index), replace, Json.AsSpan(index + find.Length));
    }
}
