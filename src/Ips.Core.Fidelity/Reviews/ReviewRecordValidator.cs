using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.Definition;
using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>Checks a <see cref="ReviewRecordInput"/> against a scale definition, with stable codes and JSON paths.</summary>
/// <remarks>
/// <para>
/// Every failure has a code of <see cref="ReviewRecordErrorCodes"/>, the path in the review record JSON document as its
/// property name (<c>reviewers[1].id</c>, <c>items[4].ratings[0].score</c>), and a message in invariant English that
/// names the rule. Ids (programme, reviewers) never appear in a message or as the attempted value: a failure names the
/// position, not the id. Bounds: texts up to <see cref="MaxTextLength"/> characters, lists up to
/// <see cref="MaxListLength"/> entries, ids up to 64 characters.
/// </para>
/// <para>Thread-safe; make one per scale.</para>
/// </remarks>
public sealed class ReviewRecordValidator : AbstractValidator<ReviewRecordInput>
{
    /// <summary>The longest text (evidence note, justification, recommendation, action, strength) allowed.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most entries a list of the record may hold (visit dates, reviewers, evidence notes, …).</summary>
    public const int MaxListLength = 200;

    private const int MaxIdLength = 64;

    private readonly ScaleDefinition scale;

    /// <summary>Creates a validator for records rated against <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale definition.</param>
    public ReviewRecordValidator(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        this.scale = scale;
        RuleFor(x => x).Custom(Check);
    }

    private void Check(ReviewRecordInput record, ValidationContext<ReviewRecordInput> context)
    {
        var problems = new Problems(context);
        if (!string.Equals(record.ScaleId, scale.ScaleId, StringComparison.Ordinal))
        {
            problems.Error("scale", ReviewRecordErrorCodes.ScaleMismatch, "The record must name the scale it was rated against, '" + scale.ScaleId + "'.");
        }

        CheckId(problems, "programme", record.ProgrammeId);
        if (record.Period is null)
        {
            problems.Error("period", ReviewRecordErrorCodes.MissingPeriod, "The review period is missing.");
        }

        CheckVisits(problems, record);
        var reviewers = CheckReviewers(problems, record.Reviewers);
        var lastVisit = record.VisitDates.IsEmpty ? (LocalDate?)null : record.VisitDates.Max();
        CheckItems(problems, record.Items, reviewers);
        CheckStrengths(problems, record.Strengths);
        CheckRecommendations(problems, record.Recommendations, lastVisit);
        if (record.NextReview is { } next)
        {
            if (string.IsNullOrWhiteSpace(next.Policy) || next.Policy.Length > MaxIdLength || next.Months is < 1 or > ReviewIntervalPolicy.MaxMonths)
            {
                problems.Error("nextReview", ReviewRecordErrorCodes.InvalidNextReview, "The next review must name its policy (1–64 characters) and an interval of 1–60 months.");
            }
            else if (lastVisit is { } visit && next.Due <= visit)
            {
                problems.Error("nextReview.due", ReviewRecordErrorCodes.InvalidNextReview, "The next review must be due after the last visit date.");
            }
        }
    }

    private static void CheckVisits(Problems problems, ReviewRecordInput record)
    {
        var visits = record.VisitDates;
        if (visits.IsEmpty)
        {
            problems.Error("visitDates", ReviewRecordErrorCodes.MissingVisitDates, "At least one visit date is required.");
            return;
        }

        if (!problems.Bounded("visitDates", visits.Length))
        {
            return;
        }

        var seen = new HashSet<LocalDate>();
        for (var i = 0; i < visits.Length; i++)
        {
            var path = "visitDates[" + Int(i) + "]";
            if (!seen.Add(visits[i]))
            {
                problems.Error(path, ReviewRecordErrorCodes.DuplicateVisitDate, "The visit date is given twice.");
            }
            else if (record.Period is { } period && visits[i] < period.Start)
            {
                problems.Warning(path, ReviewRecordErrorCodes.VisitBeforePeriod, "The visit date falls before the start of the review period.");
            }
        }
    }

    private static HashSet<string> CheckReviewers(Problems problems, ImmutableArray<Reviewer> reviewers)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (reviewers.IsEmpty)
        {
            problems.Error("reviewers", ReviewRecordErrorCodes.MissingReviewers, "At least one reviewer is required.");
            return ids;
        }

        if (!problems.Bounded("reviewers", reviewers.Length))
        {
            return ids;
        }

