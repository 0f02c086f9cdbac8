using System.Buffers;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Native;

/// <summary>The crossing between C strings and <see cref="FidelityInterop"/>: strict UTF-8 in, allocated UTF-8 out, no exception escapes.</summary>
internal static unsafe class Boundary
{
    /// <summary>The version of the C ABI (<c>ips_fidelity.h</c>): raised when an export changes incompatibly; additions keep it.</summary>
    public const int AbiVersion = 1;

    // Strict: text that is not UTF-8 is an argument error, never silently replaced with U+FFFD.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="call"/> and returns its answer as a C string; any failure becomes an error document.</summary>
    /// <returns>The answer, allocated with <see cref="NativeMemory.Alloc(nuint)"/>; null only when even the error document cannot be allocated.</returns>
    public static byte* Run(Func<string> call)
    {
        try
        {
            return ToNative(call());
        }
        catch (BoundaryException exception)
        {
            return TryToNative(ErrorDocument("argument", exception.Parameter, exception.Message));
        }
        catch (Exception exception)
        {
            // Only the type is named: an exception's message could carry input text, and input may hold identities.
            return TryToNative(ErrorDocument("internal", null, "The library failed unexpectedly (" + exception.GetType().Name + "); please report it with the call that caused it."));
        }
    }

    /// <summary>The text at <paramref name="pointer"/>; a null pointer or text that is not UTF-8 is an argument error naming <paramref name="parameter"/>.</summary>
    public static string Required(byte* pointer, string parameter) =>
        Optional(pointer, parameter) ?? throw new BoundaryException(parameter, parameter + " is required (a UTF-8, NUL-terminated string), but was NULL.");

    /// <summary>The text at <paramref name="pointer"/>, or null for a null pointer; text that is not UTF-8 is an argument error.</summary>
    public static string? Optional(byte* pointer, string parameter)
    {
        if (pointer is null)
        {
            return null;
        }

        var bytes = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(pointer);
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new BoundaryException(parameter, parameter + " is not valid UTF-8 (an invalid byte sequence at byte " + exception.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").");
        }
    }

    /// <summary>The answer of <c>ips_version</c>: the ABI, engine and library versions.</summary>
    public static string VersionDocument() => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FidelityInterop.SchemaVersion);
        writer.WriteNumber("abiVersion", AbiVersion);
        writer.WriteString("engineVersion", FidelityEngine.Version);
        writer.WriteString("libraryVersion", typeof(Boundary).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
        writer.WriteEndObject();
    });

    /// <summary>An error document in FidelityInterop's shape: <c>{"schemaVersion": 1, "error": {"kind", "parameter"?, "message"}}</c>.</summary>
    public static string ErrorDocument(string kind, string? parameter, string message) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FidelityInterop.SchemaVersion);
        writer.WriteStartObject("error");
        writer.WriteString("kind", kind);
        if (parameter is not null)
        {
            writer.WriteString("parameter", parameter);
        }

        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static byte* TryToNative(string text)
    {
        try
        {
            return ToNative(text);
        }
        catch (Exception)
        {
            return null; // out of memory: the header documents NULL for this case only
        }
    }

    private static byte* ToNative(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        try
        {
            Encoding.UTF8.GetBytes(text, new Span<byte>(buffer, length));
        }
        catch
        {
            NativeMemory.Free(buffer);
            throw;
        }

        buffer[length] = 0;
        return buffer;
    }

    /// <summary>A C argument the boundary itself rejects (null where text is required, not UTF-8).</summary>
    private sealed class BoundaryException(string parameter, string message) : Exception(message)
    {
        public string Parameter { get; } = parameter;
    }
}
