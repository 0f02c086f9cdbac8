using System.Globalization;

namespace Ips.TestSupport.Tests;

public sealed class CultureScopeTests
{
    public static TheoryData<string> HostileCultures => new(Cultures.Hostile);

    [Fact]
    public void Suite_runs_under_nb_NO()
    {
        Assert.Equal("nb-NO", CultureInfo.CurrentCulture.Name);
    }

    [Theory]
    [MemberData(nameof(HostileCultures))]
    public void Sets_both_cultures_and_restores_them(string name)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;

        using (new CultureScope(name))
        {
            Assert.Equal(Cultures.Get(name), CultureInfo.CurrentCulture);
            Assert.Equal(Cultures.Get(name), CultureInfo.CurrentUICulture);
        }

        Assert.Same(culture, CultureInfo.CurrentCulture);
        Assert.Same(uiCulture, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void Nested_scopes_unwind_in_order_and_double_dispose_is_harmless()
    {
        var outer = new CultureScope("tr-TR");
        using (new CultureScope("fa-IR"))
        {
            Assert.Equal("fa-IR", CultureInfo.CurrentCulture.Name);
        }

        Assert.Equal("tr-TR", CultureInfo.CurrentCulture.Name);
        outer.Dispose();
        outer.Dispose();
        Assert.Equal("nb-NO", CultureInfo.CurrentCulture.Name);
    }

    [Fact]
    public void Hostile_cultures_are_the_documented_set_and_all_resolve()
    {
        Assert.Equal(["nb-NO", "en-US", "tr-TR", "ar-SA", "fa-IR", "invariant"], Cultures.Hostile);
        Assert.Same(CultureInfo.InvariantCulture, Cultures.Get(Cultures.Invariant));
        Assert.Same(CultureInfo.InvariantCulture, Cultures.Get(string.Empty));
        Assert.All(Cultures.Hostile, name => Assert.NotNull(Cultures.Get(name)));
    }

    [Fact]
    public void Hostile_cultures_really_differ_where_it_hurts()
    {
        using (new CultureScope("nb-NO"))
        {
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
        }

        using (new CultureScope("tr-TR"))
        {
            Assert.NotEqual("I", "i".ToUpper(CultureInfo.CurrentCulture));
        }
    }

    [Fact]
    public void Unknown_culture_name_throws()
    {
        Assert.Throws<CultureNotFoundException>(() => new CultureScope("xx-NOPE"));
    }
}
