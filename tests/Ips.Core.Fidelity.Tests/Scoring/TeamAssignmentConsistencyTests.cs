using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Item 4: a specialist with no treatment team who is not marked as separate is a contradiction, not a score.</summary>
public sealed class TeamAssignmentConsistencyTests
{
    [Fact]
    public void NoTeam_NotSeparate_IsInvalidWithTheConsistencyCode()
    {
        var result = Item(4, F("separateVocationalProgramme", false), C("treatmentTeamsAssigned", 0), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", 95));

        Assert.Equal(ItemStatus.Invalid, result.Status);
        Assert.Null(result.Score);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Consistency.NoTreatmentTeamButNotSeparate", error.Code);
        Assert.Equal(4, error.Item);
    }

    [Fact]
    public void NoTeam_Separate_ScoresOne()
    {
        var result = Item(4, F("separateVocationalProgramme", true), C("treatmentTeamsAssigned", 0), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", 0));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(1, result.Score);
    }

    [Fact]
    public void OneTeam_NotSeparate_ScoresFromTheShareOfCaseload()
    {
        var result = Item(4, F("separateVocationalProgramme", false), C("treatmentTeamsAssigned", 1), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", 95));

        Assert.Equal(5, result.Score);
    }
}
