using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Items;
using Ips.Core.Fidelity.Scoring;
using NodaTime;

namespace Ips.Core.Reliability.Tests.Regressions;

/// <summary>
/// Bug found by <c>Validator_AgreesWithTheEngine_OnAnyFacts</c>: <see cref="ReviewFactsValidator"/> accepted empty,
/// null and duplicate specialist labels that the engine rejects (<c>Item.BadSpecialistLabel</c>), breaking its promise
/// that an accepted review scores without invalid items. Fixed in ReviewFactsValidator (the engine's label rules).
/// </summary>
public sealed class SpecialistLabelValidatorTests
{
    public static TheoryData<string?, string?> BadLabels => new()
    {
        { string.Empty, "ES-2" },
        { null, "ES-2" },
        { "ES-1", "ES-1" },
    };

    [Theory]
    [MemberData(nameof(BadLabels))]
    public void BadSpecialistLabel_IsRejectedByTheValidator_AsByTheEngine(string? first, string? second)
    {
        SpecialistFacts Specialist(string? label) => new()
        {
            Label = label!,
            Facts = [new FactEntry("employmentServicesTimePercent", FactValue.FromNumber(80))],
        };
        var facts = new ReviewFacts
        {
            ProgrammeLabel = "Team Nord",
            ReviewDate = new LocalDate(2026, 10, 1),
            Items = [ItemFacts.ForSpecialists(2, Specialist(first), Specialist(second))],
        };

        var item = FidelityEngine.Default.Score(facts).Item(2);
        var result = ReviewFactsValidator.Ips25.Validate(facts);

        Assert.Equal(ItemStatus.Invalid, item.Status);
        Assert.Contains(item.Errors, e => e.Code == FactErrorCodes.BadSpecialistLabel);
        Assert.Contains(result.Errors, f => f.ErrorCode == FactErrorCodes.BadSpecialistLabel);
    }
}
