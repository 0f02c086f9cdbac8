using System.Collections.Generic;
using System.Globalization;
using Ips.Core.Fidelity.Generators.Json;
using Microsoft.CodeAnalysis.CSharp;

namespace Ips.Core.Fidelity.Generators;

/// <summary>The kinds of fact the generator types.</summary>
internal enum FactKindModel
{
    Count,
    Number,
    Flag,
    Level,
    Elements,
}

/// <summary>A checklist element or a practice level.</summary>
internal sealed class OptionModel
{
    public OptionModel(string id, string memberName, string? label)
    {
        Id = id;
        MemberName = memberName;
        Label = label;
    }

    public string Id { get; }

    public string MemberName { get; }

    public string? Label { get; }
}

internal sealed class FactModel
{
    public FactModel(string id, FactKindModel kind, string propertyName, string? enumName, string? label, List<OptionModel> options)
    {
        Id = id;
        Kind = kind;
        PropertyName = propertyName;
        EnumName = enumName;
        Label = label;
        Options = options;
    }

    public string Id { get; }

    public FactKindModel Kind { get; }

    public string PropertyName { get; }

    /// <summary>The generated enum's name (level and elements facts only).</summary>
    public string? EnumName { get; }

    /// <summary>The label in the documentation language, if any.</summary>
    public string? Label { get; }

    public List<OptionModel> Options { get; }
}

internal sealed class ItemModel
{
    public ItemModel(int number, string typeName, string? name, List<string> otherNames, bool perSpecialist, List<FactModel> facts)
    {
        Number = number;
        TypeName = typeName;
        Name = name;
        OtherNames = otherNames;
        PerSpecialist = perSpecialist;
        Facts = facts;
    }

    public int Number { get; }

    public string TypeName { get; }

    /// <summary>The item's name in the documentation language, if any.</summary>
    public string? Name { get; }

    /// <summary>The item's name in the other languages, in the order the scale lists its languages.</summary>
    public List<string> OtherNames { get; }

    public bool PerSpecialist { get; }

    public List<FactModel> Facts { get; }
}

internal sealed class ScaleModel
{
    public ScaleModel(string @namespace, int? perSpecialistPolicy, List<ItemModel> items)
    {
        Namespace = @namespace;
        PerSpecialistPolicy = perSpecialistPolicy;
        Items = items;
    }

    public string Namespace { get; }

    /// <summary>The 1-based number of the <c>perSpecialistAveraging</c> policy, if the scale states it.</summary>
    public int? PerSpecialistPolicy { get; }

    public List<ItemModel> Items { get; }
}

/// <summary>A diagnostic found while reading a scale file, as plain data (cached by the incremental pipeline).</summary>
internal sealed class DiagnosticInfo : System.IEquatable<DiagnosticInfo>
{
    public DiagnosticInfo(string id, int start, int length, string[] arguments)
    {
        Id = id;
        Start = start;
        Length = length;
        Arguments = arguments;
    }

    public string Id { get; }

    public int Start { get; }

    public int Length { get; }

    public string[] Arguments { get; }

    public bool Equals(DiagnosticInfo? other) =>
        other is not null && Id == other.Id && Start == other.Start && Length == other.Length && Sequences.Equal(Arguments, other.Arguments);

    public override bool Equals(object? obj) => Equals(obj as DiagnosticInfo);

    public override int GetHashCode() => Sequences.Hash(Arguments) ^ Start;
}

/// <summary>Reads the parts of a scale definition the generator needs, reporting what is missing with its JSON path.</summary>
internal sealed class ScaleReader
{
    /// <summary>Member names every generated record has, or that records reserve.</summary>
    private static readonly string[] ReservedMembers =
    [
        "ItemNumber", "ToFactEntries", "ToItemFacts", "PerSpecialist", "EqualityContract", "Equals", "GetHashCode",
        "ToString", "PrintMembers", "Deconstruct", "GetType", "MemberwiseClone", "Finalize",
    ];

    private readonly string fileName;
    private readonly List<DiagnosticInfo> diagnostics;
    private List<string> languages = [];

