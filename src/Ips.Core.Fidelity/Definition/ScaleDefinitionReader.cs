using System.Collections.Immutable;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>
/// Reads a scale definition straight from UTF-8 JSON with <see cref="Utf8JsonReader"/>, for the documents it fully
/// understands; returns null for anything else, and the caller then deserializes with <see cref="ScaleJsonContext"/>.
/// </summary>
/// <remarks>
/// <para>
/// Why: the source-generated deserializer builds metadata for the whole type graph and JIT-compiles about a thousand
/// generic System.Text.Json methods on first use, most of a fresh process's start-up (<c>docs/benchmarks.md</c>, third
/// round). This reader uses only the framework's precompiled <see cref="Utf8JsonReader"/>.
/// </para>
/// <para>
/// It reads the canonical form <see cref="ScaleDefinition.ToJson"/> writes and people type: the camelCase member
/// names, values of the declared JSON type, comments and trailing commas. Anything else (another spelling of a name,
/// an unknown member, a null, a number in a string, an enum as a number, a missing required member, a duplicate label,
/// malformed JSON) makes it give up, so the serializer decides: the result, the errors and their paths are exactly
/// the serializer's. Where it reads, it builds what the serializer builds (pinned by <c>ScaleDefinitionReaderTests</c>).
/// </para>
/// </remarks>
internal static class ScaleDefinitionReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads <paramref name="utf8Json"/>, or returns null when the serializer must decide.</summary>
    /// <param name="utf8Json">The JSON document.</param>
    /// <returns>The definition (not validated), or null.</returns>
    internal static ScaleDefinition? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var definition = Scale(ref reader);

            // After the root value the reader ends (or throws on trailing content).
            return reader.Read() ? null : definition;
        }
        catch (Exception exception) when (exception is JsonException or NotUnderstoodException)
        {
            return null;
        }
    }

    private static ScaleDefinition Scale(ref Utf8JsonReader reader)
    {
        string? scaleId = null, edition = null, revision = null;
        LocalizedText? editionName = null, name = null;
        ImmutableArray<LanguageDefinition> languages = default;
        ScoreRange? itemScores = null;
        SpecialistCombination? specialistScores = null;
        ImmutableArray<SectionDefinition> sections = default;
        ImmutableArray<LevelDefinition> levels = default;
        ImmutableArray<PolicyDefinition> policies = default;
        ImmutableDictionary<string, LocalizedText>? labels = null;
        ImmutableArray<ItemDefinition> items = default;
        ImmutableArray<WarningDefinition> warnings = default;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("scaleId"u8)) { scaleId = String(ref reader); }
            else if (reader.ValueTextEquals("edition"u8)) { edition = String(ref reader); }
            else if (reader.ValueTextEquals("editionName"u8)) { editionName = Text(ref reader); }
            else if (reader.ValueTextEquals("revision"u8)) { revision = String(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { name = Text(ref reader); }
            else if (reader.ValueTextEquals("languages"u8)) { languages = Array(ref reader, Language); }
            else if (reader.ValueTextEquals("itemScores"u8)) { itemScores = Member(ref reader, Range); }
            else if (reader.ValueTextEquals("specialistScores"u8)) { specialistScores = Member(ref reader, Combination); }
            else if (reader.ValueTextEquals("sections"u8)) { sections = Array(ref reader, Section); }
            else if (reader.ValueTextEquals("levels"u8)) { levels = Array(ref reader, Level); }
            else if (reader.ValueTextEquals("policies"u8)) { policies = Array(ref reader, Policy); }
            else if (reader.ValueTextEquals("labels"u8)) { labels = Member(ref reader, Labels); }
            else if (reader.ValueTextEquals("items"u8)) { items = Array(ref reader, Item); }
            else if (reader.ValueTextEquals("warnings"u8)) { warnings = Array(ref reader, Warning); }
            else { throw new NotUnderstoodException(); }
        }

        return new ScaleDefinition
        {
            ScaleId = Required(scaleId),
            Edition = Required(edition),
            EditionName = editionName,
            Revision = Required(revision),
            Name = name!,
            Languages = languages,
            ItemScores = itemScores,
            SpecialistScores = specialistScores,
            Sections = sections,
            Levels = levels,
            Policies = policies,
            Labels = labels!,
            Items = items,
            Warnings = warnings,
        };
    }

    private static LanguageDefinition Language(ref Utf8JsonReader reader)
    {
        string? code = null, name = null, decimalSeparator = null, groupSeparator = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("code"u8)) { code = String(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { name = String(ref reader); }
            else if (reader.ValueTextEquals("decimalSeparator"u8)) { decimalSeparator = String(ref reader); }
            else if (reader.ValueTextEquals("groupSeparator"u8)) { groupSeparator = String(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        // As the source-generated serializer builds it: every init-only member in one initializer, so a member left
        // out is null rather than the record's own default (the validator then reports it).
        return new LanguageDefinition { Code = Required(code), Name = name!, DecimalSeparator = decimalSeparator!, GroupSeparator = groupSeparator! };
    }

    private static ScoreRange Range(ref Utf8JsonReader reader)
    {
        int? min = null, max = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("min"u8)) { min = Int(ref reader); }
            else if (reader.ValueTextEquals("max"u8)) { max = Int(ref reader); }

            // ToJson writes the computed Count and IsValid too; the serializer reads past them, and so does this.
            else if (reader.ValueTextEquals("count"u8)) { _ = Int(ref reader); }
            else if (reader.ValueTextEquals("isValid"u8)) { _ = Bool(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new ScoreRange(Required(min), Required(max));
    }

    private static SpecialistCombination Combination(ref Utf8JsonReader reader)
    {
        CombineMethod? combine = null;
        TieRule? ties = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("combine"u8))
            {
                Value(ref reader, JsonTokenType.String);
                combine = reader.ValueTextEquals("mean"u8) ? CombineMethod.Mean
                    : reader.ValueTextEquals("median"u8) ? CombineMethod.Median
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("ties"u8))
            {
                Value(ref reader, JsonTokenType.String);
                ties = reader.ValueTextEquals("down"u8) ? TieRule.Down
                    : reader.ValueTextEquals("up"u8) ? TieRule.Up
                    : throw new NotUnderstoodException();
            }
            else { throw new NotUnderstoodException(); }
        }

        return new SpecialistCombination(Required(combine), Required(ties));
    }

    private static SectionDefinition Section(ref Utf8JsonReader reader)
    {
        string? id = null;
        LocalizedText? name = null;
        int firstItem = 0, lastItem = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = String(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { name = Text(ref reader); }
            else if (reader.ValueTextEquals("firstItem"u8)) { firstItem = Int(ref reader); }
            else if (reader.ValueTextEquals("lastItem"u8)) { lastItem = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new SectionDefinition { Id = Required(id), Name = name!, FirstItem = firstItem, LastItem = lastItem };
    }

    private static LevelDefinition Level(ref Utf8JsonReader reader)
    {
        string? id = null;
        LocalizedText? name = null;
        int minTotal = 0, maxTotal = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = String(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { name = Text(ref reader); }
            else if (reader.ValueTextEquals("minTotal"u8)) { minTotal = Int(ref reader); }
            else if (reader.ValueTextEquals("maxTotal"u8)) { maxTotal = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new LevelDefinition { Id = Required(id), Name = name!, MinTotal = minTotal, MaxTotal = maxTotal };
    }

    private static PolicyDefinition Policy(ref Utf8JsonReader reader)
    {
        string? id = null;
        LocalizedText? text = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = String(ref reader); }
            else if (reader.ValueTextEquals("text"u8)) { text = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new PolicyDefinition { Id = Required(id), Text = text! };
    }

    private static ImmutableDictionary<string, LocalizedText> Labels(ref Utf8JsonReader reader)
    {
        var labels = ImmutableDictionary.CreateBuilder<string, LocalizedText>();
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            var id = reader.GetString()!;
            var text = Text(ref reader);

            // A repeated label id: the serializer's rule for it decides.
            if (labels.ContainsKey(id))
            {
                throw new NotUnderstoodException();
            }

            labels.Add(id, text);
        }

        return labels.ToImmutable();
    }

    private static ItemDefinition Item(ref Utf8JsonReader reader)
    {
        var number = 0;
        string? section = null, codeName = null;
        LocalizedText? name = null;
        ImmutableArray<DataSource> dataSources = default;
        var perSpecialist = false;
        ScoreRange? scores = null;
        SpecialistCombination? specialistScores = null;
        ImmutableArray<FactDefinition> facts = default;
        ImmutableArray<ConstraintDefinition> constraints = default;
        MeasureDefinition? measure = null;
        RuleDefinition? rule = null;
        ImmutableArray<ModifierDefinition> modifiers = default;
        ExclusionDefinition? exclude = null;
        ImmutableArray<AnchorDefinition> anchors = default;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("number"u8)) { number = Int(ref reader); }
            else if (reader.ValueTextEquals("section"u8)) { section = String(ref reader); }
            else if (reader.ValueTextEquals("codeName"u8)) { codeName = String(ref reader); }
            else if (reader.ValueTextEquals("name"u8)) { name = Text(ref reader); }
            else if (reader.ValueTextEquals("dataSources"u8)) { dataSources = Array(ref reader, Source); }
            else if (reader.ValueTextEquals("perSpecialist"u8)) { perSpecialist = Bool(ref reader); }
            else if (reader.ValueTextEquals("scores"u8)) { scores = Member(ref reader, Range); }
            else if (reader.ValueTextEquals("specialistScores"u8)) { specialistScores = Member(ref reader, Combination); }
            else if (reader.ValueTextEquals("facts"u8)) { facts = Array(ref reader, Fact); }
            else if (reader.ValueTextEquals("constraints"u8)) { constraints = Array(ref reader, Constraint); }
            else if (reader.ValueTextEquals("measure"u8)) { measure = Member(ref reader, Measure); }
            else if (reader.ValueTextEquals("rule"u8)) { rule = Member(ref reader, Rule); }
            else if (reader.ValueTextEquals("modifiers"u8)) { modifiers = Array(ref reader, Modifier); }
            else if (reader.ValueTextEquals("exclude"u8)) { exclude = Member(ref reader, Exclusion); }
            else if (reader.ValueTextEquals("anchors"u8)) { anchors = Array(ref reader, Anchor); }
            else { throw new NotUnderstoodException(); }
        }

        return new ItemDefinition
        {
            Number = number,
            Section = Required(section),
            CodeName = codeName,
            Name = name!,
            DataSources = dataSources,
            PerSpecialist = perSpecialist,
            Scores = scores,
            SpecialistScores = specialistScores,
            Facts = facts,
            Constraints = constraints,
            Measure = measure,
            Rule = Required(rule),
            Modifiers = modifiers,
            Exclude = exclude,
            Anchors = anchors,
        };
    }

    private static DataSource Source(ref Utf8JsonReader reader)
    {
        Current(ref reader, JsonTokenType.String);
        return reader.ValueTextEquals("MIS"u8) ? DataSource.ManagementInformationSystem
            : reader.ValueTextEquals("DOC"u8) ? DataSource.DocumentReview
            : reader.ValueTextEquals("INT"u8) ? DataSource.Interview
            : reader.ValueTextEquals("OBS"u8) ? DataSource.Observation
            : reader.ValueTextEquals("ISP"u8) ? DataSource.IndividualServicePlan
            : throw new NotUnderstoodException();
    }

    private static FactDefinition Fact(ref Utf8JsonReader reader)
    {
        string? id = null, codeName = null, column = null, unit = null;
        var kind = FactKind.Number;
        double? min = null, max = null;
        bool minExclusive = false, maxExclusive = false;
        LocalizedText? label = null;
        ImmutableArray<OptionDefinition> elements = default, levels = default;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = String(ref reader); }
            else if (reader.ValueTextEquals("kind"u8))
            {
                Value(ref reader, JsonTokenType.String);
                kind = reader.ValueTextEquals("number"u8) ? FactKind.Number
                    : reader.ValueTextEquals("count"u8) ? FactKind.Count
                    : reader.ValueTextEquals("elements"u8) ? FactKind.Elements
                    : reader.ValueTextEquals("level"u8) ? FactKind.Level
                    : reader.ValueTextEquals("flag"u8) ? FactKind.Flag
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("codeName"u8)) { codeName = String(ref reader); }
            else if (reader.ValueTextEquals("column"u8)) { column = String(ref reader); }
            else if (reader.ValueTextEquals("unit"u8)) { unit = String(ref reader); }
            else if (reader.ValueTextEquals("min"u8)) { min = Double(ref reader); }
            else if (reader.ValueTextEquals("minExclusive"u8)) { minExclusive = Bool(ref reader); }
            else if (reader.ValueTextEquals("max"u8)) { max = Double(ref reader); }
            else if (reader.ValueTextEquals("maxExclusive"u8)) { maxExclusive = Bool(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = Text(ref reader); }
            else if (reader.ValueTextEquals("elements"u8)) { elements = Array(ref reader, Option); }
            else if (reader.ValueTextEquals("levels"u8)) { levels = Array(ref reader, Option); }
            else { throw new NotUnderstoodException(); }
        }

        return new FactDefinition
        {
            Id = Required(id),
            Kind = kind,
            CodeName = codeName,
            Column = column,
            Unit = unit,
            Min = min,
            MinExclusive = minExclusive,
            Max = max,
            MaxExclusive = maxExclusive,
            Label = label!,
            Elements = elements,
            Levels = levels,
        };
    }

    private static OptionDefinition Option(ref Utf8JsonReader reader)
    {
        string? id = null;
        LocalizedText? label = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("id"u8)) { id = String(ref reader); }
            else if (reader.ValueTextEquals("label"u8)) { label = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new OptionDefinition { Id = Required(id), Label = label! };
    }

    private static ConstraintDefinition Constraint(ref Utf8JsonReader reader)
    {
        string? code = null;
        ConditionDefinition? require = null;
        LocalizedText? message = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("code"u8)) { code = String(ref reader); }
            else if (reader.ValueTextEquals("require"u8)) { require = Member(ref reader, Condition); }
            else if (reader.ValueTextEquals("message"u8)) { message = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new ConstraintDefinition { Code = Required(code), Require = Required(require), Message = message! };
    }

    private static MeasureDefinition Measure(ref Utf8JsonReader reader)
    {
        ValueDefinition? value = null;
        LocalizedText? unit = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { value = Member(ref reader, ValueOf); }
            else if (reader.ValueTextEquals("unit"u8)) { unit = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new MeasureDefinition { Value = Required(value), Unit = unit! };
    }

    private static ExclusionDefinition Exclusion(ref Utf8JsonReader reader)
    {
        ConditionDefinition? when = null;
        LocalizedText? reason = null, allExcludedReason = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("when"u8)) { when = Member(ref reader, Condition); }
            else if (reader.ValueTextEquals("reason"u8)) { reason = Text(ref reader); }
            else if (reader.ValueTextEquals("allExcludedReason"u8)) { allExcludedReason = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new ExclusionDefinition { When = Required(when), Reason = reason!, AllExcludedReason = allExcludedReason! };
    }

    private static AnchorDefinition Anchor(ref Utf8JsonReader reader)
    {
        var score = 0;
        LocalizedText? text = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else if (reader.ValueTextEquals("text"u8)) { text = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new AnchorDefinition { Score = score, Text = text! };
    }

    private static RuleDefinition Rule(ref Utf8JsonReader reader)
    {
        var kind = RuleKind.Bands;
        var rounding = Rounding.None;
        ValueDefinition? value = null;
        string? fact = null;
        ImmutableArray<BandDefinition> bands = default;
        ImmutableArray<AnchorPointDefinition> points = default;
        ImmutableArray<CountScoreDefinition> map = default;
        ImmutableArray<LevelScoreDefinition> levels = default;
        ImmutableArray<CaseDefinition> cases = default;
        OutcomeDefinition? otherwise = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                Value(ref reader, JsonTokenType.String);
                kind = reader.ValueTextEquals("bands"u8) ? RuleKind.Bands
                    : reader.ValueTextEquals("nearestAnchor"u8) ? RuleKind.NearestAnchor
                    : reader.ValueTextEquals("elementCount"u8) ? RuleKind.ElementCount
                    : reader.ValueTextEquals("observedLevel"u8) ? RuleKind.ObservedLevel
                    : reader.ValueTextEquals("decisionList"u8) ? RuleKind.DecisionList
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("value"u8)) { value = Member(ref reader, ValueOf); }
            else if (reader.ValueTextEquals("rounding"u8))
            {
                Value(ref reader, JsonTokenType.String);
                rounding = reader.ValueTextEquals("none"u8) ? Rounding.None
                    : reader.ValueTextEquals("wholeNumberHalfAwayFromZero"u8) ? Rounding.WholeNumberHalfAwayFromZero
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("bands"u8)) { bands = Array(ref reader, Band); }
            else if (reader.ValueTextEquals("points"u8)) { points = Array(ref reader, Point); }
            else if (reader.ValueTextEquals("fact"u8)) { fact = String(ref reader); }
            else if (reader.ValueTextEquals("map"u8)) { map = Array(ref reader, CountScore); }
            else if (reader.ValueTextEquals("levels"u8)) { levels = Array(ref reader, LevelScore); }
            else if (reader.ValueTextEquals("cases"u8)) { cases = Array(ref reader, Case); }
            else if (reader.ValueTextEquals("otherwise"u8)) { otherwise = Member(ref reader, Outcome); }
            else { throw new NotUnderstoodException(); }
        }

        return new RuleDefinition
        {
            Kind = kind,
            Value = value,
            Rounding = rounding,
            Bands = bands,
            Points = points,
            Fact = fact,
            Map = map,
            Levels = levels,
            Cases = cases,
            Otherwise = otherwise,
        };
    }

    private static BandDefinition Band(ref Utf8JsonReader reader)
    {
        double? min = null, max = null;
        bool minExclusive = false, maxExclusive = false;
        var score = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("min"u8)) { min = Double(ref reader); }
            else if (reader.ValueTextEquals("minExclusive"u8)) { minExclusive = Bool(ref reader); }
            else if (reader.ValueTextEquals("max"u8)) { max = Double(ref reader); }
            else if (reader.ValueTextEquals("maxExclusive"u8)) { maxExclusive = Bool(ref reader); }
            else if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new BandDefinition { Min = min, MinExclusive = minExclusive, Max = max, MaxExclusive = maxExclusive, Score = score };
    }

    private static AnchorPointDefinition Point(ref Utf8JsonReader reader)
    {
        var value = 0.0;
        var score = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { value = Double(ref reader); }
            else if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new AnchorPointDefinition { Value = value, Score = score };
    }

    private static CountScoreDefinition CountScore(ref Utf8JsonReader reader)
    {
        int min = 0, max = 0, score = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("min"u8)) { min = Int(ref reader); }
            else if (reader.ValueTextEquals("max"u8)) { max = Int(ref reader); }
            else if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new CountScoreDefinition { Min = min, Max = max, Score = score };
    }

    private static LevelScoreDefinition LevelScore(ref Utf8JsonReader reader)
    {
        string? level = null;
        var score = 0;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("level"u8)) { level = String(ref reader); }
            else if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new LevelScoreDefinition { Level = Required(level), Score = score };
    }

    private static CaseDefinition Case(ref Utf8JsonReader reader)
    {
        ConditionDefinition? when = null;
        OutcomeDefinition? then = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("when"u8)) { when = Member(ref reader, Condition); }
            else if (reader.ValueTextEquals("then"u8)) { then = Member(ref reader, Outcome); }
            else { throw new NotUnderstoodException(); }
        }

        return new CaseDefinition { When = Required(when), Then = Required(then) };
    }

    private static OutcomeDefinition Outcome(ref Utf8JsonReader reader)
    {
        int? score = null;
        LocalizedText? notRated = null;
        RuleDefinition? rule = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else if (reader.ValueTextEquals("notRated"u8)) { notRated = Text(ref reader); }
            else if (reader.ValueTextEquals("rule"u8)) { rule = Member(ref reader, Rule); }
            else { throw new NotUnderstoodException(); }
        }

        return new OutcomeDefinition { Score = score, NotRated = notRated, Rule = rule };
    }

    private static ConditionDefinition Condition(ref Utf8JsonReader reader)
    {
        ValueDefinition? value = null, than = null;
        ComparisonOperator? op = null;
        string? level = null, atLeast = null, atMost = null, equalTo = null, flag = null;
        bool? @is = null;
        ImmutableArray<ConditionDefinition> all = default, any = default;
        ConditionDefinition? not = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("value"u8)) { value = Member(ref reader, ValueOf); }
            else if (reader.ValueTextEquals("op"u8))
            {
                Value(ref reader, JsonTokenType.String);
                op = reader.ValueTextEquals("lt"u8) ? ComparisonOperator.LessThan
                    : reader.ValueTextEquals("le"u8) ? ComparisonOperator.LessThanOrEqual
                    : reader.ValueTextEquals("eq"u8) ? ComparisonOperator.Equal
                    : reader.ValueTextEquals("ne"u8) ? ComparisonOperator.NotEqual
                    : reader.ValueTextEquals("ge"u8) ? ComparisonOperator.GreaterThanOrEqual
                    : reader.ValueTextEquals("gt"u8) ? ComparisonOperator.GreaterThan
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("than"u8)) { than = Member(ref reader, ValueOf); }
            else if (reader.ValueTextEquals("level"u8)) { level = String(ref reader); }
            else if (reader.ValueTextEquals("atLeast"u8)) { atLeast = String(ref reader); }
            else if (reader.ValueTextEquals("atMost"u8)) { atMost = String(ref reader); }
            else if (reader.ValueTextEquals("equals"u8)) { equalTo = String(ref reader); }
            else if (reader.ValueTextEquals("flag"u8)) { flag = String(ref reader); }
            else if (reader.ValueTextEquals("is"u8)) { @is = Bool(ref reader); }
            else if (reader.ValueTextEquals("all"u8)) { all = Array(ref reader, Condition); }
            else if (reader.ValueTextEquals("any"u8)) { any = Array(ref reader, Condition); }
            else if (reader.ValueTextEquals("not"u8)) { not = Member(ref reader, Condition); }
            else { throw new NotUnderstoodException(); }
        }

        return new ConditionDefinition
        {
            Value = value,
            Op = op,
            Than = than,
            Level = level,
            AtLeast = atLeast,
            AtMost = atMost,
            EqualTo = equalTo,
            Flag = flag,
            Is = @is,
            All = all,
            Any = any,
            Not = not,
        };
    }

    private static ValueDefinition ValueOf(ref Utf8JsonReader reader)
    {
        string? fact = null, numerator = null, denominator = null, countOf = null;
        double? constant = null, factor = null, min = null, max = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("fact"u8)) { fact = String(ref reader); }
            else if (reader.ValueTextEquals("numerator"u8)) { numerator = String(ref reader); }
            else if (reader.ValueTextEquals("denominator"u8)) { denominator = String(ref reader); }
            else if (reader.ValueTextEquals("countOf"u8)) { countOf = String(ref reader); }
            else if (reader.ValueTextEquals("constant"u8)) { constant = Double(ref reader); }
            else if (reader.ValueTextEquals("factor"u8)) { factor = Double(ref reader); }
            else if (reader.ValueTextEquals("min"u8)) { min = Double(ref reader); }
            else if (reader.ValueTextEquals("max"u8)) { max = Double(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new ValueDefinition
        {
            Fact = fact,
            Numerator = numerator,
            Denominator = denominator,
            CountOf = countOf,
            Constant = constant,
            Factor = factor,
            Min = min,
            Max = max,
        };
    }

    private static ModifierDefinition Modifier(ref Utf8JsonReader reader)
    {
        var kind = ModifierKind.Cap;
        ConditionDefinition? when = null;
        var score = 0;
        LocalizedText? reason = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                Value(ref reader, JsonTokenType.String);
                kind = reader.ValueTextEquals("cap"u8) ? ModifierKind.Cap
                    : reader.ValueTextEquals("raise"u8) ? ModifierKind.Raise
                    : reader.ValueTextEquals("fix"u8) ? ModifierKind.Fix
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("when"u8)) { when = Member(ref reader, Condition); }
            else if (reader.ValueTextEquals("score"u8)) { score = Int(ref reader); }
            else if (reader.ValueTextEquals("reason"u8)) { reason = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new ModifierDefinition { Kind = kind, When = Required(when), Score = score, Reason = reason! };
    }

    private static WarningDefinition Warning(ref Utf8JsonReader reader)
    {
        string? code = null;
        var kind = WarningKind.LooksLikeFraction;
        var scope = WarningScope.Any;
        ImmutableArray<WarningFactDefinition> facts = default;
        double? limit = null;
        LocalizedText? message = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("code"u8)) { code = String(ref reader); }
            else if (reader.ValueTextEquals("kind"u8))
            {
                Value(ref reader, JsonTokenType.String);
                kind = reader.ValueTextEquals("looksLikeFraction"u8) ? WarningKind.LooksLikeFraction
                    : reader.ValueTextEquals("aboveLimit"u8) ? WarningKind.AboveLimit
                    : reader.ValueTextEquals("aboveReviewPeriod"u8) ? WarningKind.AboveReviewPeriod
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("facts"u8)) { facts = Array(ref reader, WarningFact); }
            else if (reader.ValueTextEquals("scope"u8))
            {
                Value(ref reader, JsonTokenType.String);
                scope = reader.ValueTextEquals("any"u8) ? WarningScope.Any
                    : reader.ValueTextEquals("programme"u8) ? WarningScope.Programme
                    : reader.ValueTextEquals("perSpecialist"u8) ? WarningScope.PerSpecialist
                    : throw new NotUnderstoodException();
            }
            else if (reader.ValueTextEquals("limit"u8)) { limit = Double(ref reader); }
            else if (reader.ValueTextEquals("message"u8)) { message = Text(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new WarningDefinition { Code = Required(code), Kind = kind, Facts = facts, Scope = scope, Limit = limit, Message = message! };
    }

    private static WarningFactDefinition WarningFact(ref Utf8JsonReader reader)
    {
        var item = 0;
        string? fact = null;
        StartObject(ref reader);
        while (NextMember(ref reader))
        {
            if (reader.ValueTextEquals("item"u8)) { item = Int(ref reader); }
            else if (reader.ValueTextEquals("fact"u8)) { fact = String(ref reader); }
            else { throw new NotUnderstoodException(); }
        }

        return new WarningFactDefinition { Item = item, Fact = Required(fact) };
    }

    // A text as LocalizedTextJsonConverter reads it: language code to string, codes as ReportLanguage spells them.
    private static LocalizedText Text(ref Utf8JsonReader reader)
    {
        Value(ref reader, JsonTokenType.StartObject);
        var texts = new List<KeyValuePair<string, string>>(2);
        while (NextMember(ref reader))
        {
            if (!ReportLanguage.TryFromCode(reader.GetString(), out var language))
            {
                throw new NotUnderstoodException();
            }

            texts.Add(new(language.Code, String(ref reader)));
        }

        return new LocalizedText(texts);
    }

    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    // Reads the next value as an array of elements, each read by `element` from its first token.
    private static ImmutableArray<T> Array<T>(ref Utf8JsonReader reader, ElementReader<T> element)
    {
        Value(ref reader, JsonTokenType.StartArray);
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            builder.Add(element(ref reader));
        }

        return builder.ToImmutable();
    }

    // Reads the next value (a member's) as an object.
    private static T Member<T>(ref Utf8JsonReader reader, ElementReader<T> read)
    {
        Value(ref reader, JsonTokenType.StartObject);
        return read(ref reader);
    }

    private static void StartObject(ref Utf8JsonReader reader) => Current(ref reader, JsonTokenType.StartObject);

    // Moves to the next member name of the current object; false at its end.
    private static bool NextMember(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new NotUnderstoodException(),
        };

    private static string String(ref Utf8JsonReader reader)
    {
        Value(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static int Int(ref Utf8JsonReader reader)
    {
        Value(ref reader, JsonTokenType.Number);
        return reader.TryGetInt32(out var value) ? value : throw new NotUnderstoodException();
    }

    private static double Double(ref Utf8JsonReader reader)
    {
        Value(ref reader, JsonTokenType.Number);
        return reader.TryGetDouble(out var value) ? value : throw new NotUnderstoodException();
    }

    private static bool Bool(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new NotUnderstoodException(),
        }
        : throw new NotUnderstoodException();

    private static void Value(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read())
        {
            throw new NotUnderstoodException();
        }

        Current(ref reader, expected);
    }

    private static void Current(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new NotUnderstoodException();
        }
    }

    private static T Required<T>(T? value)
        where T : class => value ?? throw new NotUnderstoodException();

    private static T Required<T>(T? value)
        where T : struct => value ?? throw new NotUnderstoodException();

    /// <summary>The document is outside what this reader reads; the serializer decides.</summary>
    private sealed class NotUnderstoodException : Exception
    {
    }
}
