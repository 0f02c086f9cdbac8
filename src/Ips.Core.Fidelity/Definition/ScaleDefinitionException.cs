using System.Collections.Immutable;
using System.Text;

namespace Ips.Core.Fidelity.Definition;

/// <summary>One problem found in a scale definition.</summary>
/// <param name="Item">The item number, when the problem is in an item.</param>
/// <param name="Path">Where in the definition (e.g. <c>items[3].rule.bands</c>).</param>
/// <param name="Code">A stable code (e.g. <c>Scale.BandGap</c>).</param>
/// <param name="Message">What is wrong, in culture-invariant English.</param>
public sealed record ScaleDefinitionProblem(int? Item, string Path, string Code, string Message)
{
    /// <summary>The problem on one line: <c>item 3, items[2].anchors: Scale.MissingAnchor — …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Item is { } item
            ? "item " + item.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + Path + ": " + Code + " — " + Message
            : Path + ": " + Code + " — " + Message;
}

/// <summary>A scale definition could not be read or is inconsistent; <see cref="Problems"/> lists every problem.</summary>
public sealed class ScaleDefinitionException : Exception
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public ScaleDefinitionException()
        : this("The scale definition is invalid.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ScaleDefinitionException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScaleDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception listing <paramref name="problems"/>.</summary>
    /// <param name="problems">The problems found.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ScaleDefinitionException(ImmutableArray<ScaleDefinitionProblem> problems, Exception? innerException = null)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<ScaleDefinitionProblem> Problems { get; }

    private static string Describe(ImmutableArray<ScaleDefinitionProblem> problems)
    {
        var text = new StringBuilder();
        text.Append("The scale definition is invalid (")
            .Append(problems.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(problems.Length == 1 ? " problem):" : " problems):");
        foreach (var problem in problems)
        {
            text.Append('\n').Append("- ").Append(problem.ToString());
        }

        return text.ToString();
    }
}
