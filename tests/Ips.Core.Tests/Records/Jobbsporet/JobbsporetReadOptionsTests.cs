using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>The bounds a Jobbsporet read checks on its options before it opens a file.</summary>
public sealed class JobbsporetReadOptionsTests
{
    [Theory]
    [InlineData("0.01")]
    [InlineData("0.5")]
    [InlineData("1")]
    public void FteOfUnlistedSpecialists_above_0_and_at_most_1_is_accepted(string fte)
    {
        var read = Read(new JobbsporetReadOptions { FteOfUnlistedSpecialists = decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.01")]
    public void FteOfUnlistedSpecialists_outside_0_to_1_is_rejected_naming_the_option(string fte)
    {
        var options = new JobbsporetReadOptions { FteOfUnlistedSpecialists = decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture) };

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => JobbsporetExport.TryRead(Copy(), options));

        Assert.Equal(nameof(JobbsporetReadOptions.FteOfUnlistedSpecialists), thrown.ParamName);
        Assert.StartsWith("FteOfUnlistedSpecialists must be greater than 0 and at most 1.", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("37.5")]
    [InlineData("168")]
    public void ScheduledHoursOfUnlistedSpecialists_from_0_to_168_is_accepted(string hours)
    {
        var read = Read(new JobbsporetReadOptions { ScheduledHoursOfUnlistedSpecialists = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(read.IsSuccess, string.Join('\n', read.Errors));
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("168.5")]
    public void ScheduledHoursOfUnlistedSpecialists_outside_0_to_168_is_rejected_naming_the_option(string hours)
    {
        var options = new JobbsporetReadOptions { ScheduledHoursOfUnlistedSpecialists = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) };

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => JobbsporetExport.TryRead(Copy(), options));

        Assert.Equal(nameof(JobbsporetReadOptions.ScheduledHoursOfUnlistedSpecialists), thrown.ParamName);
        Assert.StartsWith("ScheduledHoursOfUnlistedSpecialists must be 0 to 168.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_options_are_required()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => JobbsporetExport.TryRead(Copy(), new JobbsporetReadOptions { Records = null! }));

        Assert.Equal(nameof(JobbsporetReadOptions.Records), thrown.ParamName);
    }

    [Fact]
    public void Records_bounds_are_checked_as_for_the_librarys_own_records()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => JobbsporetExport.TryRead(Copy(), new JobbsporetReadOptions { Records = RecordReadOptions.Lenient with { MaxErrors = 0 } }));

        Assert.Equal(nameof(RecordReadOptions.MaxErrors), thrown.ParamName);
    }
}
