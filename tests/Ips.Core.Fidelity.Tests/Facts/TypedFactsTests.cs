using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>The typed IPS-25 records map onto facts, elements and levels the definition declares.</summary>
public sealed class TypedFactsTests
{
    /// <summary>Every typed record with every property set (elements: all flags; levels: each value in turn).</summary>
    private static IEnumerable<(int Item, FactEntry[] Entries)> AllRecords()
    {
        foreach (var type in typeof(IItemFactsSource).Assembly.GetTypes().Where(t => t.IsClass && typeof(IItemFactsSource).IsAssignableFrom(t)))
        {
            var item = (int)type.GetProperty("ItemNumber")!.GetValue(null)!;
            var properties = type.GetProperties().Where(p => p.CanWrite).ToArray();
            var maxLevels = properties.Select(p => Nullable.GetUnderlyingType(p.PropertyType)!).Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)).Select(t => Enum.GetValues(t).Length).DefaultIfEmpty(1).Max();
            for (var variant = 0; variant < maxLevels; variant++)
            {
                var record = Activator.CreateInstance(type)!;
                foreach (var property in properties)
                {
                    var underlying = Nullable.GetUnderlyingType(property.PropertyType)!;
                    object value = underlying switch
                    {
                        _ when underlying == typeof(long) => 3L,
                        _ when underlying == typeof(double) => 1.0,
                        _ when underlying == typeof(bool) => true,
                        _ when underlying.IsDefined(typeof(FlagsAttribute), false) => Enum.ToObject(underlying, Enum.GetValues(underlying).Cast<object>().Select(Convert.ToInt64).Aggregate(0L, (a, b) => a | b)),
                        _ => Enum.GetValues(underlying).GetValue(Math.Min(variant, Enum.GetValues(underlying).Length - 1))!,
                    };
                    var clone = type.GetMethod("<Clone>$")!.Invoke(record, null)!;
                    property.SetValue(clone, value);
                    record = clone;
                }

                yield return (item, [.. ((IItemFactsSource)record).ToFactEntries()]);
            }
        }
    }

    [Fact]
    public void ThereIsOneTypedRecordPerItem()
    {
        var items = AllRecords().Select(r => r.Item).Distinct().Order();

        Assert.Equal(Enumerable.Range(1, 25), items);
    }

    [Fact]
    public void EveryTypedFact_IsDeclaredOnItsItem_WithItsElementsAndLevels()
    {
        foreach (var (item, entries) in AllRecords())
        {
            var definition = Ips25Scale.Definition.FindItem(item)!;
            Assert.Equal(definition.Facts.Select(f => f.Id).Order(), entries.Select(e => e.Id).Order());
            foreach (var entry in entries)
            {
                var fact = definition.FindFact(entry.Id)!;
                switch (fact.Kind)
                {
                    case FactKind.Elements:
                        Assert.Equal(fact.Elements.Select(e => e.Id), entry.Value.Elements);
                        break;
                    case FactKind.Level:
                        Assert.True(fact.IndexOfLevel(entry.Value.Level) >= 0, $"item {item}: level '{entry.Value.Level}'");
                        break;
                    case FactKind.Count:
                    case FactKind.Number:
                        Assert.NotNull(entry.Value.Number);
                        break;
                    case FactKind.Flag:
                        Assert.NotNull(entry.Value.Flag);
                        break;
                }
            }
        }
    }

    [Fact]
    public void EveryLevelEnumValue_MapsToADeclaredLevel_InOrder()
    {
        var levelEnums = typeof(IItemFactsSource).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(CaseloadSizeFacts).Namespace && t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false) && !t.IsDefined(typeof(FlagsAttribute), false));
        var levelFacts = Ips25Scale.Definition.Items.SelectMany(i => i.Facts).Where(f => f.Kind == FactKind.Level).ToList();

        Assert.Equal(levelFacts.Count, levelEnums.Count());
        foreach (var levelEnum in levelEnums)
        {
            var names = Enum.GetNames(levelEnum).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
            Assert.Contains(levelFacts, f => f.Levels.Select(l => l.Id).SequenceEqual(names));
        }
    }

    [Fact]
    public void UnsetProperties_AreLeftOut()
    {
        Assert.Empty(new CaseloadSizeFacts().ToFactEntries());
        Assert.Single(new CaseloadSizeFacts { ActiveParticipants = 10 }.ToFactEntries());
    }

    [Fact]
    public void TypedFacts_ScoreThroughTheBuilder()
    {
        var review = Review.Builder()
            .Add(new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 0.5 })
            .Add(new NavCollaborationFacts { NavContactFrequency = NavContactFrequency.Weekly, ScheduledMeetingFrequency = ScheduledMeetingFrequency.Monthly })
            .Add(new VocationalUnitFacts { UnitPractice = UnitPractice.RuralTeleconferenceWithSupervisor })
            .Add(new TeamContactFacts { TeamContactPractices = TeamContactPractices.AttendsWeeklyTeamMeeting | TeamContactPractices.OfficeNearTeam | TeamContactPractices.SharesDecisionsOnWorkGoals })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.2, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 9 })
            .AddSpecialist("ES 1", new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 96 })
            .AddSpecialist("ES 2", new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 91 })
            .Build();

        var report = Review.Engine.Score(review);

        Assert.Equal(5, report.Item(1).Score);
        Assert.Equal(4, report.Item(2).Score); // 5 and 4 → 4.5 → 4
        Assert.Equal(ScoringPath.PerSpecialist, report.Item(2).Path);
        Assert.Equal(5, report.Item(6).Score);
        Assert.Equal(3, report.Item(7).Score);
        Assert.Equal(3, report.Item(5).Score);
        Assert.Equal(3, report.Item(17).Score);
        Assert.True(Ips25Scale.Validator.Validate(review).IsValid);
    }

    [Fact]
    public void ReviewFactsValidator_ReportsTheEnginesCodesWithPaths()
    {
        var review = Review.Builder()
            .Set(1, "fullTimeEquivalents", FactValue.FromNumber(0))
            .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(double.NaN))
            .Build();

        var result = Ips25Scale.Validator.Validate(review);

        Assert.Equal([FactErrorCodes.BelowMinimum, FactErrorCodes.NotANumber], result.Errors.Select(e => e.ErrorCode));
        Assert.Equal("items[0].facts.fullTimeEquivalents", result.Errors[0].PropertyName);
        Assert.IsType<FactError>(result.Errors[0].CustomState);
    }
}