        var leads = 0;
        var trained = 0;
        for (var i = 0; i < reviewers.Length; i++)
        {
            var path = "reviewers[" + Int(i) + "]";
            var reviewer = reviewers[i];
            if (reviewer is null)
            {
                problems.Error(path, ReviewRecordErrorCodes.InvalidId, "A reviewer entry is required, not null.");
                continue;
            }

            if (CheckId(problems, path + ".id", reviewer.Id) && !ids.Add(reviewer.Id))
            {
                problems.Error(path + ".id", ReviewRecordErrorCodes.DuplicateReviewer, "The reviewer id is given twice (an earlier reviewer has the same id).");
            }

            if (!Enum.IsDefined(reviewer.Role))
            {
                problems.Error(path + ".role", ReviewRecordErrorCodes.UndefinedValue, "The role must be lead, coReviewer or trainee.");
                continue;
            }

            leads += reviewer.Role == ReviewerRole.Lead ? 1 : 0;
            trained += reviewer.Role == ReviewerRole.Trainee ? 0 : 1;
        }

        if (leads != 1)
        {
            problems.Error("reviewers", ReviewRecordErrorCodes.LeadCount, "Exactly one reviewer must be the lead; found " + Int(leads) + ".");
        }

        if (trained < 2)
        {
            problems.Warning("reviewers", ReviewRecordErrorCodes.SingleReviewer, "Fewer than two reviewers who are not trainees: a fidelity review is normally rated by two trained reviewers independently.");
        }

