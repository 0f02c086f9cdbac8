using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Ips.TestSupport;

/// <summary>Verify's file-name rules.</summary>
internal static class SnapshotNaming
{
    // The Windows set, so a name made on Linux also checks out on Windows.
    private const string InvalidFileNameChars = "<>:\"/\\|?*";

    /// <summary><c>Name</c>, or <c>Outer.Inner</c> for a nested type (Verify's NameWithParent).</summary>
    internal static string TypeName(Type type) =>
        type.IsNested && type.ReflectedType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;

    /// <summary><c>a=1_b=x</c>: values matched to the method's parameters from the first one.</summary>
    internal static string ParameterText(IReadOnlyList<ParameterInfo> parameters, IReadOnlyList<object?> values)
    {
        if (values.Count > parameters.Count)
        {
            throw new InvalidOperationException(
                $"{values.Count} parameter values were given but the test method has {parameters.Count} parameters.");
        }

        var parts = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            parts[i] = $"{parameters[i].Name}={Sanitize(Format(values[i]))}";
        }

        return string.Join('_', parts);
    }

    internal static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join(',', e.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "null",
    };

    /// <summary>Replaces characters that cannot appear in a file name (on any OS) with <c>-</c>.</summary>
    internal static string Sanitize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c < ' ' || InvalidFileNameChars.Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return builder.ToString();
    }
}
