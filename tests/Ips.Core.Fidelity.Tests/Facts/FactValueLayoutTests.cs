using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>
/// <see cref="FactValue"/>'s narrow layout (one reference for the level or the elements, a number with a presence
/// bit): every member reads back as set, and equality is still member-wise.
/// </summary>
public sealed class FactValueLayoutTests
{
    [Fact]
    public void Layout_IsNarrow()
    {
        Assert.True(Unsafe.SizeOf<FactValue>() <= 24, Unsafe.SizeOf<FactValue>() + " B");
        Assert.True(Unsafe.SizeOf<FactEntry>() <= 40, Unsafe.SizeOf<FactEntry>() + " B");
    }

    [Fact]
    public void EveryMember_ReadsBackAsSet_InAnyCombination()
    {
        ImmutableArray<string> elements = ["a", "b"];
        var value = new FactValue { Kind = (FactKind)42, Number = double.NaN, Elements = elements, Level = "weekly", Flag = false };

        Assert.Equal((FactKind)42, value.Kind);
        Assert.True(double.IsNaN(value.Number!.Value));
        Assert.Equal(elements, value.Elements);
        Assert.Equal("weekly", value.Level);
        Assert.False(value.Flag);

        var cleared = value with { Number = null, Elements = default, Flag = null };
        Assert.Null(cleared.Number);
        Assert.True(cleared.Elements.IsDefault);
        Assert.Equal("weekly", cleared.Level);
        Assert.Null(cleared.Flag);
        Assert.Equal(FactValue.FromLevel("weekly") with { Kind = (FactKind)42 }, cleared);

        var levelOff = value with { Level = null };
        Assert.Equal(elements, levelOff.Elements);
        Assert.Null(levelOff.Level);
        Assert.Equal(0.0, (value with { Number = 0.0, Flag = true }).Number);
        Assert.True((value with { Flag = true }).Flag);
    }

    [Fact]
    public void Equality_IsMemberWise()
    {
        ImmutableArray<string> elements = ["a"];
        Assert.Equal(FactValue.FromNumber(double.NaN), FactValue.FromNumber(double.NaN));
        Assert.Equal(FactValue.FromNumber(0.0), FactValue.FromNumber(-0.0));
        Assert.NotEqual(FactValue.FromNumber(0), new FactValue { Kind = FactKind.Number });
        Assert.Equal(FactValue.FromLevel("x"), FactValue.FromLevel(new string('x', 1)));
        Assert.NotEqual(FactValue.FromFlag(false), new FactValue { Kind = FactKind.Flag });
        Assert.NotEqual(FactValue.FromFlag(false), FactValue.FromFlag(true));

        // Elements compare as ImmutableArray does: by the array, not its contents.
        Assert.Equal(new FactValue { Elements = elements }, new FactValue { Elements = elements });
        Assert.NotEqual(new FactValue { Elements = ["a"] }, new FactValue { Elements = ["a"] });
        Assert.NotEqual(new FactValue { Elements = [] }, new FactValue());
        Assert.Equal(new FactValue { Elements = elements, Level = "x" }, new FactValue { Level = "x", Elements = elements });
        Assert.Equal(new FactValue { Elements = elements, Level = "x" }.GetHashCode(), new FactValue { Level = "x", Elements = elements }.GetHashCode());
    }
}