    private ScaleReader(string fileName, List<DiagnosticInfo> diagnostics)
    {
        this.fileName = fileName;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reads <paramref name="root"/>; returns null when the file cannot be generated (see the diagnostics).</summary>
    public static ScaleModel? Read(string fileName, JsonValue root, string? @namespace, string? rootNamespace, List<DiagnosticInfo> diagnostics)
    {
        var reader = new ScaleReader(fileName, diagnostics);
        var model = reader.ReadScale(root, @namespace, rootNamespace);
        return diagnostics.Count == 0 ? model : null;
    }

    private ScaleModel? ReadScale(JsonValue root, string? @namespace, string? rootNamespace)
    {
        if (root is not JsonObject scale)
        {
            Missing(root, "$", "the scale definition must be an object, not " + root.KindName + ".");
            return null;
        }

        var ns = ChooseNamespace(scale, @namespace, rootNamespace);
        ReadLanguages(scale);
        int? policy = null;
        if (Optional<JsonArray>(scale, "policies", "$", "an array") is { } policies)
        {
            for (var i = 0; i < policies.Items.Count; i++)
            {
                if (policies.Items[i] is JsonObject p && p.Get("id") is JsonString { Value: "perSpecialistAveraging" })
                {
                    policy = i + 1;
                    break;
                }
            }
        }

        var items = new List<ItemModel>();
        var itemsArray = Required<JsonArray>(scale, "items", "$", "an array");
        if (itemsArray is null)
        {
            return null;
        }

        var typeNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        for (var i = 0; i < itemsArray.Items.Count; i++)
        {
            var path = "$.items[" + Int(i) + "]";
            if (itemsArray.Items[i] is not JsonObject item)
            {
                Missing(itemsArray.Items[i], path, "an item must be an object, not " + itemsArray.Items[i].KindName + ".");
                continue;
            }

            if (ReadItem(item, path, typeNames) is { } model)
            {
                items.Add(model);
            }
        }

        return ns is null ? null : new ScaleModel(ns, policy, items);
    }

    private string? ChooseNamespace(JsonObject scale, string? @namespace, string? rootNamespace)
    {
        var ns = @namespace;
        if (string.IsNullOrWhiteSpace(ns))
        {
            // No Namespace metadata: the project's root namespace plus the scale id in PascalCase (ips-25 → Ips25).
            var id = scale.Get("scaleId") as JsonString;
            var idName = id is null ? null : Names.FromId(id.Value);
            if (idName is null)
            {
                Missing((JsonValue?)id ?? scale, id is null ? "$" : "$.scaleId", id is null
                    ? "the scale has no \"scaleId\" to name the namespace; set the Namespace metadata of the AdditionalFiles item."
                    : "the scale id '" + id.Value + "' forms no C# name for the namespace; set the Namespace metadata of the AdditionalFiles item.");
                return null;
            }

            ns = string.IsNullOrWhiteSpace(rootNamespace) ? idName : rootNamespace + "." + idName;
        }

        foreach (var part in ns!.Split('.'))
        {
            if (!Names.IsIdentifier(part))
            {
                Report("IPSGEN004", scale, "Namespace", ns, " (the Namespace metadata must be dotted C# identifiers)");
                return null;
            }
        }

        return ns;
    }

    private void ReadLanguages(JsonObject scale)
    {
        languages = [];
        if (Optional<JsonArray>(scale, "languages", "$", "an array") is { } list)
        {
            foreach (var entry in list.Items)
            {
                if (entry is JsonObject language && language.Get("code") is JsonString code)
                {
                    languages.Add(code.Value);
                }
            }
        }
    }

    private ItemModel? ReadItem(JsonObject item, string path, Dictionary<string, string> typeNames)
    {
        var start = diagnostics.Count;
        var numberValue = Required<JsonNumber>(item, "number", path, "a whole number");
        var number = 0;
        if (numberValue is not null && !numberValue.TryGetInt32(out number))
        {
            Missing(numberValue, path + ".number", "the item number must be a whole number, not " + numberValue.Text + ".");
        }

        string? typeName = null;
        var codeName = Optional<JsonString>(item, "codeName", path, "a string");
        if (codeName is null)
        {
            if (item.Get("codeName") is null)
            {
                Report("IPSGEN003", item, path, numberValue is null ? "the item" : "item " + numberValue.Text, "its name or number");
            }
        }
        else if (CheckCodeName(codeName, path + ".codeName"))
        {
            typeName = codeName.Value + "Facts";
            if (typeNames.TryGetValue(typeName, out var owner))
            {
                Report("IPSGEN005", codeName, path + ".codeName", typeName, owner);
                typeName = null;
            }
            else
            {
                typeNames.Add(typeName, "the item at " + path);
            }
        }

        var (name, otherNames) = Texts(Optional<JsonObject>(item, "name", path, "an object"), path + ".name");
        var perSpecialist = Optional<JsonBoolean>(item, "perSpecialist", path, "true or false")?.Value ?? false;
        var facts = new List<FactModel>();
        var members = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var reserved in ReservedMembers)
        {
            members.Add(reserved, "a member every fact record has");
        }

        if (typeName is not null)
        {
            members[typeName] = "the record itself";
        }

        if (Required<JsonArray>(item, "facts", path, "an array") is { } factArray)
        {
            for (var i = 0; i < factArray.Items.Count; i++)
            {
                var factPath = path + ".facts[" + Int(i) + "]";
                if (factArray.Items[i] is not JsonObject fact)
                {
                    Missing(factArray.Items[i], factPath, "a fact must be an object, not " + factArray.Items[i].KindName + ".");
                    continue;
                }

                if (ReadFact(fact, factPath, members, typeNames) is { } model)
                {
                    facts.Add(model);
                }
            }
        }

        return diagnostics.Count == start && typeName is not null ? new ItemModel(number, typeName, name, otherNames, perSpecialist, facts) : null;
    }

