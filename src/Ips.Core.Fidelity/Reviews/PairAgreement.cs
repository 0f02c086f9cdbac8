namespace Ips.Core.Fidelity.Reviews;

/// <summary>How two reviewers agree over the items both of them rated.</summary>
/// <param name="First">The first reviewer's index in <see cref="AgreementResult.Reviewers"/>.</param>
/// <param name="Second">The second reviewer's index.</param>
/// <param name="ItemsCompared">The items both rated.</param>
/// <param name="ExactAgreement">The share (0–1) of those items with the same score; null when none were compared.</param>
/// <param name="WithinOne">The share with scores at most one point apart; null when none were compared.</param>
/// <param name="WeightedKappa">Cohen's kappa with quadratic weights; null when it is undefined (no items, or both reviewers gave one and the same score throughout, so chance agreement is total).</param>
public sealed record PairAgreement(int First, int Second, int ItemsCompared, double? ExactAgreement, double? WithinOne, double? WeightedKappa);
