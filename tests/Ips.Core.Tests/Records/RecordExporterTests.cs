using Ips.Core.Programmes;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>Writing programmes into the record files: arguments checked, the directory created, every record type written.</summary>
public sealed class RecordExporterTests
{
    [Fact]
    public void Write_refuses_a_missing_programme_list_or_a_missing_programme_in_it()
    {
        var directory = RecordSample.NewDirectory();

        Assert.Throws<ArgumentNullException>("programmes", () => ProgrammeRecords.Write(null!, directory));
        Assert.Throws<ArgumentNullException>("programmes", () => ProgrammeRecords.Write([RecordSample.Programme(), null!], directory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Write_refuses_a_blank_directory(string directory)
    {
        Assert.Throws<ArgumentException>(nameof(directory), () => ProgrammeRecords.Write([RecordSample.Programme()], directory));
    }

    [Fact]
    public void Write_creates_the_directory_and_returns_every_file_path_in_order()
    {
        var directory = Path.Combine(RecordSample.NewDirectory(), "new", "export");

        var paths = ProgrammeRecords.Write([RecordSample.Programme()], directory);

        Assert.Equal(ProgrammeRecords.Files.Select(f => Path.GetFullPath(Path.Combine(directory, f.File))), paths);
        Assert.All(paths, path => Assert.True(File.Exists(path)));
        Assert.Single(ProgrammeRecords.Read(directory));
    }

    [Fact]
    public void Career_profile_entries_and_preferred_occupations_are_written_one_row_each_in_order()
    {
        var directory = RecordSample.Write();

        Assert.Equal(
            "programme_id,participant_id,ordinal,date,kind\nprog-1,SECRET-ID-123,0,2024-03-04,ProfileMeeting\nprog-1,SECRET-ID-123,1,2024-04-30,Update\n",
            File.ReadAllText(Path.Combine(directory, "career_profile_entries.csv")));
        Assert.Equal(
            "programme_id,participant_id,ordinal,occupation_code\nprog-1,SECRET-ID-123,0,5223\nprog-1,SECRET-ID-123,1,4110\n",
            File.ReadAllText(Path.Combine(directory, "participant_preferred_occupations.csv")));
    }
}
