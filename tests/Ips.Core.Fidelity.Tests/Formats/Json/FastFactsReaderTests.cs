using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>
/// The one-pass facts reader (<see cref="FactsJsonReader"/>) against the ordinary reader: the same facts for every
/// document it takes, and every other document left to the ordinary reader, so errors and paths are unchanged.
/// </summary>
public sealed class FastFactsReaderTests
{
    private static readonly ScaleDefinition Scale = Ips25Scale.Definition;

    private static string[] ExampleNames() =>
        [.. Directory.GetFiles(ExampleReviews.Directory, "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f))];

    /// <summary>The public reader's outcome, and the ordinary reader's, as canonical JSON or "error: message @ path".</summary>
    private static (string Public, string Ordinary, bool Fast) Outcomes(string json)
    {
        var fast = FactsJsonReader.TryRead(Encoding.UTF8.GetBytes(json), FactNameTable.Of(Scale), out var read);
        return (Outcome(() => FidelityJson.ReadFacts(json)), Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json))), fast && read is not null);
    }

    private static string Outcome(Func<ReviewFacts> read)
    {
        try
        {
            return FidelityJson.WriteFacts(read());
        }
        catch (JsonException e)
        {
            return "error: " + e.Message + " @ " + e.Path;
        }
    }

    [Fact]
    public void EveryExample_IsReadInOnePass_AsTheOrdinaryReaderReadsIt()
    {
        foreach (var name in ExampleNames())
        {
            var json = ExampleReviews.Json(name);
            var (read, ordinary, fast) = Outcomes(json);

            Assert.True(fast, name);
            Assert.Equal(ordinary, read);
            Assert.Equal(ordinary, FidelityJson.WriteFacts(FidelityJson.ReadFacts(Encoding.UTF8.GetBytes(json), Scale)));
        }
    }

    [Fact]
    public void Ids_AreTheDefinitionsOwnStrings()
    {
        var facts = FidelityJson.ReadFacts(ExampleReviews.Json("exemplary"), Scale);
        // An id shared by several facts or items ("monthly", "jobsHeld") is one of the definition's instances of it.
        var definitionStrings = new HashSet<object>(
            Scale.Items.SelectMany(i => i.Facts).SelectMany(f => f.Levels.Select(l => l.Id).Concat(f.Elements.Select(e => e.Id)).Append(f.Id)),
            ReferenceEqualityComparer.Instance);
        var checkedIds = 0;
        foreach (var item in facts.Items)
        {
            var definition = Scale.FindItem(item.Item)!;
            foreach (var entry in item.Programme.Concat(item.Specialists.SelectMany(s => s.Facts)))
            {
                var fact = definition.FindFact(entry.Id)!;
                Assert.Equal(fact.Id, entry.Id);
                Assert.Contains(entry.Id, definitionStrings);
                if (entry.Value.Level is { } level)
                {
                    Assert.Contains(level, fact.Levels.Select(l => l.Id));
                    Assert.Contains(level, definitionStrings);
                }

                foreach (var element in entry.Value.Elements.IsDefault ? [] : entry.Value.Elements)
                {
                    Assert.Contains(element, fact.Elements.Select(e => e.Id));
                    Assert.Contains(element, definitionStrings);
                }

                checkedIds++;
            }
        }

        Assert.True(checkedIds > 25);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"activeParticipants":36,"fullTimeEquivalents":2.0}}]}""", true)]
    [InlineData("""{"reviewDate":"2026-01-05","programme":"P\u00e6 \"q\"", /* note */ "schemaVersion":1,"items":[{"facts":{"a\u0062c":"NaN","x":"Infinity","y":"-Infinity","z":-0.0,"w":1e2,"v":12345678901234567890,"u":[],"t":["a","a"]},"item":3},],}""", true)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","reviewPeriod":{"end":"2026-06-30","start":"2026-01-01"},"items":[{"item":17,"specialists":[{"facts":{"jobSeekers":{"origin":"derived","value":8}},"label":"ES-A"},{"label":""}]}]}""", true)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05"}""", true)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1},"specialists":[]},{"item":2}]}""", true)]
    [InlineData("""{"schemaVersion":1,"programme":"P","programme":"Q","reviewDate":"2026-01-05","items":[]}""", false)]
    [InlineData("""{"schemaVersion":2,"programme":"P","reviewDate":"2026-01-05","items":[]}""", false)]
    [InlineData("""{"programme":"P","reviewDate":"2026-01-05","items":[]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":null,"reviewDate":"2026-01-05","items":[]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-02-30","items":[]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-1-05","items":[]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","reviewPeriod":{"start":"2026-06-30","end":"2026-01-01"},"items":[]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1.0}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":null}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[null]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1e999}}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":[1]}}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":{"value":1,"origin":"guessed"}}}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"extra":1}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":17,"specialists":[{"label":"A","label":"B"}]}]}""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[]} []""", false)]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[""", false)]
    [InlineData("""[]""", false)]
    public void Document_FastOrNot_ReadsAsTheOrdinaryReaderReadsIt(string json, bool fast)
    {
        var (read, ordinary, usedFast) = Outcomes(json);

        Assert.Equal(ordinary, read);
        Assert.Equal(fast, usedFast);
    }

    [Fact]
    public void MutatedDocuments_ReadAsTheOrdinaryReaderReadsThem()
    {
        // Random single edits of the examples: deletions, duplications and replacements with JSON punctuation.
        var random = new Random(20261201);
        var sources = ExampleNames().Select(ExampleReviews.Json).ToArray();
        const string Punctuation = "{}[]:,\"0123456789.-e truefalsnul\\/*";
        var taken = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var json = new StringBuilder(sources[n % sources.Length]);
            for (var edits = random.Next(1, 3); edits > 0; edits--)
            {
                var at = random.Next(json.Length);
                switch (random.Next(3))
                {
                    case 0:
                        json.Remove(at, Math.Min(json.Length - at, random.Next(1, 6)));
                        break;
                    case 1:
                        json.Insert(at, json.ToString(at, Math.Min(json.Length - at, random.Next(1, 12))));
                        break;
                    default:
                        json[at] = Punctuation[random.Next(Punctuation.Length)];
                        break;
                }
            }

            var text = json.ToString();
            var (read, ordinary, fast) = Outcomes(text);
            Assert.True(ordinary == read, "document: " + text);
            taken += fast ? 1 : 0;
        }

        Assert.InRange(taken, 1, 2_999);
    }

    [Fact]
    public void FullDocument_WarmedUp_AllocatesLittleAndLessThanTheOrdinaryReader()
    {
        var json = ExampleReviews.Json("exemplary");
        var utf8 = Encoding.UTF8.GetBytes(json);
        _ = FidelityJson.ReadFacts(json, Scale);
        _ = FidelityJson.ReadFactsDocument(utf8);

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = FidelityJson.ReadFacts(json, Scale);
        var fast = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = FidelityJson.ReadFactsDocument(utf8);
        var ordinary = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(fast * 4 < ordinary, $"one pass {fast} B, ordinary {ordinary} B");
        Assert.True(fast <= 8 * 1024, $"one pass {fast} B");
    }

    /// <summary>The scanner tier's outcome: canonical JSON, or null where it leaves the document to the Utf8JsonReader tier.</summary>
    private static string? Scanned(string json) =>
        FactsJsonReader.ScanOnly(Encoding.UTF8.GetBytes(json), FactNameTable.Of(Scale)) is { } facts ? FidelityJson.WriteFacts(facts) : null;

    [Fact]
    public void Scanner_TakesEveryExample_AndWrittenDocuments_AsTheOrdinaryReaderReadsThem()
    {
        foreach (var name in ExampleNames())
        {
            var json = ExampleReviews.Json(name);
            var ordinary = Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)));

            Assert.Equal(ordinary, Scanned(json));
            Assert.Equal(ordinary, Scanned(FidelityJson.WriteFacts(FidelityJson.ReadFacts(json))));
        }
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"programme":"Tromsø \u00e6","reviewDate":"2026-01-05","items":[]}""")] // escape
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[],}""")] // trailing comma
    [InlineData("""{"schemaVersion":1,"programme":"P",/* c */"reviewDate":"2026-01-05","items":[]}""")] // comment
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":01}}]}""")] // leading zero
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1.}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":-}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":tru}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1e999}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":null}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":{"value":{}}}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[]}x""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[]""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":2147483648}]}""")]
    public void Scanner_LeavesWhatItDoesNotFullyKnow_AndTheResultIsUnchanged(string json)
    {
        Assert.Null(Scanned(json));
        var (read, ordinary, _) = Outcomes(json);
        Assert.Equal(ordinary, read);
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":3,"facts":{"notAFact":"notALevel","phasesPerformed":["engagement","notAnElement"],"z":-0,"w":1E2,"v":-1.5e-3,"u":12345678901234567890}}]}""")]
    [InlineData("""{"items":[{"specialists":[{"facts":{"jobSeekers":{"origin":"derived","value":8},"contactLogReview":{"value":"weekly"}},"label":"ES-Å"},{"label":""}],"item":17}],"reviewPeriod":{"end":"2026-06-30","start":"2026-01-01"},"reviewDate":"2026-01-05","programme":"Tromsø","schemaVersion":1}""")]
    [InlineData(" \r\n\t{ \"schemaVersion\" : 1 , \"programme\" : \"P\" , \"reviewDate\" : \"2026-01-05\" , \"items\" : [ ] } \n")]
    public void Scanner_ReadsPlainDocuments_AsTheOrdinaryReaderReadsThem(string json)
    {
        var ordinary = Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(ordinary, Scanned(json));
    }

    [Fact]
    public void Scanner_UnknownIds_AreNewStrings_KnownIds_TheDefinitions()
    {
        const string Json = """{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":17,"facts":{"contactLogReview":"weekly","contactLogReviewX":"weeklyX"}}]}""";
        var facts = FactsJsonReader.ScanOnly(Encoding.UTF8.GetBytes(Json), FactNameTable.Of(Scale))!;
        var fact = Scale.FindItem(17)!.FindFact("contactLogReview")!;
        var entries = facts.Items[0].Programme;

        Assert.Same(fact.Id, entries[0].Id);
        // "weekly" is a level of several facts: the one string the table keeps is one of the definition's instances.
        var levels = Scale.Items.SelectMany(i => i.Facts).SelectMany(f => f.Levels).Select(l => l.Id).Where(id => id == "weekly");
        Assert.Contains(entries[0].Value.Level!, levels.Cast<object>().ToHashSet(ReferenceEqualityComparer.Instance));
        Assert.Equal("contactLogReviewX", entries[1].Id);
        Assert.Equal("weeklyX", entries[1].Value.Level);
    }

    [Fact]
    public void Scanner_InvalidUtf8_IsLeftToTheOrdinaryReader()
    {
        var utf8 = Encoding.UTF8.GetBytes("""{"schemaVersion":1,"programme":"P?","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a?":1}}]}""");
        foreach (var at in new[] { Array.IndexOf(utf8, (byte)'?'), Array.LastIndexOf(utf8, (byte)'?') })
        {
            var bad = (byte[])utf8.Clone();
            bad[at] = 0xC3; // a lead byte with no continuation

            Assert.Null(FactsJsonReader.ScanOnly(bad, FactNameTable.Of(Scale)));
            var error = Assert.ThrowsAny<Exception>(() => FidelityJson.ReadFacts(bad, Scale));
            Assert.Equal(Assert.ThrowsAny<Exception>(() => FidelityJson.ReadFactsDocument(bad)).Message, error.Message);
        }
    }

    [Fact]
    public void Scanner_MutatedDocuments_GiveUpOrReadAsTheOrdinaryReader()
    {
        var random = new Random(20261202);
        var sources = ExampleNames().Select(ExampleReviews.Json).ToArray();
        const string Punctuation = "{}[]:,\"0123456789.-eE+ truefalsnul\\/*\t";
        var scanned = 0;
        for (var n = 0; n < 3_000; n++)
        {
            var json = new StringBuilder(sources[n % sources.Length]);
            var at = random.Next(json.Length);
            switch (random.Next(3))
            {
                case 0:
                    json.Remove(at, Math.Min(json.Length - at, random.Next(1, 4)));
                    break;
                case 1:
                    json.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                default:
                    json[at] = Punctuation[random.Next(Punctuation.Length)];
                    break;
            }

            var text = json.ToString();
            if (Scanned(text) is { } read)
            {
                scanned++;
                Assert.True(read == Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(text))), "document: " + text);
            }
        }

        Assert.InRange(scanned, 1, 2_999);
    }
}
