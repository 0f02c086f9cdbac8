using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using NodaTime;

namespace Ips.Core.Reliability.Tests.Regressions;

/// <summary>
/// Bug found by <c>Validator_AgreesWithTheEngine_OnAnyFacts</c>: a null entry in <see cref="ReviewFacts.Items"/> was
/// skipped by <see cref="ReviewFactsValidator"/> (valid) while the engine reported it as an input error
/// (<c>Item.UnknownItem</c>). Fixed in ReviewFactsValidator: the entry is a failure at its path.
/// </summary>
public sealed class NullItemEntryValidatorTests
{
    [Fact]
    public void NullItemEntry_IsRejectedByTheValidator_AsTheEngineReportsIt()
    {
        var facts = new ReviewFacts
        {
            ProgrammeLabel = "Team Nord",
            ReviewDate = new LocalDate(2026, 10, 1),
            Items = [ItemFacts.ForProgramme(2, new FactEntry("employmentServicesTimePercent", FactValue.FromNumber(80))), null!],
        };

        var result = ReviewFactsValidator.Ips25.Validate(facts);
        var report = FidelityEngine.Default.Score(facts);

        Assert.Contains(report.InputErrors, e => e.Code == FactErrorCodes.UnknownItem);
        var failure = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.UnknownItem, failure.ErrorCode);
        Assert.Equal("items[1]", failure.PropertyName);
    }
}
