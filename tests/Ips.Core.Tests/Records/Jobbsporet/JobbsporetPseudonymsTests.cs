using Ips.Core.Records.Jobbsporet;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>The opaque ids a read gives people's Salesforce ids: fixed by the secret, the kind and the id, so reads of one export stay linkable across versions.</summary>
public sealed class JobbsporetPseudonymsTests
{
    [Theory]
    [InlineData("", 'p', "a0WQ00000000001AAA", "p-add85c1c24f8ba7f")]
    [InlineData("team secret", 'p', "a0WQ00000000001AAA", "p-57e12d365ca6752a")]
    [InlineData("", 's', "005Q00000000001AAA", "s-79ea208dba08fddd")]
    public void Id_is_the_kind_and_the_first_16_hex_digits_of_HMAC_SHA256_of_kind_colon_id(string secret, char kind, string salesforceId, string expected)
    {
        var ids = new JobbsporetPseudonyms(System.Text.Encoding.UTF8.GetBytes(secret));

        Assert.Equal(expected, ids.Map(kind, salesforceId));
        Assert.Equal(expected, ids.Map(kind, salesforceId));
    }

    [Fact]
    public void Participants_of_a_read_carry_the_pinned_ids()
    {
        var read = Read(new JobbsporetReadOptions { IdSecret = "team secret"u8.ToArray() });

        Assert.Contains(read.Programmes[0].Participants, p => p.Id.Value == "p-57e12d365ca6752a");
    }
}
