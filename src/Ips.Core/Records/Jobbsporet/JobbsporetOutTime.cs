using Ips.Core.Identity;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>One specialist's utetid in one ISO week, as Jobbsporet's "Utetid i %" reports compute it (see <see cref="JobbsporetFigures"/>).</summary>
/// <param name="Specialist">The specialist's opaque id (the same as in the programme when the specialist is in it).</param>
/// <param name="WeekYear">The ISO week-based year.</param>
/// <param name="Week">The ISO week, 1–53.</param>
/// <param name="Minutes">Meeting and travel minutes of the week's meetings out in the field.</param>
public sealed record JobbsporetOutTime(SpecialistId Specialist, int WeekYear, int Week, int Minutes)
{
    /// <summary>Hours ÷ <see cref="JobbsporetFigures.FullTimeWeekHours"/> × 100.</summary>
    public double Percent => Minutes / 60.0 / JobbsporetFigures.FullTimeWeekHours * 100.0;
}
