using System.Globalization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Reviews;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Writes one feedback report (the content, in order) into a sink; one instance per call of <see cref="FeedbackReport.Render"/>.</summary>
internal sealed class FeedbackReportWriter
{
    private const string Dash = "—";

    private readonly FidelityReport report;
    private readonly ReviewRecord? record;
    private readonly ScaleDefinition scale;
    private readonly ReportLanguage language;
    private readonly FeedbackSink sink;
    private readonly bool pictures;

    public FeedbackReportWriter(FidelityReport report, ReviewRecord? record, ReportLanguage language, FeedbackSink sink, bool pictures)
    {
        this.report = report;
        this.record = record;
        scale = report.Scale;
        this.language = language;
        this.sink = sink;
        this.pictures = pictures;
    }

    public string Write()
    {
        sink.Title(L("feedbackTitle") + ": " + scale.Name.Get(language));
        WriteHeader();
        WriteSummary();
        foreach (var section in report.Sections)
        {
            WriteSection(section);
        }

        if (record is not null)
        {
            WriteStrengths(record);
            WriteActionPlan(record);
            WriteAgreement(record);
        }

        return sink.Finish();
    }

    private string L(string id) => FeedbackLabels.Get(scale, id, language);

    private string Label(string id) => scale.Label(id, language);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate date) => ReportWriter.FormatDate(date);

    /// <summary>The header of the Norwegian form: Vurdert av, Sted, Dato, Totalresultat; then the period, next review and stamps.</summary>
    private void WriteHeader()
    {
        var fields = new List<(string, string)>
        {
            (L("reviewedBy"), record is null ? Dash : string.Join(", ", record.Reviewers.Select(r => r.Id + " (" + L("role." + RoleId(r.Role)) + ")"))),
            (L("site"), RenderedText.OneLine(report.ProgrammeLabel)),
        };
        if (record is not null)
        {
            fields.Add((L("programmeId"), record.ProgrammeId));
        }

        fields.Add((L("date"), record is null ? Date(report.ReviewDate) : string.Join(", ", record.VisitDates.Select(Date))));
        fields.Add((L("totalResult"), TotalText()));
        if ((record?.Period ?? report.ReviewPeriod) is { } period)
        {
            fields.Add((Label("reviewPeriod"), ReportWriter.FormatPeriod(period)));
        }

        if (record?.NextReview is { } next)
        {
            fields.Add((L("nextReviewDue"), Date(next.Due) + " (" + Int(next.Months) + " " + L("months") + ", " + L("policy") + " " + next.Policy + ")"));
        }

        fields.Add((L("stamps"), report.ScaleId + " · " + Label("revision") + " " + report.Revision + " · " + Label("engineVersion") + " " + report.EngineVersion));
        sink.Fields(fields);
    }

    private string TotalText()
    {
        var total = report.Total;
        var sum = total.IsComplete
            ? Int(total.RatedSum)
            : Label("ratedSum") + " " + Int(total.RatedSum) + "; " + Label("possibleRange") + " " + Int(total.LowestPossible) + "–" + Int(total.HighestPossible);
        var level = report.Level is { } l ? l.Name.Get(language) + " (" + Int(l.MinTotal) + "–" + Int(l.MaxTotal) + ")" : Label("levelUndetermined");
        return sum + " " + Dash + " " + level;
    }

    private void WriteSummary()
    {
        sink.BeginSection(L("summary"), newPage: false);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var section in report.Sections)
        {
            var summary = section.Summary;
            rows.Add([section.Section.Name.Get(language), Int(section.Section.FirstItem) + "–" + Int(section.Section.LastItem), Int(summary.RatedSum), Int(summary.RatedCount) + "/" + Int(summary.ItemCount)]);
        }

        rows.Add([Label("total"), Int(scale.Items[0].Number) + "–" + Int(scale.Items[^1].Number), Int(report.Total.RatedSum), Int(report.Total.RatedCount) + "/" + Int(report.Total.ItemCount)]);
        sink.Table([Label("section"), Label("items"), Label("subtotal"), Label("ratedItems")], rows, new HashSet<int> { 2, 3 });
        sink.Paragraph(L("totalResult") + ": " + TotalText(), strong: true);
        if (pictures)
        {
            sink.Figure(FidelityCharts.LevelBands(report, language), L("levelBands"));
            sink.Figure(FidelityCharts.Profile(report, language), L("profile"));
        }

        sink.EndSection();
    }

    private void WriteSection(SectionTotal total)
    {
        var section = total.Section;
        sink.BeginSection(section.Name.Get(language) + " (" + Label("items") + " " + Int(section.FirstItem) + "–" + Int(section.LastItem) + ")", newPage: true);
        var raters = record?.Reviewers ?? [];
        var headers = new List<string> { Label("number"), L("formNumber"), Label("item"), record is null ? Label("score") : L("consensus") };
        headers.AddRange(raters.Select(r => r.Id));
        headers.Add(L("anchorMet"));
        var items = report.Items.Where(i => string.Equals(i.Definition.Section, section.Id, StringComparison.Ordinal)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var item in items)
        {
            var explanation = item.Explain(scale, language);
            var review = record?.Item(item.Item);
            var row = new List<string> { Int(item.Item), FormNumber(section, item.Item), item.Definition.Name.Get(language), ScoreText(item, explanation) };
            row.AddRange(raters.Select(r => review?.RatingOf(r.Id) is { } s ? Int(s) : Dash));
            row.Add(explanation.Anchor ?? Dash);
            rows.Add(row);
        }

        var numeric = new HashSet<int> { 0, 3 };
        for (var r = 0; r < raters.Length; r++)
        {
            numeric.Add(4 + r);
        }

        sink.Table(headers, rows, numeric);
        foreach (var item in items)
        {
            WriteItem(section, item);
        }

        var summary = total.Summary;
        sink.Paragraph(Label("subtotal") + " " + section.Name.Get(language) + ": " + Int(summary.RatedSum) + " (" + Label("ratedItems") + ": " + Int(summary.RatedCount) + "/" + Int(summary.ItemCount) + ")", strong: true);
        sink.EndSection();
    }

    private void WriteItem(SectionDefinition section, ItemResult item)
    {
        var explanation = item.Explain(scale, language);
        var review = record?.Item(item.Item);
        sink.BeginItem(Int(item.Item) + " · " + FormNumber(section, item.Item) + " · " + item.Definition.Name.Get(language) + " " + Dash + " " + ScoreText(item, explanation));
        var lines = new List<(string?, string)>();
        if (review is not null && !review.Sources.IsEmpty)
        {
            lines.Add((L("dataSourcesUsed"), string.Join(", ", review.Sources.Select(DataSourceCodes.Code))));
        }
        else
        {
            lines.Add((Label("dataSources"), string.Join(", ", item.Definition.DataSources.Select(DataSourceCodes.Code))));
        }

        foreach (var note in review?.Evidence ?? [])
        {
            lines.Add((L("evidence"), RenderedText.OneLine(note)));
        }

        if (review?.Justification is { } justification)
        {
            lines.Add((L("justification"), RenderedText.OneLine(justification)));
        }

        if (review is not null && record!.Reviewers.Length > 1)
        {
            lines.Add((L("reviewerRatings"), string.Join(", ", record.Reviewers.Select(r => r.Id + ": " + (review.RatingOf(r.Id) is { } s ? Int(s) : Dash)))));
        }

        if (explanation.Anchor is { } anchor)
        {
            lines.Add((L("anchorMet"), anchor));
        }

        if (explanation.NextStep is { } next)
        {
            lines.Add((L("gapToNext"), next));
        }

        if (explanation.NotRated is { } notRated)
        {
            lines.Add((Label("notRated"), notRated));
        }

        foreach (var error in explanation.Errors)
        {
            lines.Add((Label("errors"), error));
        }

        sink.Bullets(lines);
        if (review?.Consensus is { } consensus && item.Score != consensus)
        {
            sink.Paragraph(L("consensusDiffers") + ": " + L("consensus") + " " + Int(consensus) + ", " + Label("score") + " " + (item.Score is { } s ? Int(s) : Dash) + ".", note: true);
        }

        sink.EndItem();
    }

    private void WriteStrengths(ReviewRecord review)
    {
        sink.BeginSection(L("strengths"), newPage: true);
        if (review.Strengths.IsEmpty)
        {
            sink.Paragraph(L("noStrengths"));
        }
        else
        {
            sink.Bullets([.. review.Strengths.Select(s => ((string?)ItemName(s.Item), RenderedText.OneLine(s.Text)))]);
        }

        sink.EndSection();
    }

    private void WriteActionPlan(ReviewRecord review)
    {
        sink.BeginSection(L("recommendations"), newPage: false);
        if (review.Recommendations.IsEmpty)
        {
            sink.Paragraph(L("noRecommendations"));
        }
        else
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var recommendation in review.Recommendations.OrderBy(r => r.Priority))
            {
                var first = new[] { L("priority." + PriorityId(recommendation.Priority)), ItemName(recommendation.Item), RenderedText.OneLine(recommendation.Text) };
                if (recommendation.Actions.IsEmpty)
                {
                    rows.Add([.. first, L("noActions"), Dash, Dash, Dash]);
                }

                foreach (var action in recommendation.Actions)
                {
                    rows.Add([.. first, RenderedText.OneLine(action.Action), RenderedText.OneLine(action.ResponsibleRole), Date(action.Due), L("status." + StatusId(action.Status))]);
                }
            }

            sink.Table([L("priority"), Label("item"), L("recommendation"), L("action"), L("responsible"), L("due"), L("status")], rows, new HashSet<int>());
        }

        if (review.NextReview is { } next)
        {
            sink.Paragraph(L("nextReviewDue") + ": " + Date(next.Due) + " (" + Int(next.Months) + " " + L("months") + ", " + L("policy") + " " + next.Policy + ")", strong: true);
        }

        sink.EndSection();
    }

    private void WriteAgreement(ReviewRecord review)
    {
        var ratings = IndependentRatings.FromRecord(review, scale);
        if (ratings.Reviewers.Length < 2)
        {
            return;
        }

        var agreement = RaterAgreement.Measure(ratings);
        if (agreement.ItemsCompared == 0)
        {
            return;
        }

        sink.BeginSection(L("agreement"), newPage: false);
        var differing = agreement.Disagreements.IsEmpty
            ? L("noDifferences")
            : string.Join("; ", agreement.Disagreements.Select(d => Int(d.Item) + " (" + string.Join("/", d.Scores.Select(s => s is { } v ? Int(v) : Dash)) + (d.Consensus is { } c ? " → " + Int(c) : string.Empty) + ")"));
        sink.Fields(
        [
            (L("itemsCompared"), Int(agreement.ItemsCompared) + " (" + string.Join(", ", agreement.Reviewers) + ")"),
            (L("exactAgreement"), Percent(agreement.ExactAgreement)),
            (L("withinOne"), Percent(agreement.WithinOne)),
            (L("weightedKappa"), agreement.WeightedKappa is { } k ? scale.FormatNumber(Math.Round(k, 2), language) : L("kappaUndefined")),
            (L("differingItems"), differing),
        ]);
        sink.EndSection();
    }

    private string Percent(double? share) => share is { } s ? scale.FormatNumber(Math.Round(s * 100, 0), language) + " %" : Dash;

    private string ItemName(int? number) =>
        number is { } n && scale.FindItem(n) is { } item ? Label("item") + " " + Int(n) + " " + item.Name.Get(language) : L("wholeProgramme");

    private static string ScoreText(ItemResult item, ItemExplanation explanation) =>
        item.Status == ItemStatus.Rated && item.Score is { } score ? Int(score) : explanation.Status;

    /// <summary>The seed form's own numbering: the item's place in its section (<c>Tjenester 4</c> is item 15).</summary>
    private string FormNumber(SectionDefinition section, int item) => section.Name.Get(language) + " " + Int(item - section.FirstItem + 1);

    private static string RoleId(ReviewerRole role) => role switch
    {
        ReviewerRole.Lead => "lead",
        ReviewerRole.CoReviewer => "coReviewer",
        _ => "trainee",
    };

    private static string PriorityId(RecommendationPriority priority) => priority switch
    {
        RecommendationPriority.High => "high",
        RecommendationPriority.Medium => "medium",
        _ => "low",
    };

    private static string StatusId(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "inProgress",
        ActionStatus.Done => "done",
        _ => "notDone",
    };
}
