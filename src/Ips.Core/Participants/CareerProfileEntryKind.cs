namespace Ips.Core.Participants;

/// <summary>What a career profile entry records.</summary>
public enum CareerProfileEntryKind
{
    /// <summary>A meeting building the initial career profile (the scale expects 2–3).</summary>
    ProfileMeeting = 0,

    /// <summary>An update of the profile, e.g. after a job starts or ends.</summary>
    Update = 1,
}
