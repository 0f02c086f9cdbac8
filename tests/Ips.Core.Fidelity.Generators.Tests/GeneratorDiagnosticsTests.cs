using Microsoft.CodeAnalysis;

namespace Ips.Core.Fidelity.Generators.Tests;

/// <summary>Every diagnostic the generator reports: a diagnostic naming the file and the JSON path, never a crash, and no code for that file.</summary>
public sealed class GeneratorDiagnosticsTests
{
    /// <summary>Runs the generator on one scale file and returns its single diagnostic (failing when there are more, or any source).</summary>
    private static Diagnostic Single(string json, string? @namespace = "Test.Skala")
    {
        var run = GeneratorHarness.Run(new ScaleFile(SmallScale.Path, json, Namespace: @namespace));
        Assert.Empty(run.Sources);
        return Assert.Single(run.GeneratorDiagnostics);
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string, string> BadJson => new()
    {
        { """{ "items": [1, 2""", "$.items", "The document ends inside an array." },
        { """{ "items": [1, 2 3] }""", "$.items", "Expected ',' or ']' after an array entry, found '3'." },
        { """{ "a": 01 }""", "$.a", "A number has a leading zero." },
        { """{ "a": 1. }""", "$.a", "A number needs a digit after the decimal point." },
        { """{ "a": 1e }""", "$.a", "A number needs a digit in its exponent." },
        { """{ "a": -x }""", "$.a", "A number needs a digit after '-'." },
        { """{ "a": NaN }""", "$.a", "Unexpected 'N' where a value is expected." },
        { """{ "a": tru }""", "$.a", "Unexpected 't' where a value is expected (literals are true, false and null)." },
        { """{ "a": nullx }""", "$.a", "Unexpected 'n' where a value is expected (literals are true, false and null)." },
        { """{ 'a': 1 }""", "$", "Expected a member name in double quotes, found '''." },
        { """{ a: 1 }""", "$", "Expected a member name in double quotes, found 'a'." },
        { """{ "a" 1 }""", "$.a", "Expected ':' after the member name." },
        { """{ "a": 1, "a": 2 }""", "$.a", "The member 'a' appears twice." },
        { """{ "a": 1 } x""", "$", "Unexpected 'x' after the JSON value." },
        { """{ "a": "\x" }""", "$.a", "Unknown escape '\\x' in a string." },
        { """{ "a": "\u12" }""", "$.a", "A \\u escape needs four hexadecimal digits." },
        { """{ "a": "\ud83d" }""", "$.a", "A \\u escape holds a high surrogate not followed by a low one." },
        { """{ "a": "\ud83d\u0041" }""", "$.a", "A \\u escape holds a high surrogate not followed by a low one." },
        { """{ "a": "\ude00" }""", "$.a", "A \\u escape holds a low surrogate without a high one before it." },
        { "{ \"a\": \"tab\there\" }", "$.a", "A string holds the control character U+0009; write it as an escape." },
        { """{ "a": "open }""", "$.a", "The document ends inside a string." },
        { """{ "a": [ { "b": } ] }""", "$.a[0].b", "Unexpected '}' where a value is expected." },
        { """{ /* never closed""", "$", "A /* comment is not closed." },
        { "", "$", "The document ends where a value is expected." },
        { new string('[', 65) + new string(']', 65), "$" + string.Concat(Enumerable.Repeat("[0]", 64)), "The document nests deeper than 64 levels." },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public void InvalidJson_IsReportedWithFileAndPath(string json, string path, string message)
    {
        var diagnostic = Single(json);

        Assert.Equal("IPSGEN001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal($"liten-skala.json: not valid JSON at {path}: {message}", Message(diagnostic));
        Assert.Equal(SmallScale.Path, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void InvalidJson_IsPlacedAtItsLineAndColumn()
    {
        var diagnostic = Single("{\n  \"items\": [\n    { \"number\": 01 }\n  ]\n}");

        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((2, 17), (position.Line, position.Character));
        Assert.Contains("at $.items[0].number: A number has a leading zero.", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void CommentsTrailingCommasAndEscapes_AreAccepted_AsTheScaleLoaderAcceptsThem()
    {
        var json = SmallScale.With("\"codeName\": \"Caseload\",", "// the type is CaseloadFacts\n\"codeName\": \"Case\\u006Coad\", /* \\u escape */")
            .Replace("\"score\": 3 } ] },", "\"score\": 3 }, ] },", StringComparison.Ordinal);

        var run = GeneratorHarness.Run(new ScaleFile(SmallScale.Path, json));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "Test.Skala.CaseloadFacts.g.cs");
        Assert.Contains(run.Sources, s => s.Source.Contains("/// <summary>Varje vecka \U0001F4C5 (<c>weekly</c>).</summary>", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> MissingMembers => new()
    {
        { "[]", "[]", "$", "the scale definition must be an object, not an array." },
        { "\"items\": [", "\"items\": 1, \"x\": [", "$.items", "\"items\" must be an array, not a number." },
        { "\"number\": 2,", "\"number\": \"two\",", "$.items[1].number", "\"number\" must be a whole number, not a string." },
        { "\"number\": 2,", "\"number\": 2.5,", "$.items[1].number", "the item number must be a whole number, not 2.5." },
        { "\"number\": 2,", "", "$.items[1]", "the member \"number\" (a whole number) is missing." },
        { "\"kind\": \"flag\",", "\"kind\": \"colour\",", "$.items[1].facts[0].kind", "the fact kind 'colour' is not one of count, number, flag, level and elements." },
        { "\"kind\": \"flag\",", "", "$.items[1].facts[0]", "the member \"kind\" (a string) is missing." },
        { "\"perSpecialist\": true,", "\"perSpecialist\": \"yes\",", "$.items[0].perSpecialist", "\"perSpecialist\" must be true or false, not a string." },
        { "\"name\": { \"sv\": \"Arbetsbelastning\" },", "\"name\": { \"sv\": 5 },", "$.items[0].name.sv", "a text must be a string, not a number." },
        { "\"levels\": [", "\"levels\": [], \"x\": [", "$.items[1].facts[1].levels", "a level fact needs at least one entry." },
        { "{ \"id\": \"homeVisits\", \"label\": { \"sv\": \"Hembes\\u00f6k\" } },", "7,", "$.items[2].facts[0].elements[0]", "an entry must be an object, not a number." },
    };

    [Theory]
    [MemberData(nameof(MissingMembers))]
    public void WhatTheGeneratorNeeds_WhenMissingOrMistyped_IsReportedWithItsPath(string find, string replace, string path, string message)
    {
        var json = find == "[]" ? "[]" : SmallScale.With(find, replace);

        var diagnostic = Single(json);

        Assert.Equal("IPSGEN002", diagnostic.Id);
        Assert.Equal($"liten-skala.json: at {path}: {message}", Message(diagnostic));
    }

    [Fact]
    public void AnElementsFact_HasAtMost31Elements()
    {
        var elements = string.Join(", ", Enumerable.Range(0, 32).Select(i => $"{{ \"id\": \"e{i}\" }}"));
        var diagnostic = Single(SmallScale.With("\"elements\": [", $"\"elements\": [{elements}], \"x\": ["));

        Assert.Equal("IPSGEN002", diagnostic.Id);
        Assert.EndsWith("at $.items[2].facts[0].elements: an elements fact can have at most 31 elements (one bit each in an int flags enum).", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWithoutCodeName_NeedsOne()
    {
        var diagnostic = Single(SmallScale.With("\"codeName\": \"Teamwork\",", string.Empty));

        Assert.Equal("IPSGEN003", diagnostic.Id);
        Assert.Equal(
            "liten-skala.json: at $.items[1]: item 2 needs a \"codeName\" (a C# identifier such as \"CaseloadSize\"): no C# name can be formed from its name or number",
            Message(diagnostic));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(SmallScale.Json.Split('\n').TakeWhile(l => !l.Contains("\"codeName\": \"Teamwork\"", StringComparison.Ordinal)).Count() - 3, span.StartLinePosition.Line);
    }

    [Fact]
    public void WithoutNamespace_AScaleIdThatFormsNoName_NeedsTheNamespaceMetadata()
    {
        var diagnostic = Single(SmallScale.With("\"scaleId\": \"liten-skala\"", "\"scaleId\": \"25-punkt\""), @namespace: null);

        Assert.Equal("IPSGEN002", diagnostic.Id);
        Assert.EndsWith(
            "at $.scaleId: the scale id '25-punkt' forms no C# name for the namespace; set the Namespace metadata of the AdditionalFiles item.",
            Message(diagnostic),
            StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> InvalidIdentifiers => new()
    {
        { "\"codeName\": \"Caseload\"", "\"codeName\": \"2Fast\"", "$.items[0].codeName", "'2Fast' is not a valid C# identifier" },
        { "\"codeName\": \"Caseload\"", "\"codeName\": \"class\"", "$.items[0].codeName", "'class' is not a valid C# identifier" },
        { "\"codeName\": \"Caseload\"", "\"codeName\": \"Case load\"", "$.items[0].codeName", "'Case load' is not a valid C# identifier" },
        { "\"codeName\": \"Caseload\"", "\"codeName\": \"\"", "$.items[0].codeName", "'' is not a valid C# identifier" },
        { "\"codeName\": \"MeetingCadence\"", "\"codeName\": \"Meeting-Cadence\"", "$.items[1].facts[1].codeName", "'Meeting-Cadence' is not a valid C# identifier" },
        {
            "\"id\": \"activeParticipants\"", "\"id\": \"3rdParty\"", "$.items[0].facts[0].id",
            "'3rdParty' is not a valid C# identifier (a fact id names its property in PascalCase: use letters and digits, starting with a letter)"
        },
        {
            "\"id\": \"monthly\"", "\"id\": \"every/month\"", "$.items[1].facts[1].levels[1].id",
            "'every/month' is not a valid C# identifier (an element or level id names its enum member in PascalCase: use letters and digits, starting with a letter)"
        },
    };

    [Theory]
    [MemberData(nameof(InvalidIdentifiers))]
    public void AnInvalidIdentifier_IsReportedWithItsPath(string find, string replace, string path, string message)
    {
        var diagnostic = Single(SmallScale.With(find, replace));

        Assert.Equal("IPSGEN004", diagnostic.Id);
        Assert.Equal($"liten-skala.json: at {path}: {message}", Message(diagnostic));
    }

    [Theory]
    [InlineData("My..Scale")]
    [InlineData("My.namespace")]
    [InlineData("My.2nd")]
    public void AnInvalidNamespace_IsReported(string @namespace)
    {
        var diagnostic = Single(SmallScale.Json, @namespace);

        Assert.Equal("IPSGEN004", diagnostic.Id);
        Assert.Equal($"liten-skala.json: at Namespace: '{@namespace}' is not a valid C# identifier (the Namespace metadata must be dotted C# identifiers)", Message(diagnostic));
    }

    public static TheoryData<string, string, string, string> Duplicates => new()
    {
        // Two items with one codeName.
        { "\"codeName\": \"Outreach\"", "\"codeName\": \"Teamwork\"", "$.items[2].codeName", "'TeamworkFacts' is already used by the item at $.items[1]" },

        // A level enum named like another item's record.
        { "\"codeName\": \"MeetingCadence\"", "\"codeName\": \"CaseloadFacts\"", "$.items[1].facts[1].codeName", "'CaseloadFacts' is already used by the item at $.items[0]" },

        // Two ids that form one property name.
        { "\"id\": \"attendsTeamMeetings\"", "\"id\": \"meeting-frequency\"", "$.items[1].facts[1].id", "'MeetingFrequency' is already used by fact 'meeting-frequency'" },

        // A property that would hide a member every record has.
        { "\"id\": \"attendsTeamMeetings\"", "\"id\": \"toItemFacts\"", "$.items[1].facts[0].id", "'ToItemFacts' is already used by a member every fact record has" },

        // An element named None (the empty set).
        { "\"id\": \"phoneFollowUp\"", "\"id\": \"none\"", "$.items[2].facts[0].elements[1].id", "'None' is already used by the empty set (None = 0)" },

        // Two levels that form one member name.
        { "\"id\": \"monthly\"", "\"id\": \"Never\"", "$.items[1].facts[1].levels[1].id", "'Never' is already used by 'never'" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void AGeneratedNameUsedTwice_IsReported(string find, string replace, string path, string message)
    {
        var diagnostic = Single(SmallScale.With(find, replace));

        Assert.Equal("IPSGEN005", diagnostic.Id);
        Assert.Equal($"liten-skala.json: at {path}: the generated name {message}; give a \"codeName\" that differs", Message(diagnostic));
    }

    [Fact]
    public void SeveralProblems_AreAllReported_AndOtherFilesStillGenerate()
    {
        var broken = SmallScale.With("\"codeName\": \"Teamwork\",", string.Empty).Replace("\"codeName\": \"Outreach\"", "\"codeName\": \"1\"", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(
            new ScaleFile("/a/broken.json", broken, Namespace: "Broken"),
            new ScaleFile(SmallScale.Path, SmallScale.Json));

        Assert.Equal(["IPSGEN003", "IPSGEN004"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.All(run.GeneratorDiagnostics, d => Assert.StartsWith("broken.json: ", Message(d), StringComparison.Ordinal));
        Assert.Equal(3, run.Sources.Length);
        Assert.All(run.Sources, s => Assert.StartsWith("Test.Skala.", s.HintName, StringComparison.Ordinal));
    }
}
