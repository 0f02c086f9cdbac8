using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.Core.Validation;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>What a caller gets from a read: the programmes, or an exception carrying every bad row.</summary>
public sealed class JobbsporetReadResultTests
{
    [Fact]
    public void Clean_export_returns_its_programmes_from_the_throwing_read()
    {
        var programmes = JobbsporetExport.Read(Copy());

        Assert.Equal([Id("a0T", 1), Id("a0T", 2)], programmes.Select(p => p.Id.Value));
    }

    [Fact]
    public void Bad_row_makes_the_throwing_read_throw_with_the_rows_location_and_code()
    {
        var directory = Copy();
        SetField(directory, "Work_Trail__c.csv", LineOf(directory, "Work_Trail__c.csv", Id("a0W", 1)), "ips_Status__c", "Kartlegging");

        var thrown = Assert.Throws<DomainException>(() => JobbsporetExport.Read(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient }));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal((ErrorCodes.Jobbsporet.UnknownPicklistValue, "Work_Trail__c.csv:2:7 (ips_Status__c)"), (error.Code, error.PropertyName));
    }
}