        return ids;
    }

    private void CheckItems(Problems problems, ImmutableArray<ItemReview> items, HashSet<string> reviewers)
    {
        if (!problems.Bounded("items", items.Length))
        {
            return;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < items.Length; i++)
        {
            var path = "items[" + Int(i) + "]";
            var item = items[i];
            if (item is null)
            {
                problems.Error(path, ReviewRecordErrorCodes.UnknownItem, "An item entry is required, not null.");
                continue;
            }

            var definition = scale.FindItem(item.Item);
            if (definition is null)
            {
                problems.Error(path + ".item", ReviewRecordErrorCodes.UnknownItem, "The scale '" + scale.ScaleId + "' has no item " + Int(item.Item) + ".");
                continue;
            }

            if (!seen.Add(item.Item))
            {
                problems.Error(path + ".item", ReviewRecordErrorCodes.DuplicateItem, "Item " + Int(item.Item) + " is recorded twice.");
                continue;
            }

            CheckSources(problems, path, item, definition);
            CheckTexts(problems, path + ".evidence", item.Evidence);
            if (item.Justification is { } justification)
            {
                CheckText(problems, path + ".justification", justification);
            }

            var range = scale.ScoresOf(definition);
            CheckRatings(problems, path, item, range, reviewers);
            if (item.Consensus is { } consensus && (consensus < range.Min || consensus > range.Max))
            {
                problems.Error(path + ".consensus", ReviewRecordErrorCodes.ScoreOutOfRange, OutOfRange(item.Item, consensus, range));
            }
        }
    }

    private static void CheckSources(Problems problems, string path, ItemReview item, ItemDefinition definition)
    {
        if (!problems.Bounded(path + ".sources", item.Sources.Length))
        {
            return;
        }

        var seen = new HashSet<DataSource>();
        for (var s = 0; s < item.Sources.Length; s++)
        {
            var source = item.Sources[s];
            var at = path + ".sources[" + Int(s) + "]";
            if (!Enum.IsDefined(source))
            {
                problems.Error(at, ReviewRecordErrorCodes.UndefinedValue, "A data source must be MIS, DOC, INT, OBS or ISP.");
            }
            else if (!seen.Add(source))
            {
                problems.Error(at, ReviewRecordErrorCodes.DuplicateSource, "The data source is given twice for this item.");
            }
            else if (!definition.DataSources.Contains(source))
            {
                problems.Warning(at, ReviewRecordErrorCodes.SourceNotDeclared, "The scale does not name this data source for item " + Int(item.Item) + " (it names " + string.Join(", ", definition.DataSources.Select(DataSourceCodes.Code)) + ").");
            }
        }
    }

    private static void CheckRatings(Problems problems, string path, ItemReview item, ScoreRange range, HashSet<string> reviewers)
    {
        if (!problems.Bounded(path + ".ratings", item.Ratings.Length))
        {
            return;
        }

        var rated = new HashSet<string>(StringComparer.Ordinal);
        int? first = null;
        var differ = false;
        for (var r = 0; r < item.Ratings.Length; r++)
        {
            var rating = item.Ratings[r];
            var at = path + ".ratings[" + Int(r) + "]";
            if (rating is null || rating.Reviewer is null || !reviewers.Contains(rating.Reviewer))
            {
                problems.Error(at + ".reviewer", ReviewRecordErrorCodes.UnknownReviewer, "The rating names a reviewer who is not among the record's reviewers.");
                continue;
            }

            if (!rated.Add(rating.Reviewer))
            {
                problems.Error(at + ".reviewer", ReviewRecordErrorCodes.DuplicateRating, "The reviewer rates item " + Int(item.Item) + " a second time.");
                continue;
            }

            if (rating.Score is not { } score)
            {
                continue;
            }

            if (score < range.Min || score > range.Max)
            {
                problems.Error(at + ".score", ReviewRecordErrorCodes.ScoreOutOfRange, OutOfRange(item.Item, score, range));
                continue;
            }

            differ |= first is { } f && f != score;
            first ??= score;
        }

        if (differ && item.Consensus is null)
        {
            problems.Error(path + ".consensus", ReviewRecordErrorCodes.ConsensusMissing, "The reviewers' ratings of item " + Int(item.Item) + " differ and no consensus is recorded; record the score the reviewers agreed on (it is never averaged).");
        }
    }

    private static void CheckStrengths(Problems problems, ImmutableArray<Strength> strengths)
    {
        if (!problems.Bounded("strengths", strengths.Length))
        {
            return;
        }

        for (var i = 0; i < strengths.Length; i++)
        {
            CheckText(problems, "strengths[" + Int(i) + "].text", strengths[i]?.Text);
        }
    }

    private void CheckRecommendations(Problems problems, ImmutableArray<Recommendation> recommendations, LocalDate? lastVisit)
    {
        if (!problems.Bounded("recommendations", recommendations.Length))
        {
            return;
        }

        for (var i = 0; i < recommendations.Length; i++)
        {
            var path = "recommendations[" + Int(i) + "]";
            var recommendation = recommendations[i];
            if (recommendation is null)
            {
                problems.Error(path, ReviewRecordErrorCodes.BlankText, "A recommendation entry is required, not null.");
                continue;
            }

            if (recommendation.Item is { } item && scale.FindItem(item) is null)
            {
                problems.Error(path + ".item", ReviewRecordErrorCodes.UnknownItem, "The scale '" + scale.ScaleId + "' has no item " + Int(item) + ".");
            }

            CheckText(problems, path + ".text", recommendation.Text);
            if (!Enum.IsDefined(recommendation.Priority))
            {
                problems.Error(path + ".priority", ReviewRecordErrorCodes.UndefinedValue, "The priority must be high, medium or low.");
            }

            if (!problems.Bounded(path + ".actions", recommendation.Actions.Length))
            {
                continue;
            }

            for (var a = 0; a < recommendation.Actions.Length; a++)
            {
                var at = path + ".actions[" + Int(a) + "]";
                var action = recommendation.Actions[a];
                if (action is null)
                {
                    problems.Error(at, ReviewRecordErrorCodes.BlankText, "An action entry is required, not null.");
                    continue;
                }

                CheckText(problems, at + ".action", action.Action);
                CheckText(problems, at + ".responsibleRole", action.ResponsibleRole);
                if (!Enum.IsDefined(action.Status))
                {
                    problems.Error(at + ".status", ReviewRecordErrorCodes.UndefinedValue, "The status must be planned, inProgress, done or notDone.");
                }

                if (lastVisit is { } visit && action.Due <= visit)
                {
                    problems.Warning(at + ".due", ReviewRecordErrorCodes.ActionDueBeforeVisit, "The action is due on or before the last visit date.");
                }
            }
        }
    }

    private static void CheckTexts(Problems problems, string path, ImmutableArray<string> texts)
    {
        if (!problems.Bounded(path, texts.Length))
        {
            return;
        }

        for (var i = 0; i < texts.Length; i++)
        {
            CheckText(problems, path + "[" + Int(i) + "]", texts[i]);
        }
    }

    private static void CheckText(Problems problems, string path, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Error(path, ReviewRecordErrorCodes.BlankText, "The text is missing or blank.");
        }
        else if (text.Length > MaxTextLength)
        {
            problems.Error(path, ReviewRecordErrorCodes.TextTooLong, "The text has " + Int(text.Length) + " characters; at most " + Int(MaxTextLength) + " are allowed.");
        }
    }

    /// <summary>An opaque id: 1–64 characters, no whitespace or control characters. The id itself never reaches the message.</summary>
    private static bool CheckId(Problems problems, string path, string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problems.Error(path, ReviewRecordErrorCodes.InvalidId, "An id must be 1–64 characters without whitespace or control characters.");
            return false;
        }

        return true;
    }

    private static string OutOfRange(int item, int score, ScoreRange range) =>
        "The score " + Int(score) + " is outside item " + Int(item) + "'s range " + Int(range.Min) + "–" + Int(range.Max) + ".";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds failures with the path as property name, no attempted value (it could be an id), and the code.</summary>
    private sealed class Problems(ValidationContext<ReviewRecordInput> context)
    {
        public void Error(string path, string code, string message) => Add(path, code, message, Severity.Error);

        public void Warning(string path, string code, string message) => Add(path, code, message, Severity.Warning);

        /// <summary>Whether a list is within <see cref="MaxListLength"/>; an error otherwise (its entries are not read).</summary>
        public bool Bounded(string path, int length)
        {
            if (length <= MaxListLength)
            {
                return true;
            }

            Error(path, ReviewRecordErrorCodes.TooMany, "The list has " + Int(length) + " entries; at most " + Int(MaxListLength) + " are allowed.");
            return false;
        }

        private void Add(string path, string code, string message, Severity severity) =>
            context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code, Severity = severity });
    }
}
