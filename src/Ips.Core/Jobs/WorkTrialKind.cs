namespace Ips.Core.Jobs;

/// <summary>The kind of unpaid or sheltered work activity.</summary>
public enum WorkTrialKind
{
    /// <summary>Work training (arbeidstrening), a NAV measure.</summary>
    Arbeidstrening = 0,

    /// <summary>An unpaid placement (praksis).</summary>
    Praksis = 1,

    /// <summary>Sheltered work (e.g. varig tilrettelagt arbeid).</summary>
    Sheltered = 2,
}