    private FactModel? ReadFact(JsonObject fact, string path, Dictionary<string, string> members, Dictionary<string, string> typeNames)
    {
        var start = diagnostics.Count;
        var id = Required<JsonString>(fact, "id", path, "a string");
        var kindValue = Required<JsonString>(fact, "kind", path, "a string");
        FactKindModel? kind = kindValue?.Value switch
        {
            null => null,
            "count" => FactKindModel.Count,
            "number" => FactKindModel.Number,
            "flag" => FactKindModel.Flag,
            "level" => FactKindModel.Level,
            "elements" => FactKindModel.Elements,
            _ => null,
        };
        if (kindValue is not null && kind is null)
        {
            Missing(kindValue, path + ".kind", "the fact kind '" + kindValue.Value + "' is not one of count, number, flag, level and elements.");
        }

        string? propertyName = null;
        if (id is not null)
        {
            propertyName = Names.FromId(id.Value);
            if (propertyName is null)
            {
                Report("IPSGEN004", id, path + ".id", id.Value, " (a fact id names its property in PascalCase: use letters and digits, starting with a letter)");
            }
            else
            {
                Claim(members, propertyName, id, path + ".id", "fact '" + id.Value + "'");
            }
        }

        var (label, _) = Texts(Optional<JsonObject>(fact, "label", path, "an object"), path + ".label");
        var codeName = Optional<JsonString>(fact, "codeName", path, "a string");
        var codeNameValid = codeName is null || CheckCodeName(codeName, path + ".codeName");
        string? enumName = null;
        var options = new List<OptionModel>();
        if (kind is FactKindModel.Level or FactKindModel.Elements)
        {
            var elements = kind == FactKindModel.Elements;
            enumName = codeName?.Value ?? propertyName;
            if (enumName is not null && codeNameValid)
            {
                if (typeNames.TryGetValue(enumName, out var owner))
                {
                    Report("IPSGEN005", (JsonValue?)codeName ?? fact, path + (codeName is null ? string.Empty : ".codeName"), enumName, owner);
                }
                else
                {
                    typeNames.Add(enumName, "the enum of the fact at " + path);
                }
            }

            var member = elements ? "elements" : "levels";
            var array = Required<JsonArray>(fact, member, path, "an array");
            if (array is not null)
            {
                ReadOptions(array, path + "." + member, enumName, elements, options);
            }
        }

        if (kind == FactKindModel.Elements && propertyName is not null)
        {
            Claim(members, propertyName + "Ids", fact, path, "the element table of fact '" + id?.Value + "'");
        }

        return diagnostics.Count == start && kind is { } k && propertyName is not null
            ? new FactModel(id!.Value, k, propertyName, enumName, label, options)
            : null;
    }

    private void ReadOptions(JsonArray array, string path, string? enumName, bool elements, List<OptionModel> options)
    {
        if (array.Items.Count == 0)
        {
            Missing(array, path, "a " + (elements ? "checklist" : "level") + " fact needs at least one entry.");
            return;
        }

        if (elements && array.Items.Count > 31)
        {
            Missing(array, path, "an elements fact can have at most 31 elements (one bit each in an int flags enum).");
            return;
        }

        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (elements)
        {
            names.Add("None", "the empty set (None = 0)");
        }

        if (enumName is not null)
        {
            names.Add(enumName, "the enum itself");
        }

        for (var i = 0; i < array.Items.Count; i++)
        {
            var optionPath = path + "[" + Int(i) + "]";
            if (array.Items[i] is not JsonObject option)
            {
                Missing(array.Items[i], optionPath, "an entry must be an object, not " + array.Items[i].KindName + ".");
                continue;
            }

            var id = Required<JsonString>(option, "id", optionPath, "a string");
            if (id is null)
            {
                continue;
            }

            var memberName = Names.FromId(id.Value);
            if (memberName is null)
            {
                Report("IPSGEN004", id, optionPath + ".id", id.Value, " (an element or level id names its enum member in PascalCase: use letters and digits, starting with a letter)");
                continue;
            }

            if (!Claim(names, memberName, id, optionPath + ".id", "'" + id.Value + "'"))
            {
                continue;
            }

            var (label, _) = Texts(Optional<JsonObject>(option, "label", optionPath, "an object"), optionPath + ".label");
            options.Add(new OptionModel(id.Value, memberName, label));
        }
    }

