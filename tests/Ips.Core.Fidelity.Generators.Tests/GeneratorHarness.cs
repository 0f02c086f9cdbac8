using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Ips.Core.Fidelity.Generators.Tests;

/// <summary>One AdditionalFiles item: its path, text and MSBuild metadata.</summary>
internal sealed record ScaleFile(string Path, string Text, bool IsScale = true, string? Namespace = "Test.Skala");

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<(string HintName, string Source)> Sources,
    Compilation Output)
{
    /// <summary>Every generated source, in hint-name order, each under a <c>// ---- hint</c> line (for snapshots).</summary>
    public string AllSources()
    {
        var text = new StringBuilder();
        foreach (var (hint, source) in Sources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            text.Append("// ---- ").Append(hint).Append('\n').Append(source.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The compiler's errors and warnings on the compilation with the generated code (docs are checked: CS1591).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics() =>
        [.. Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>Emits the compilation and loads it into a collectible context (Ips.Core.Fidelity resolves from the test's own context).</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var result = Output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(stream);
    }
}

/// <summary>Runs <see cref="ScaleFactsGenerator"/> with <see cref="CSharpGeneratorDriver"/> on in-memory files.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "System.dll" or "netstandard.dll" or "mscorlib.dll")
            .ToList();
        var fidelity = typeof(IItemFactsSource).Assembly.Location;
        paths.Add(fidelity);
        paths.Add(Path.Combine(Path.GetDirectoryName(fidelity)!, "Ips.Core.dll"));
        return [.. paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    });

    public static GeneratorRun Run(params ScaleFile[] files) => Run(files, rootNamespace: null);

    public static GeneratorRun Run(IEnumerable<ScaleFile> files, string? rootNamespace, string consumerSource = "")
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Generated.Facts",
            consumerSource.Length == 0 ? [] : [CSharpSyntaxTree.ParseText(consumerSource, parseOptions)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, checkOverflow: true));
        var list = files.ToList();
        var texts = list.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var driver = CSharpGeneratorDriver.Create(
            [new ScaleFactsGenerator().AsSourceGenerator()],
            texts,
            parseOptions,
            new OptionsProvider(list, rootNamespace));
        var updated = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = updated.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new GeneratorRun(diagnostics, sources, output);
    }

    /// <summary>
    /// Runs the generator on <paramref name="file"/>, then again after an edit: a new C# file in the compilation, or
    /// (with <paramref name="newText"/>) a changed scale file. Returns the reasons of the second run's output steps.
    /// </summary>
    public static List<IncrementalStepRunReason> OutputReasonsAfterAnEdit(ScaleFile file, string? newText)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create("Generated.Facts", [], References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var text = new InMemoryText(file.Path, file.Text);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ScaleFactsGenerator().AsSourceGenerator()],
            [text],
            parseOptions,
            new OptionsProvider([file], rootNamespace: null),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        if (newText is null)
        {
            driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Edited; internal static class Code { }", parseOptions)));
        }
        else
        {
            driver = driver.ReplaceAdditionalText(text, new InMemoryText(file.Path, newText)).RunGenerators(compilation);
        }

        return [.. driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(step => step.Outputs).Select(o => o.Reason)];
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class OptionsProvider(List<ScaleFile> files, string? rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace is null ? [] : new() { ["build_property.RootNamespace"] = rootNamespace });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            var file = files.Single(f => f.Path == textFile.Path);
            var values = new Dictionary<string, string>();
            if (file.IsScale)
            {
                values["build_metadata.AdditionalFiles.IpsFidelityScale"] = "true";
            }

            if (file.Namespace is not null)
            {
                values["build_metadata.AdditionalFiles.Namespace"] = file.Namespace;
            }

            return new Options(values);
        }
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
