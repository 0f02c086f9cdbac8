using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Reviews;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Json;

// The review record document as plain data for the source generator; ReviewRecordJson maps it to and from
// ReviewRecordInput. Property order here is the order in the JSON.

/// <summary><c>{"schemaVersion": 1, "scale": "ips-25", "programme": …, "period": …, "visitDates": […], "reviewers": […], "items": […], …}</c>.</summary>
internal sealed class ReviewRecordDocument
{
    public int SchemaVersion { get; set; }

    public string? Scale { get; set; }

    public string? Programme { get; set; }

    public DateInterval? Period { get; set; }

    public List<LocalDate> VisitDates { get; set; } = [];

    public List<ReviewerDocument?> Reviewers { get; set; } = [];

    public List<ItemReviewDocument?> Items { get; set; } = [];

    public List<StrengthDocument?> Strengths { get; set; } = [];

    public List<RecommendationDocument?> Recommendations { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NextReviewDocument? NextReview { get; set; }
}

/// <summary><c>{"id": "R-01", "role": "lead"}</c>.</summary>
internal sealed class ReviewerDocument
{
    public string? Id { get; set; }

    public required ReviewerRole Role { get; set; }
}

/// <summary><c>{"item": 17, "sources": ["INT"], "evidence": […], "justification": …, "ratings": […], "consensus": 3}</c>.</summary>
internal sealed class ItemReviewDocument
{
    public required int Item { get; set; }

    public List<DataSource> Sources { get; set; } = [];

    public List<string?> Evidence { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Justification { get; set; }

    public List<RatingDocument?> Ratings { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Consensus { get; set; }
}

/// <summary><c>{"reviewer": "R-01", "score": 4}</c>; <c>score</c> null or absent when the reviewer did not rate.</summary>
internal sealed class RatingDocument
{
    public string? Reviewer { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Score { get; set; }
}

/// <summary><c>{"item": 5, "text": …}</c>; <c>item</c> absent for the programme as a whole.</summary>
internal sealed class StrengthDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Item { get; set; }

    public string? Text { get; set; }
}

/// <summary><c>{"item": 17, "text": …, "priority": "high", "actions": […]}</c>.</summary>
internal sealed class RecommendationDocument
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Item { get; set; }

    public string? Text { get; set; }

    public required RecommendationPriority Priority { get; set; }

    public List<ActionDocument?> Actions { get; set; } = [];
}

/// <summary><c>{"action": …, "responsibleRole": "enhetsleder", "due": "2027-01-31", "status": "planned"}</c>.</summary>
internal sealed class ActionDocument
{
    public string? Action { get; set; }

    public string? ResponsibleRole { get; set; }

    public required LocalDate Due { get; set; }

    public ActionStatus Status { get; set; }
}

/// <summary><c>{"due": "2027-04-08", "policy": "ips-25.item11", "months": 6, "level": "fair"}</c>.</summary>
internal sealed class NextReviewDocument
{
    public required LocalDate Due { get; set; }

    public string? Policy { get; set; }

    public required int Months { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; set; }
}