    private bool Claim(Dictionary<string, string> names, string name, JsonValue where, string path, string what)
    {
        if (names.TryGetValue(name, out var owner))
        {
            Report("IPSGEN005", where, path, name, owner);
            return false;
        }

        names.Add(name, what);
        return true;
    }

    private bool CheckCodeName(JsonString codeName, string path)
    {
        if (Names.IsIdentifier(codeName.Value))
        {
            return true;
        }

        Report("IPSGEN004", codeName, path, codeName.Value, string.Empty);
        return false;
    }

    /// <summary>
    /// The text in the documentation language (English when present, else the first listed language that has one, else
    /// the first given), and the other languages' texts in the scale's language order.
    /// </summary>
    private (string? Primary, List<string> Others) Texts(JsonObject? text, string path)
    {
        var others = new List<string>();
        if (text is null)
        {
            return (null, others);
        }

        var ordered = new List<KeyValuePair<string, string>>();
        foreach (var code in languages)
        {
            if (text.Get(code) is JsonString s && s.Value.Trim().Length > 0)
            {
                ordered.Add(new KeyValuePair<string, string>(code, s.Value));
            }
        }

        foreach (var member in text.Members)
        {
            if (member.Value is not JsonString s)
            {
                Missing(member.Value, path + "." + member.Key, "a text must be a string, not " + member.Value.KindName + ".");
                continue;
            }

            if (!languages.Contains(member.Key) && s.Value.Trim().Length > 0)
            {
                ordered.Add(new KeyValuePair<string, string>(member.Key, s.Value));
            }
        }

        if (ordered.Count == 0)
        {
            return (null, others);
        }

        var primary = ordered.FindIndex(pair => pair.Key == "en");
        if (primary < 0)
        {
            primary = 0;
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (i != primary)
            {
                others.Add(ordered[i].Value);
            }
        }

        return (ordered[primary].Value, others);
    }

    private T? Required<T>(JsonObject owner, string member, string path, string what)
        where T : JsonValue
    {
        var value = owner.Get(member);
        if (value is null)
        {
            Missing(owner, path, "the member \"" + member + "\" (" + what + ") is missing.");
            return null;
        }

        if (value is not T typed)
        {
            Missing(value, path + "." + member, "\"" + member + "\" must be " + what + ", not " + value.KindName + ".");
            return null;
        }

        return typed;
    }

    private T? Optional<T>(JsonObject owner, string member, string path, string what)
        where T : JsonValue
    {
        var value = owner.Get(member);
        if (value is null or JsonNull)
        {
            return null;
        }

        if (value is not T typed)
        {
            Missing(value, path + "." + member, "\"" + member + "\" must be " + what + ", not " + value.KindName + ".");
            return null;
        }

        return typed;
    }

    private void Missing(JsonValue where, string path, string message) => Report("IPSGEN002", where, path, message);

    private void Report(string id, JsonValue where, string path, params string[] arguments)
    {
        var all = new string[arguments.Length + 2];
        all[0] = fileName;
        all[1] = path;
        arguments.CopyTo(all, 2);
        diagnostics.Add(new DiagnosticInfo(id, where.Start, where.Length, all));
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How ids become C# names.</summary>
internal static class Names
{
    /// <summary>
    /// The PascalCase name of a camelCase (or dash-, underscore- or space-separated) id: each run of letters and digits
    /// with its first letter upper-cased (<c>phasesPerformed</c> → <c>PhasesPerformed</c>, <c>ips-25</c> → <c>Ips25</c>);
    /// null when that is not a C# identifier (empty, or starting with a digit).
    /// </summary>
    public static string? FromId(string id)
    {
        var builder = new System.Text.StringBuilder(id.Length);
        var startOfWord = true;
        foreach (var c in id)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c is '-' or '_' or ' ' or '.')
            {
                startOfWord = true;
            }
            else
            {
                return null;
            }
        }

        var name = builder.ToString();
        return IsIdentifier(name) ? name : null;
    }

    /// <summary>Whether <paramref name="name"/> is a C# identifier that needs no <c>@</c> (not a keyword).</summary>
    public static bool IsIdentifier(string name) =>
        name.Length > 0
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && name.IndexOf('\\') < 0;
}

/// <summary>Value equality for arrays held by cached pipeline models.</summary>
internal static class Sequences
{
    public static bool Equal<T>(T[] a, T[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(T[] values)
    {
        var hash = 17;
        var comparer = EqualityComparer<T>.Default;
        foreach (var value in values)
        {
            hash = unchecked((hash * 31) + (value is null ? 0 : comparer.GetHashCode(value)));
        }

        return hash;
    }
}
