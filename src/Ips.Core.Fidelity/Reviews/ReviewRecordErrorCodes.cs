namespace Ips.Core.Fidelity.Reviews;

/// <summary>The stable codes of <see cref="ReviewRecordValidator"/>'s failures (and of <see cref="ReviewRecordResult.Problems"/>).</summary>
/// <remarks>Codes marked "warning" have <c>Severity.Warning</c>: the record is still created, and the warning travels with it.</remarks>
public static class ReviewRecordErrorCodes
{
    /// <summary>The record's scale id is missing or is not the scale's.</summary>
    public const string ScaleMismatch = "ReviewRecord.ScaleMismatch";

    /// <summary>An id (programme or reviewer) is missing, blank, longer than 64 characters, or holds whitespace or control characters.</summary>
    public const string InvalidId = "ReviewRecord.InvalidId";

    /// <summary>The review period is missing.</summary>
    public const string MissingPeriod = "ReviewRecord.MissingPeriod";

    /// <summary>No visit date is given.</summary>
    public const string MissingVisitDates = "ReviewRecord.MissingVisitDates";

    /// <summary>A visit date is given twice.</summary>
    public const string DuplicateVisitDate = "ReviewRecord.DuplicateVisitDate";

    /// <summary>Warning: a visit date falls before the start of the review period.</summary>
    public const string VisitBeforePeriod = "ReviewRecord.VisitBeforePeriod";

    /// <summary>No reviewer is given.</summary>
    public const string MissingReviewers = "ReviewRecord.MissingReviewers";

    /// <summary>Two reviewers have the same id.</summary>
    public const string DuplicateReviewer = "ReviewRecord.DuplicateReviewer";

    /// <summary>The reviewers do not have exactly one lead.</summary>
    public const string LeadCount = "ReviewRecord.LeadCount";

    /// <summary>Warning: fewer than two reviewers who are not trainees (a fidelity review is done by two trained reviewers).</summary>
    public const string SingleReviewer = "ReviewRecord.SingleReviewer";

    /// <summary>An item number the scale does not have.</summary>
    public const string UnknownItem = "ReviewRecord.UnknownItem";

    /// <summary>An item is recorded twice.</summary>
    public const string DuplicateItem = "ReviewRecord.DuplicateItem";

    /// <summary>A rating names a reviewer who is not among the record's reviewers.</summary>
    public const string UnknownReviewer = "ReviewRecord.UnknownReviewer";

    /// <summary>A reviewer rates the same item twice.</summary>
    public const string DuplicateRating = "ReviewRecord.DuplicateRating";

    /// <summary>A score (a reviewer's or the consensus) is outside the item's score range.</summary>
    public const string ScoreOutOfRange = "ReviewRecord.ScoreOutOfRange";

    /// <summary>The reviewers' ratings of an item differ and no consensus is recorded (a consensus is agreed, never averaged).</summary>
    public const string ConsensusMissing = "ReviewRecord.ConsensusMissing";

    /// <summary>A data source, priority, role or status is not a defined value.</summary>
    public const string UndefinedValue = "ReviewRecord.UndefinedValue";

    /// <summary>A data source is given twice for one item.</summary>
    public const string DuplicateSource = "ReviewRecord.DuplicateSource";

    /// <summary>Warning: a data source the scale does not name for the item.</summary>
    public const string SourceNotDeclared = "ReviewRecord.SourceNotDeclared";

    /// <summary>A required text (recommendation, action, strength, responsible role, evidence note) is missing or blank.</summary>
    public const string BlankText = "ReviewRecord.BlankText";

    /// <summary>A text is longer than <see cref="ReviewRecordValidator.MaxTextLength"/> characters.</summary>
    public const string TextTooLong = "ReviewRecord.TextTooLong";

    /// <summary>A list is longer than <see cref="ReviewRecordValidator.MaxListLength"/> entries.</summary>
    public const string TooMany = "ReviewRecord.TooMany";

    /// <summary>Warning: an action is due on or before the last visit date.</summary>
    public const string ActionDueBeforeVisit = "ReviewRecord.ActionDueBeforeVisit";

    /// <summary>The next review is due on or before the last visit date, or names no policy.</summary>
    public const string InvalidNextReview = "ReviewRecord.InvalidNextReview";
}
