namespace Ips.Core.Jobs;

/// <summary>Why a job ended.</summary>
public enum JobEndReason
{
    /// <summary>The participant quit.</summary>
    Quit = 0,

    /// <summary>The participant was dismissed.</summary>
    Fired = 1,

    /// <summary>The participant was laid off or the position ended.</summary>
    LaidOffOrPositionEnded = 2,

    /// <summary>A temporary or fixed-term job reached its end.</summary>
    TemporaryJobEnded = 3,

    /// <summary>Any other reason.</summary>
    Other = 4,
}
