namespace Ips.Core.Fidelity.Definition;

/// <summary>Whether a code name is a C# identifier (what the source generator needs to name an enum or a member).</summary>
internal static class CSharpIdentifier
{
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || CSharpKeywords.Contains(name))
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var category = char.GetUnicodeCategory(name[i]);
            var letter = category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber;
            var part = letter || name[i] == '_' || category is System.Globalization.UnicodeCategory.DecimalDigitNumber
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.Format;
            if (i == 0 ? !(letter || name[i] == '_') : !part)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The C# reserved keywords (contextual keywords are valid identifiers).</summary>
    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };
}
