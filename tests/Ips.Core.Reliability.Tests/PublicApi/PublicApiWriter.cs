using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ips.Core.Reliability.Tests.PublicApi;

/// <summary>
/// Writes an assembly's public API as stable text (a stand-in for Microsoft's public-API analyzers): every exported
/// type with its kind, base type, interfaces and generic constraints, then every public or protected member's
/// signature — nullability annotations, <c>required</c>/<c>init</c>, <c>params</c>, default values, enum and const
/// values — sorted ordinally, one per line, LF line ends.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte", [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint",
        [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(char)] = "char", [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    public static string Write(Assembly assembly)
    {
        var text = new StringBuilder();
        text.Append("// Public API of ").Append(assembly.GetName().Name).Append('\n');
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append('\n').Append(Header(type)).Append('\n');
            foreach (var line in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool Visible(MethodBase? method) => method is not null && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Header(Type type)
    {
        var text = new StringBuilder("public ");
        if (type.IsEnum)
        {
            return text.Append("enum ").Append(Name(type)).Append(" : ").Append(TypeName(Enum.GetUnderlyingType(type), null)).ToString();
        }

        var isRecord = type.GetMethod("<Clone>$", Declared) is not null || (type.IsValueType && type.GetMethod("PrintMembers", Declared) is not null);
        if (type.IsInterface)
        {
            text.Append("interface ");
        }
        else if (type.IsValueType)
        {
            text.Append(type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty).Append(isRecord ? "record struct " : "struct ");
        }
        else
        {
            text.Append(type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty)
                .Append(isRecord ? "record " : "class ");
        }

        text.Append(Name(type));
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(TypeName(baseType, null));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(i => TypeName(i, null)).Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            text.Append(" : ").Append(string.Join(", ", bases));
        }

        return text.Append(Constraints(type.IsGenericTypeDefinition ? type.GetGenericArguments().Where(a => a.DeclaringType == type && !IsInherited(type, a)).ToArray() : [])).ToString();
    }

    private static bool IsInherited(Type type, Type argument) => type.DeclaringType is { IsGenericTypeDefinition: true } outer && outer.GetGenericArguments().Any(a => a.Name == argument.Name);

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture)))
            {
                // Enum members keep declaration (value) order: prefix with the value so ordinal sorting keeps it.
                var value = Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture);
                yield return string.Create(CultureInfo.InvariantCulture, $"{(value < 0 ? "-" : "+")}{Math.Abs(value):D10} {field.Name} = {value}");
            }

            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            if (member.Name.Contains('<', StringComparison.Ordinal) || member.IsDefined(typeof(CompilerGeneratedAttribute)) && member is MethodInfo)
            {
                continue;
            }

            switch (member)
            {
                case ConstructorInfo ctor when Visible(ctor) && !(type.IsAbstract && type.IsSealed):
                    yield return Access(ctor) + (ctor.IsStatic ? "static " : string.Empty) + Name(type).Split('<')[0].Split('.')[^1] + "(" + Parameters(ctor, context) + ")";
                    break;
                case MethodInfo method when Visible(method) && !method.IsSpecialName || member is MethodInfo { IsSpecialName: true } op && op.Name.StartsWith("op_", StringComparison.Ordinal) && Visible(op):
                    var m = (MethodInfo)member;
                    yield return Access(m) + Modifiers(m) + TypeName(m.ReturnType, context.Create(m.ReturnParameter)) + " " + m.Name
                        + (m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty)
                        + "(" + (m.IsDefined(typeof(ExtensionAttribute)) ? "this " : string.Empty) + Parameters(m, context) + ")"
                        + Constraints(m.IsGenericMethodDefinition ? m.GetGenericArguments() : []);
                    break;
                case PropertyInfo property when Visible(property.GetMethod) || Visible(property.SetMethod):
                    var accessor = (Visible(property.GetMethod) ? property.GetMethod : property.SetMethod)!;
                    var indexer = property.GetIndexParameters();
                    var setter = property.SetMethod;
                    var init = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                    yield return Access(accessor) + (property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty) + Modifiers(accessor)
                        + TypeName(property.PropertyType, context.Create(property)) + " "
                        + (indexer.Length > 0 ? "this[" + string.Join(", ", indexer.Select(p => TypeName(p.ParameterType, context.Create(p)) + " " + p.Name)) + "]" : property.Name)
                        + " {" + (Visible(property.GetMethod) ? " get;" : string.Empty) + (Visible(setter) ? init ? " init;" : " set;" : string.Empty) + " }";
                    break;
                case FieldInfo field when (field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly) && !field.IsSpecialName:
                    var prefix = field.IsPublic ? "public " : "protected ";
                    yield return field.IsLiteral
                        ? prefix + "const " + TypeName(field.FieldType, null) + " " + field.Name + " = " + Literal(field.GetRawConstantValue())
                        : prefix + (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty) + TypeName(field.FieldType, context.Create(field)) + " " + field.Name;
                    break;
                case EventInfo e when Visible(e.AddMethod):
                    yield return Access(e.AddMethod!) + Modifiers(e.AddMethod!) + "event " + TypeName(e.EventHandlerType!, context.Create(e)) + " " + e.Name;
                    break;
                case Type nested when nested.IsNestedPublic || nested.IsNestedFamily:
                    yield return "nested " + Name(nested);
                    break;
            }
        }
    }

    private static string Modifiers(MethodInfo method)
    {
        var text = method.IsStatic ? "static " : string.Empty;
        if (method.DeclaringType!.IsInterface)
        {
            return text + (method.IsAbstract ? "abstract " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty);
        }

        if (method.IsAbstract)
        {
            return text + "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return text + (method.GetBaseDefinition().DeclaringType != method.DeclaringType ? "override " : "virtual ");
        }

        return text + (method.IsVirtual && method.GetBaseDefinition().DeclaringType != method.DeclaringType && !method.DeclaringType.IsValueType ? "sealed override " : string.Empty);
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context) => string.Join(", ", method.GetParameters().Select(p =>
    {
        var text = new StringBuilder();
        if (p.IsDefined(typeof(ParamArrayAttribute)) || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute"))
        {
            text.Append("params ");
        }

        var type = p.ParameterType;
        if (type.IsByRef)
        {
            text.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
        }

        text.Append(TypeName(type, context.Create(p))).Append(' ').Append(p.Name);
        if (p.HasDefaultValue)
        {
            text.Append(" = ").Append(Literal(p.RawDefaultValue));
        }

        return text.ToString();
    }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static string Constraints(Type[] arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments)
        {
            var parts = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => TypeName(c, null)).Order(StringComparer.Ordinal));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                text.Append(" where ").Append(argument.Name).Append(" : ").Append(string.Join(", ", parts));
            }
        }

        return text.ToString();
    }

    /// <summary>The type's name with its namespace, declaring types and generic parameters (<c>Ns.Outer.Inner&lt;T&gt;</c>).</summary>
    private static string Name(Type type)
    {
        var name = type.Name.Split('`')[0];
        if (type.IsGenericTypeDefinition)
        {
            var own = type.GetGenericArguments().Where(a => !IsInherited(type, a)).Select(a => a.Name).ToArray();
            if (own.Length > 0)
            {
                name += "<" + string.Join(", ", own) + ">";
            }
        }

        return type.DeclaringType is { } outer ? Name(outer) + "." + name : type.Namespace + "." + name;
    }

    private static string TypeName(Type type, NullabilityInfo? nullability)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        string text;
        if (type.IsArray)
        {
            text = TypeName(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        else if (type.IsGenericParameter)
        {
            text = type.Name;
        }
        else if (Keywords.TryGetValue(type, out var keyword))
        {
            text = keyword;
        }
        else if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            var definition = type.GetGenericTypeDefinition();
            var owner = definition.DeclaringType is { } outer ? Name(outer) + "." : definition.Namespace + ".";
            text = owner + definition.Name.Split('`')[0] + "<" + string.Join(", ", arguments.Select((a, i) => TypeName(a, nullability is { GenericTypeArguments.Length: > 0 } n && i < n.GenericTypeArguments.Length ? n.GenericTypeArguments[i] : null))) + ">";
        }
        else
        {
            text = Name(type);
        }

        return !type.IsValueType && nullability is { ReadState: NullabilityState.Nullable } ? text + "?" : text;
    }
}
