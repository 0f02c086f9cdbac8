namespace Ips.Core.Jobs;

/// <summary>The form of employment.</summary>
public enum EmploymentForm
{
    /// <summary>Permanent employment (fast ansettelse).</summary>
    Permanent = 0,

    /// <summary>Fixed-term or temporary employment with an ordinary employer (midlertidig ansettelse, vikariat).</summary>
    Temporary = 1,

    /// <summary>Seasonal work open to anyone.</summary>
    Seasonal = 2,

    /// <summary>Work through a temporary-staffing agency that anyone can use (bemanningsbyrå).</summary>
    TempAgency = 3,

    /// <summary>A time-limited placement owned by the programme or the provider; never a competitive job.</summary>
    ProgrammeOwnedTimeLimited = 4,
}
