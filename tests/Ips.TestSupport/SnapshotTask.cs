using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;
using Xunit.v3;

namespace Ips.TestSupport;

/// <summary>
/// A pending snapshot verification with Verify-style naming options. Nothing runs until it is awaited.
/// </summary>
public sealed class SnapshotTask
{
    private readonly string text;
    private readonly string sourceFile;
    private string? directory;
    private string? fileName;
    private string? typeName;
    private string? methodName;
    private object?[]? parameters;
    private string? parametersText;
    private SnapshotPolicy? policy;
    private Task? task;

    internal SnapshotTask(string text, string sourceFile)
    {
        this.text = text;
        this.sourceFile = sourceFile;
    }

    /// <summary>Stores the snapshot files in <paramref name="path"/>: absolute, or relative to the test source file's directory.</summary>
    public SnapshotTask UseDirectory(string path) => Set(() => directory = path);

    /// <summary>Uses <c>{fileName}.verified.txt</c>, replacing class, method and parameters.</summary>
    public SnapshotTask UseFileName(string name) => Set(() => fileName = SnapshotNaming.Sanitize(name));

    /// <summary>Replaces the class part of the file name.</summary>
    public SnapshotTask UseTypeName(string name) => Set(() => typeName = SnapshotNaming.Sanitize(name));

    /// <summary>Replaces the method part of the file name.</summary>
    public SnapshotTask UseMethodName(string name) => Set(() => methodName = SnapshotNaming.Sanitize(name));

    /// <summary>
    /// Names the file after these values of the test method's parameters, matched from the first parameter:
    /// <c>{Class}.{Method}_{param1}={value1}_{param2}={value2}.verified.txt</c>.
    /// </summary>
    public SnapshotTask UseParameters(params object?[] values) => Set(() => parameters = values);

    /// <summary>Uses <c>{Class}.{Method}_{text}.verified.txt</c>.</summary>
    public SnapshotTask UseTextForParameters(string value) => Set(() => parametersText = SnapshotNaming.Sanitize(value));

    /// <summary>Runs the verification.</summary>
    public Task ToTask() => task ??= RunAsync();

    /// <summary>Makes the snapshot awaitable.</summary>
    public TaskAwaiter GetAwaiter() => ToTask().GetAwaiter();

    /// <summary>Test hook: decides acceptance explicitly instead of reading the environment.</summary>
    internal SnapshotTask UsePolicy(SnapshotPolicy value) => Set(() => policy = value);

    private SnapshotTask Set(Action apply)
    {
        if (task is not null)
        {
            throw new InvalidOperationException("The snapshot has already been verified; configure it before awaiting.");
        }

        apply();
        return this;
    }

    private Task RunAsync()
    {
        var sourceDirectory = directory is not null && Path.IsPathFullyQualified(directory)
            ? directory
            : Path.Combine(SourcePaths.ResolveDirectory(sourceFile), directory ?? string.Empty);
        return SnapshotEngine.VerifyAsync(
            text,
            sourceDirectory,
            fileName ?? BuildName(),
            policy ?? SnapshotPolicy.FromEnvironment(),
            TestContext.Current.CancellationToken);
    }

    private string BuildName()
    {
        var context = TestContext.Current;
        var testClass = (context.TestClass as IXunitTestClass)?.Class;
        var testMethod = (context.TestMethod as IXunitTestMethod)?.Method;

        var type = typeName
            ?? (testClass is null ? context.TestClass?.TestClassSimpleName : SnapshotNaming.TypeName(testClass))
            ?? throw new InvalidOperationException("No test class in TestContext.Current: call Snapshot.Verify from a test, or use UseFileName.");
        var method = methodName
            ?? testMethod?.Name
            ?? context.TestMethod?.MethodName
            ?? throw new InvalidOperationException("No test method in TestContext.Current: call Snapshot.Verify from a test, or use UseFileName.");

        return $"{type}.{method}{ParameterSuffix(testMethod, (context.Test as IXunitTest)?.TestMethodArguments)}";
    }

    private string ParameterSuffix(MethodInfo? testMethod, object?[]? arguments)
    {
        if (parametersText is not null)
        {
            return "_" + parametersText;
        }

        var values = parameters ?? arguments;
        if (values is null || values.Length == 0)
        {
            return string.Empty;
        }

        var names = testMethod?.GetParameters()
            ?? throw new InvalidOperationException("UseParameters needs the test method (TestContext.Current); use UseTextForParameters instead.");
        return "_" + SnapshotNaming.ParameterText(names, values);
    }
}
