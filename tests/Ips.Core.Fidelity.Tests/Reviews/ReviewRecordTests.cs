using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Reviews;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Reviews;

/// <summary>A review record is made only valid: every rule has its code and the JSON path, and no id reaches a message or ToString.</summary>
public sealed class ReviewRecordTests
{
    private const string SecretReviewer = "R-Kari-Nordmann";
    private const string SecretProgramme = "P-Ola-Hansen";

    internal static ReviewRecordInput Valid() => new()
    {
        ScaleId = "ips-25",
        ProgrammeId = SecretProgramme,
        Period = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30)),
        VisitDates = [new LocalDate(2026, 10, 8), new LocalDate(2026, 10, 7)],
        Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer("R-02", ReviewerRole.CoReviewer)],
        Items =
        [
            new ItemReview { Item = 17, Sources = [DataSource.Interview], Evidence = ["Fire kontakter i uka."], Justification = "Månedlig logg.", Ratings = [new(SecretReviewer, 3), new("R-02", 4)], Consensus = 3 },
            new ItemReview { Item = 1, Sources = [DataSource.ManagementInformationSystem, DataSource.Interview], Ratings = [new(SecretReviewer, 4), new("R-02", 4)], Consensus = 4 },
        ],
        Strengths = [new Strength(13, "God drøfting av åpenhet."), new Strength(null, "Engasjert team.")],
        Recommendations =
        [
            new Recommendation
            {
                Item = 17,
                Text = "Ukentlig gjennomgang av kontaktloggen.",
                Priority = RecommendationPriority.High,
                Actions = [new PlannedAction("Fast gjennomgang i gruppeveiledningen.", "Enhetsleder", new LocalDate(2026, 11, 30)), new PlannedAction("Halvdager til jobbutvikling.", "IPS-konsulenter", new LocalDate(2027, 1, 31), ActionStatus.InProgress)],
            },
        ],
        NextReview = new NextReview(new LocalDate(2027, 4, 8), "ips-25.item11", 6, "fair"),
    };

    [Fact]
    public void Create_ValidInput_KeepsEveryField_VisitsAndItemsInOrder()
    {
        var record = ReviewRecord.Create(Valid(), Ips25Scale.Definition);

        Assert.Equal([new LocalDate(2026, 10, 7), new LocalDate(2026, 10, 8)], record.VisitDates);
        Assert.Equal(new LocalDate(2026, 10, 8), record.LastVisit);
        Assert.Equal([1, 17], record.Items.Select(i => i.Item));
        Assert.Equal(SecretReviewer, record.Lead.Id);
        Assert.Equal(4, record.Item(17)!.RatingOf("R-02"));
        Assert.Equal(3, record.Item(17)!.Consensus);
        Assert.Equal(2, record.ActionPlan.Length);
        Assert.Equal(ActionStatus.InProgress, record.ActionPlan[1].Action.Status);
        Assert.Empty(record.Warnings);
        Assert.Equal(ReviewRecordJson.Write(record), ReviewRecordJson.Write(ReviewRecord.Create(record.ToInput(), Ips25Scale.Definition)));
    }

    public static TheoryData<string, Func<ReviewRecordInput, ReviewRecordInput>, string, string> BadRecords => new()
    {
        { "other scale", r => r with { ScaleId = "mini-sv" }, ReviewRecordErrorCodes.ScaleMismatch, "scale" },
        { "programme with a space", r => r with { ProgrammeId = "Ola Hansen" }, ReviewRecordErrorCodes.InvalidId, "programme" },
        { "no period", r => r with { Period = null }, ReviewRecordErrorCodes.MissingPeriod, "period" },
        { "no visit", r => r with { VisitDates = [] }, ReviewRecordErrorCodes.MissingVisitDates, "visitDates" },
        { "visit twice", r => r with { VisitDates = [new LocalDate(2026, 10, 7), new LocalDate(2026, 10, 7)] }, ReviewRecordErrorCodes.DuplicateVisitDate, "visitDates[1]" },
        { "no reviewer", r => r with { Reviewers = [] }, ReviewRecordErrorCodes.MissingReviewers, "reviewers" },
        { "reviewer twice", r => r with { Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer(SecretReviewer, ReviewerRole.CoReviewer)] }, ReviewRecordErrorCodes.DuplicateReviewer, "reviewers[1].id" },
        { "two leads", r => r with { Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer("R-02", ReviewerRole.Lead)] }, ReviewRecordErrorCodes.LeadCount, "reviewers" },
        { "undefined role", r => r with { Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer("R-02", (ReviewerRole)9)] }, ReviewRecordErrorCodes.UndefinedValue, "reviewers[1].role" },
        { "item 26", r => r with { Items = [new ItemReview { Item = 26 }] }, ReviewRecordErrorCodes.UnknownItem, "items[0].item" },
        { "item twice", r => r with { Items = [new ItemReview { Item = 3 }, new ItemReview { Item = 3 }] }, ReviewRecordErrorCodes.DuplicateItem, "items[1].item" },
        { "rating by a stranger", r => r with { Items = [new ItemReview { Item = 3, Ratings = [new("R-99", 3)] }] }, ReviewRecordErrorCodes.UnknownReviewer, "items[0].ratings[0].reviewer" },
        { "rated twice", r => r with { Items = [new ItemReview { Item = 3, Ratings = [new("R-02", 3), new("R-02", 3)] }] }, ReviewRecordErrorCodes.DuplicateRating, "items[0].ratings[1].reviewer" },
        { "score 6", r => r with { Items = [new ItemReview { Item = 3, Ratings = [new("R-02", 6)] }] }, ReviewRecordErrorCodes.ScoreOutOfRange, "items[0].ratings[0].score" },
        { "consensus 0", r => r with { Items = [new ItemReview { Item = 3, Consensus = 0 }] }, ReviewRecordErrorCodes.ScoreOutOfRange, "items[0].consensus" },
        { "ratings differ, no consensus", r => r with { Items = [new ItemReview { Item = 3, Ratings = [new(SecretReviewer, 3), new("R-02", 4)] }] }, ReviewRecordErrorCodes.ConsensusMissing, "items[0].consensus" },
        { "undefined source", r => r with { Items = [new ItemReview { Item = 3, Sources = [(DataSource)7] }] }, ReviewRecordErrorCodes.UndefinedValue, "items[0].sources[0]" },
        { "source twice", r => r with { Items = [new ItemReview { Item = 3, Sources = [DataSource.Interview, DataSource.Interview] }] }, ReviewRecordErrorCodes.DuplicateSource, "items[0].sources[1]" },
        { "blank evidence", r => r with { Items = [new ItemReview { Item = 3, Evidence = [" "] }] }, ReviewRecordErrorCodes.BlankText, "items[0].evidence[0]" },
        { "justification too long", r => r with { Items = [new ItemReview { Item = 3, Justification = new string('x', 4001) }] }, ReviewRecordErrorCodes.TextTooLong, "items[0].justification" },
        { "too many notes", r => r with { Items = [new ItemReview { Item = 3, Evidence = [.. Enumerable.Repeat("x", 201)] }] }, ReviewRecordErrorCodes.TooMany, "items[0].evidence" },
        { "blank strength", r => r with { Strengths = [new Strength(null, "")] }, ReviewRecordErrorCodes.BlankText, "strengths[0].text" },
        { "recommendation for item 0", r => r with { Recommendations = [new Recommendation { Item = 0, Text = "x" }] }, ReviewRecordErrorCodes.UnknownItem, "recommendations[0].item" },
        { "undefined priority", r => r with { Recommendations = [new Recommendation { Text = "x", Priority = (RecommendationPriority)5 }] }, ReviewRecordErrorCodes.UndefinedValue, "recommendations[0].priority" },
        { "action without role", r => r with { Recommendations = [new Recommendation { Text = "x", Actions = [new PlannedAction("Gjør det", " ", new LocalDate(2027, 1, 1))] }] }, ReviewRecordErrorCodes.BlankText, "recommendations[0].actions[0].responsibleRole" },
        { "undefined status", r => r with { Recommendations = [new Recommendation { Text = "x", Actions = [new PlannedAction("Gjør det", "Leder", new LocalDate(2027, 1, 1), (ActionStatus)8)] }] }, ReviewRecordErrorCodes.UndefinedValue, "recommendations[0].actions[0].status" },
        { "next review on the visit", r => r with { NextReview = new NextReview(new LocalDate(2026, 10, 8), "p", 6, null) }, ReviewRecordErrorCodes.InvalidNextReview, "nextReview.due" },
        { "next review of 61 months", r => r with { NextReview = new NextReview(new LocalDate(2031, 11, 8), "p", 61, null) }, ReviewRecordErrorCodes.InvalidNextReview, "nextReview" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void TryCreate_BadInput_GivesTheCodeAtThePath_AndNoRecord(string problem, Func<ReviewRecordInput, ReviewRecordInput> change, string code, string path)
    {
        var result = ReviewRecord.TryCreate(change(Valid()), Ips25Scale.Definition);

        Assert.False(result.Success, problem);
        Assert.Null(result.ValueOrNull);
        Assert.Contains(result.Errors, e => e.ErrorCode == code && e.PropertyName == path);
        Assert.All(result.Problems, NoIdentity);
        Assert.Throws<ValidationException>(() => ReviewRecord.Create(change(Valid()), Ips25Scale.Definition));
    }

    public static TheoryData<string, Func<ReviewRecordInput, ReviewRecordInput>, string, string> OddRecords => new()
    {
        { "visit before the period", r => r with { VisitDates = [new LocalDate(2026, 3, 31)], NextReview = null, Recommendations = [] }, ReviewRecordErrorCodes.VisitBeforePeriod, "visitDates[0]" },
        { "one trained reviewer", r => r with { Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer("R-02", ReviewerRole.Trainee)] }, ReviewRecordErrorCodes.SingleReviewer, "reviewers" },
        { "source the item does not name", r => r with { Items = [new ItemReview { Item = 17, Sources = [DataSource.DocumentReview] }] }, ReviewRecordErrorCodes.SourceNotDeclared, "items[0].sources[0]" },
        { "action due on the visit", r => r with { Recommendations = [new Recommendation { Text = "x", Actions = [new PlannedAction("Gjør det", "Leder", new LocalDate(2026, 10, 8))] }] }, ReviewRecordErrorCodes.ActionDueBeforeVisit, "recommendations[0].actions[0].due" },
    };

    [Theory]
    [MemberData(nameof(OddRecords))]
    public void TryCreate_OddInput_CreatesTheRecord_WithAWarning(string problem, Func<ReviewRecordInput, ReviewRecordInput> change, string code, string path)
    {
        var result = ReviewRecord.TryCreate(change(Valid()), Ips25Scale.Definition);

        Assert.True(result.Success, problem + ": " + string.Join("; ", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((code, path, Severity.Warning), (warning.ErrorCode, warning.PropertyName, warning.Severity));
        Assert.Equal(result.Warnings, result.Value.Warnings);
        NoIdentity(warning);
    }

    [Fact]
    public void TryCreate_SeveralProblems_ReportsEachOnce()
    {
        var result = ReviewRecord.TryCreate(new ReviewRecordInput(), Ips25Scale.Definition);

        Assert.Equal(
            [ReviewRecordErrorCodes.ScaleMismatch, ReviewRecordErrorCodes.InvalidId, ReviewRecordErrorCodes.MissingPeriod, ReviewRecordErrorCodes.MissingVisitDates, ReviewRecordErrorCodes.MissingReviewers],
            result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void ToString_NamesNoId()
    {
        var record = ReviewRecord.Create(Valid(), Ips25Scale.Definition);

        foreach (var text in new[] { record.ToString(), record.Lead.ToString(), record.Item(17)!.Ratings[0].ToString() })
        {
            Assert.DoesNotContain(SecretReviewer, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretProgramme, text, StringComparison.Ordinal);
        }

        Assert.Equal("ReviewRecord { Scale = ips-25, Visits = 2026-10-07…2026-10-08, Reviewers = 2, Items = 2 }", record.ToString());
    }

    [Fact]
    public void ValidationException_NamesNoId()
    {
        var bad = Valid() with { Reviewers = [new Reviewer(SecretReviewer, ReviewerRole.Lead), new Reviewer(SecretReviewer + " x", ReviewerRole.Lead)] };

        var exception = Assert.Throws<ValidationException>(() => ReviewRecord.Create(bad, Ips25Scale.Definition));

        Assert.DoesNotContain("Kari", exception.Message, StringComparison.Ordinal);
        Assert.All(exception.Errors, NoIdentity);
    }

    private static void NoIdentity(ValidationFailure failure)
    {
        Assert.DoesNotContain("Kari", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Null(failure.AttemptedValue);
    }
}
