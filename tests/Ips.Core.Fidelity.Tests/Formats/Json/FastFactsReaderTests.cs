using System.Collections.Immutable;
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
                ApplyRandomEdit(json, random, Punctuation, [Edit.Remove, Edit.Copy, Edit.Replace], maxRemoved: 5, maxCopied: 11);
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
            ApplyRandomEdit(json, random, Punctuation, [Edit.Remove, Edit.InsertPunctuation, Edit.Replace], maxRemoved: 3, maxCopied: 0);

            var text = json.ToString();
            if (Scanned(text) is { } read)
            {
                scanned++;
                Assert.True(read == Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(text))), "document: " + text);
            }
        }

        Assert.InRange(scanned, 1, 2_999);
    }

    /// <summary>A full random review of the scale: every item, odd values among the plain ones (unknown ids, negative, long and non-finite numbers).</summary>
    private static ReviewFacts RandomReview(Random random)
    {
        FactValue Any(FactDefinition fact) => random.Next(12) switch
        {
            0 => FactValue.FromLevel("notALevel" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            1 => FactValue.FromNumber((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 20))),
            2 => FactValue.FromNumber(random.Next(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity }),
            3 => FactValue.FromCount(random.NextInt64(long.MinValue, long.MaxValue)),
            4 => FactValue.FromElements(["notAnElement", .. fact.Elements.Select(e => e.Id).Take(random.Next(3))]),
            _ => fact.Kind switch
            {
                FactKind.Count => FactValue.FromCount(random.Next(-1, 60)),
                FactKind.Number => FactValue.FromNumber(Math.Round(random.NextDouble() * 100, random.Next(0, 4))),
                FactKind.Elements => FactValue.FromElements(fact.Elements.Where(_ => random.Next(2) == 0).Select(e => e.Id)),
                FactKind.Level => FactValue.FromLevel(fact.Levels[random.Next(fact.Levels.Length)].Id),
                _ => FactValue.FromFlag(random.Next(2) == 0),
            },
        };

        ImmutableArray<FactEntry> Facts(ItemDefinition item) => [.. item.Facts.Where(_ => random.Next(5) != 0).Select(f =>
            new FactEntry(f.Id, Any(f)) { Origin = random.Next(6) == 0 ? FactOrigin.Derived : FactOrigin.Supplied })];

        var items = Scale.Items.Select(item => item.PerSpecialist && random.Next(3) != 0
            ? new ItemFacts
            {
                Item = item.Number,
                Specialists = [.. Enumerable.Range(1, random.Next(1, 5)).Select(s => new SpecialistFacts { Label = "ES " + s.ToString(System.Globalization.CultureInfo.InvariantCulture) + (random.Next(10) == 0 ? " Tromsø" : string.Empty), Facts = Facts(item) })],
            }
            : new ItemFacts { Item = item.Number, Programme = Facts(item) });
        var start = new NodaTime.LocalDate(2026, 1, 1).PlusDays(random.Next(300));
        return new ReviewFacts
        {
            ProgrammeLabel = "Team " + random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ReviewDate = start.PlusDays(200),
            ReviewPeriod = random.Next(2) == 0 ? null : new NodaTime.DateInterval(start, start.PlusDays(random.Next(200))),
            Items = [.. items],
        };
    }

    /// <summary>The same document without indentation.</summary>
    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void RandomFullReviews_IndentedAndCompact_ScanAsTheOrdinaryReaderReadsThem()
    {
        var random = new Random(20261203);
        for (var n = 0; n < 300; n++)
        {
            var written = FidelityJson.WriteFacts(RandomReview(random));
            foreach (var json in new[] { written, Compact(written), written.Replace("\n", "\r\n\t", StringComparison.Ordinal) })
            {
                var ordinary = Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)));

                Assert.True(ordinary == Scanned(json), "document: " + json);
                Assert.Equal(ordinary, Outcome(() => FidelityJson.ReadFacts(json)));
            }
        }
    }

    [Fact]
    public void RandomFullReviews_Mutated_ReadAsTheOrdinaryReaderReadsThem()
    {
        // Single edits of full written reviews: every outcome (facts or error, message and path) is the ordinary reader's.
        var random = new Random(20261204);
        const string Punctuation = "{}[]:,\"0123456789.-eE+ truefalsnul\\/*\t\n\u0001";
        var scanned = 0;
        for (var n = 0; n < 1_500; n++)
        {
            var json = new StringBuilder(FidelityJson.WriteFacts(RandomReview(random)));
            ApplyRandomEdit(json, random, Punctuation, [Edit.Remove, Edit.InsertPunctuation, Edit.Copy, Edit.Replace], maxRemoved: 3, maxCopied: 39);

            var text = json.ToString();
            var ordinary = Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(text)));
            if (Scanned(text) is { } read)
            {
                scanned++;
                Assert.True(read == ordinary, "document: " + text);
            }

            var (publicRead, ordinaryAgain, _) = Outcomes(text);
            Assert.True(publicRead == ordinaryAgain, "document: " + text);
        }

        Assert.InRange(scanned, 1, 1_499);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.0")]
    [InlineData("0.1")]
    [InlineData("0.30000000000000004")]
    [InlineData("16.8")]
    [InlineData("-16.80")]
    [InlineData("123456789012345")]
    [InlineData("123456789012345.6")]
    [InlineData("12345678901234.5")]
    [InlineData("999999999999999999")]
    [InlineData("-999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("0.000000000000001")]
    [InlineData("0.0000000000000001")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("4.9e-324")]
    [InlineData("1E2")]
    [InlineData("1e-2")]
    [InlineData("1.5E+3")]
    public void Scanner_Numbers_AreTheDoublesAndCountsTheOrdinaryReaderReads(string literal)
    {
        var json = """{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":""" + literal + "}}]}";
        var scanned = FactsJsonReader.ScanOnly(Encoding.UTF8.GetBytes(json), FactNameTable.Of(Scale))!.Items[0].Programme[0].Value;
        var ordinary = FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)).Items[0].Programme[0].Value;

        Assert.Equal(ordinary.Kind, scanned.Kind);
        Assert.Equal(BitConverter.DoubleToInt64Bits(ordinary.Number!.Value), BitConverter.DoubleToInt64Bits(scanned.Number!.Value));
    }

    [Fact]
    public void Scanner_RandomNumbers_AreBitForBitTheOrdinaryReaders()
    {
        // Plain decimals are converted by the scanner itself (digits ÷ 10^n); the rest by Utf8Parser: the same doubles.
        var random = new Random(20261205);
        var literals = Enumerable.Range(0, 2_000).Select(n => (n % 4) switch
        {
            0 => (random.Next(2) == 0 ? "-" : string.Empty) + random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + string.Concat(Enumerable.Range(0, random.Next(1, 18)).Select(_ => (char)('0' + random.Next(10)))),
            1 => (random.NextDouble() * Math.Pow(10, random.Next(-6, 16))).ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace('E', 'e'),
            2 => string.Concat(Enumerable.Range(0, random.Next(1, 22)).Select(i => (char)('1' + random.Next(9)))),
            _ => "0." + string.Concat(Enumerable.Range(0, random.Next(1, 17)).Select(_ => (char)('0' + random.Next(10)))),
        }).ToArray();
        var json = """{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"""
            + string.Join(",", literals.Select((l, i) => "\"f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\":" + l)) + "}}]}";
        var scanned = FactsJsonReader.ScanOnly(Encoding.UTF8.GetBytes(json), FactNameTable.Of(Scale))!.Items[0].Programme;
        var ordinary = FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)).Items[0].Programme;

        Assert.Equal(literals.Length, scanned.Length);
        for (var i = 0; i < literals.Length; i++)
        {
            Assert.True(ordinary[i].Value.Kind == scanned[i].Value.Kind, literals[i]);
            Assert.True(BitConverter.DoubleToInt64Bits(ordinary[i].Value.Number!.Value) == BitConverter.DoubleToInt64Bits(scanned[i].Value.Number!.Value), literals[i]);
        }
    }

    [Theory]
    [InlineData(""" {"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1,"a":2}}]}""")] // duplicate fact ids: both kept, in order
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":"5","b":"true","c":"NaN","d":"-Infinity"}}]}""")] // numbers and flags as strings: levels; NaN strings: numbers
    [InlineData("{\"schemaVersion\":1,\"programme\":\"P\",\"reviewDate\":\"2026-01-05\",\"items\":[{\"item\":1,\"facts\":{\"a\":1}}]}                                                                                \n\n\t\r\n")] // long whitespace runs
    [InlineData("""{"schemaVersion":1,"programme":"A programme name longer than thirty-two bytes, and longer still: Tromsø og Finnmark","reviewDate":"2026-01-05","items":[{"item":17,"specialists":[{"label":"A label longer than one vector of thirty-two bytes","facts":{"aFactIdThatIsLongerThanThirtyTwoBytesIsStillAnId":["anElementIdLongerThanThirtyTwoBytesToo"]}}]}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"abcdefghijklmnopqrstuvwxyz0123456789\u0041":1}}]}""")] // escape past the first vector: left to the next tier
    [InlineData("{\"schemaVersion\":1,\"programme\":\"abcdefghijklmnopqrstuvwxyz0123456789\u0001\",\"reviewDate\":\"2026-01-05\",\"items\":[]}")] // control byte past the first vector
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":NaN}}]}""")] // a bare NaN token is not JSON
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":1}}],"extra":true}""")] // unknown member
    [InlineData("""{"schemaVersion":"1","programme":"P","reviewDate":"2026-01-05","items":[]}""")] // version as a string
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":"1"}]}""")] // item number as a string
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":-0,"facts":{"a":-0}}]}""")]
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":"abcdefghijklmnopqrstuvwxyz0123456789""")] // ends inside a string
    [InlineData("""{"schemaVersion":1,"programme":"P","reviewDate":"2026-01-05","items":[{"item":1,"facts":{"a":12""")] // ends inside a number
    public void Scanner_Edges_ReadAsTheOrdinaryReaderReadsThem(string json)
    {
        var ordinary = Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes(json)));

        if (Scanned(json) is { } scanned)
        {
            Assert.Equal(ordinary, scanned);
        }

        Assert.Equal(ordinary, Outcome(() => FidelityJson.ReadFacts(json)));
        Assert.Equal(ordinary, Outcome(() => FidelityJson.ReadFacts(Encoding.UTF8.GetBytes(json), Scale)));
    }

    [Fact]
    public void Bom_IsReadAsTheOrdinaryReaderReadsIt()
    {
        var json = ExampleReviews.Json("fair");
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        Assert.Equal(Outcome(() => FidelityJson.ReadFactsDocument(utf8)), Outcome(() => FidelityJson.ReadFacts(utf8, Scale)));
        Assert.Equal(Outcome(() => FidelityJson.ReadFactsDocument(Encoding.UTF8.GetBytes("\uFEFF" + json))), Outcome(() => FidelityJson.ReadFacts("\uFEFF" + json)));
    }

    /// <summary>The kinds of single edit the mutation tests make.</summary>
    private enum Edit
    {
        Remove,
        InsertPunctuation,
        Copy,
        Replace,
    }

    /// <summary>One random edit at a random place: one of <paramref name="kinds"/>, drawn in the same order of
    /// <see cref="Random"/> calls each time, so a seed gives the same documents.</summary>
    private static void ApplyRandomEdit(StringBuilder json, Random random, string punctuation, Edit[] kinds, int maxRemoved, int maxCopied)
    {
        var at = random.Next(json.Length);
        switch (kinds[random.Next(kinds.Length)])
        {
            case Edit.Remove:
                json.Remove(at, Math.Min(json.Length - at, random.Next(1, maxRemoved + 1)));
                break;
            case Edit.InsertPunctuation:
                json.Insert(at, punctuation[random.Next(punctuation.Length)]);
                break;
            case Edit.Copy:
                json.Insert(at, json.ToString(at, Math.Min(json.Length - at, random.Next(1, maxCopied + 1))));
                break;
            default:
                json[at] = punctuation[random.Next(punctuation.Length)];
                break;
        }
    }
}
