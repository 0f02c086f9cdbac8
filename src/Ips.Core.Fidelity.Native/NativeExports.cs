using System.Runtime.InteropServices;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Native;

/// <summary>
/// The C ABI of <c>libipsfidelity.so</c> (declared in <c>ips_fidelity.h</c>): each export takes UTF-8, NUL-terminated
/// strings and returns a newly allocated UTF-8, NUL-terminated string that the caller releases with <c>ips_free</c>.
/// </summary>
/// <remarks>
/// Each entry point is a thin shell over one <see cref="FidelityInterop"/> method, so the answers (results and error
/// documents) are exactly the .NET ones. <see cref="Boundary"/> turns what only the boundary can get wrong (a null
/// pointer where text is required, text that is not UTF-8, an unexpected exception) into an error document too:
/// nothing is ever thrown across the boundary. All exports are thread-safe (FidelityInterop is).
/// <c>ips_derive</c> is the shell over <see cref="DerivationInterop.Derive"/> (record files → facts and scores).
/// </remarks>
internal static unsafe class NativeExports
{
    [UnmanagedCallersOnly(EntryPoint = "ips_score")]
    public static byte* Score(byte* factsJson, byte* language, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.ScoreReview(
            Boundary.Required(factsJson, "facts_json"), Boundary.Optional(language, "language"), Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_score_batch")]
    public static byte* ScoreBatch(byte* batchJson, byte* language, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.ScoreBatch(
            Boundary.Required(batchJson, "batch_json"), Boundary.Optional(language, "language"), Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_score_batch_csv")]
    public static byte* ScoreBatchCsv(byte* batchJson, byte* language, byte* layout, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.ScoreBatchCsv(
            Boundary.Required(batchJson, "batch_json"), Boundary.Optional(language, "language"), Boundary.Optional(layout, "layout"), Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_derive")]
    public static byte* Derive(byte* folderPath, byte* optionsJson) =>
        Boundary.Run(() => DerivationInterop.Derive(Boundary.Required(folderPath, "folder_path"), Boundary.Optional(optionsJson, "options_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_render")]
    public static byte* Render(byte* json, byte* language, byte* format, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.RenderReport(
            Boundary.Required(json, "json"), Boundary.Optional(language, "language"), Boundary.Optional(format, "format") ?? "text", Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_compare")]
    public static byte* Compare(byte* beforeJson, byte* afterJson, byte* language, byte* format, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.CompareReviews(
            Boundary.Required(beforeJson, "before_json"), Boundary.Required(afterJson, "after_json"), Boundary.Optional(language, "language"),
            Boundary.Optional(format, "format") ?? "text", Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_describe")]
    public static byte* Describe(byte* language, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.DescribeScale(Boundary.Optional(language, "language"), Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_schema")]
    public static byte* Schema(byte* document, byte* scaleJson) =>
        Boundary.Run(() => FidelityInterop.WriteSchema(Boundary.Optional(document, "document") ?? "facts", Boundary.Optional(scaleJson, "scale_json")));

    [UnmanagedCallersOnly(EntryPoint = "ips_is_error")]
    public static int IsError(byte* result)
    {
        try
        {
            return result is not null && FidelityInterop.IsError(Boundary.Required(result, "result")) ? 1 : 0;
        }
        catch (Exception)
        {
            return 0; // not readable as text, so not one of this library's answers
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ips_version")]
    public static byte* Version() => Boundary.Run(Boundary.VersionDocument);

    [UnmanagedCallersOnly(EntryPoint = "ips_free")]
    public static void Free(byte* text) => NativeMemory.Free(text);
}
