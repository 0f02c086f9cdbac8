namespace Ips.Core.Metrics;

/// <summary>Whether an employer contact can be a participant's first employer contact (item 15), and if not, why not.</summary>
/// <remarks>Returned by <see cref="FirstEmployerContact.Check"/>; the reasons are tested in member order and the first that applies is returned.</remarks>
public enum FirstContactCheck
{
    /// <summary>The contact counts for every participant it names (subject to each one's entry date).</summary>
    Counts = 0,

    /// <summary>A general contact: it names no participant.</summary>
    GeneralContact = 1,

    /// <summary>Not in person (by phone, e-mail, …).</summary>
    NotInPerson = 2,

    /// <summary>Not about a job for the participant: the purpose is follow-up of a working participant, or other.</summary>
    NotJobDevelopment = 3,

    /// <summary>Dated after the as-of date.</summary>
    AfterAsOfDate = 4,
}
