using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Ips.Core.Fidelity.Generators.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ips.Core.Fidelity.Generators;

/// <summary>
/// Generates one typed fact record per item (<c>XxxFacts : IItemFactsSource</c>) and an enum per level or elements
/// fact from every <c>AdditionalFiles</c> item whose metadata <c>IpsFidelityScale</c> is <c>true</c>.
/// </summary>
/// <remarks>
/// The namespace is the item's <c>Namespace</c> metadata, or the project's root namespace plus the PascalCase scale id.
/// Type names come from each item's <c>codeName</c> (<c>"CaseloadSize"</c> → <c>CaseloadSizeFacts</c>); property and
/// enum member names are the PascalCase fact, element and level ids; an enum is named by the fact's <c>codeName</c>,
/// else by its PascalCase id. A file that is not valid JSON or lacks what the generator needs yields diagnostics
/// IPSGEN001–IPSGEN005 naming the file and the JSON path, and no code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ScaleFactsGenerator : IIncrementalGenerator
{
    /// <summary>The AdditionalFiles metadata that marks a scale definition.</summary>
    public const string ScaleMetadata = "IpsFidelityScale";

    /// <summary>The AdditionalFiles metadata that names the generated namespace.</summary>
    public const string NamespaceMetadata = "Namespace";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) ? value : null);

        var scales = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) =>
            {
                var options = pair.Right.GetOptions(pair.Left);
                var isScale = options.TryGetValue("build_metadata.AdditionalFiles." + ScaleMetadata, out var flag)
                    && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
                options.TryGetValue("build_metadata.AdditionalFiles." + NamespaceMetadata, out var ns);
                return (File: pair.Left, IsScale: isScale, Namespace: ns);
            })
            .Where(static input => input.IsScale)
            .Combine(rootNamespace)
            .Select(static (input, cancellationToken) => Generate(input.Left.File, input.Left.Namespace, input.Right, cancellationToken));

        context.RegisterSourceOutput(scales.Collect(), static (output, results) =>
        {
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    output.ReportDiagnostic(result.ToDiagnostic(diagnostic));
                }

                for (var i = 0; i < result.HintNames.Length; i++)
                {
                    // Two scale files may generate into one namespace; keep their hint names apart (the compiler reports clashing types).
                    var hint = result.HintNames[i];
                    for (var n = 2; !hintNames.Add(hint); n++)
                    {
                        hint = result.HintNames[i].Substring(0, result.HintNames[i].Length - ".g.cs".Length) + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
                    }

                    output.AddSource(hint, SourceText.From(result.Sources[i], System.Text.Encoding.UTF8));
                }
            }
        });
    }

    /// <summary>Reads one scale file and writes its sources (or its diagnostics).</summary>
    internal static ScaleResult Generate(AdditionalText file, string? @namespace, string? rootNamespace, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        var name = Path.GetFileName(file.Path);
        var content = text?.ToString();
        var diagnostics = new List<DiagnosticInfo>();
        if (content is null)
        {
            diagnostics.Add(new DiagnosticInfo(GeneratorDiagnostics.InvalidJson.Id, 0, 0, [name, "$", "the file cannot be read."]));
            return new ScaleResult(file.Path, string.Empty, [], [], [.. diagnostics]);
        }

        var root = JsonReader.Parse(content, out var error);
        if (root is null)
        {
            diagnostics.Add(new DiagnosticInfo(GeneratorDiagnostics.InvalidJson.Id, error!.Offset, 0, [name, error.Path, error.Message]));
            return new ScaleResult(file.Path, content, [], [], [.. diagnostics]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var scale = ScaleReader.Read(name, root, @namespace, rootNamespace, diagnostics);
        if (scale is null)
        {
            return new ScaleResult(file.Path, content, [], [], [.. diagnostics]);
        }

        var hints = new string[scale.Items.Count];
        var sources = new string[scale.Items.Count];
        for (var i = 0; i < scale.Items.Count; i++)
        {
            hints[i] = scale.Namespace + "." + scale.Items[i].TypeName + ".g.cs";
            sources[i] = FactsSourceWriter.Write(scale, scale.Items[i]);
        }

        return new ScaleResult(file.Path, content, hints, sources, []);
    }
}

/// <summary>What one scale file produced: sources with hint names, or diagnostics. Equatable, so unchanged files are not re-emitted.</summary>
internal sealed class ScaleResult : IEquatable<ScaleResult>
{
    public ScaleResult(string path, string content, string[] hintNames, string[] sources, DiagnosticInfo[] diagnostics)
    {
        Path = path;
        Content = content;
        HintNames = hintNames;
        Sources = sources;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>The file's text, kept to place diagnostics (line and column).</summary>
    public string Content { get; }

    public string[] HintNames { get; }

    public string[] Sources { get; }

    public DiagnosticInfo[] Diagnostics { get; }

    public Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var start = Math.Min(info.Start, Content.Length);
        var end = Math.Min(start + info.Length, Content.Length);
        var location = Location.Create(Path, TextSpan.FromBounds(start, end), new LinePositionSpan(Position(start), Position(end)));
        return Diagnostic.Create(GeneratorDiagnostics.ById(info.Id), location, info.Arguments);
    }

    private LinePosition Position(int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Content[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }

    public bool Equals(ScaleResult? other) =>
        other is not null
        && Path == other.Path
        && Content == other.Content
        && Sequences.Equal(HintNames, other.HintNames)
        && Sequences.Equal(Sources, other.Sources)
        && Sequences.Equal(Diagnostics, other.Diagnostics);

    public override bool Equals(object? obj) => Equals(obj as ScaleResult);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ Sources.Length;
}
