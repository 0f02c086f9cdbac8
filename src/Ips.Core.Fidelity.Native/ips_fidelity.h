/*
 * ips_fidelity.h: the C ABI of libipsfidelity.so (Ips.Core.Fidelity compiled with NativeAOT). ABI version 1.
 *
 * Strings in and out are UTF-8 and NUL-terminated. Every function that returns char* returns a new string the caller
 * owns and must release with ips_free (exactly once). Answers are the JSON documents of
 * Ips.Core.Fidelity.Formats.Interop.FidelityInterop (render and compare: the rendered text), or an error document:
 *
 *   {"schemaVersion": 1, "error": {"kind": "json|facts|argument|scale|internal", "path"?, "parameter"?, "message",
 *                                  "errors"?: [{"code", "item"?, "path", "factId"?, "specialist"?, "value"?, "message"}],
 *                                  "problems"?: [{"code", "item"?, "path", "message"}]}}
 *
 * Nothing is thrown or aborts across the boundary: a NULL where text is required or bytes that are not UTF-8 give
 * kind "argument" (parameter names the argument), anything unexpected kind "internal". NULL is returned only when
 * memory for the answer cannot be allocated. language, format and scale_json may be NULL (the scale's default
 * language, "text", the embedded IPS-25 definition). All functions are thread-safe.
 *
 */
#ifndef IPS_FIDELITY_H
#define IPS_FIDELITY_H

#ifdef __cplusplus
extern "C" {
#endif

/* One review's facts document -> its report JSON. */
char* ips_score(const char* facts_json, const char* language, const char* scale_json);
/* A JSON array of facts documents -> one compact result per entry; one bad entry never fails the others. */
char* ips_score_batch(const char* batch_json, const char* language, const char* scale_json);
/* The same batch -> the analysis CSV of ScoresCsv (layout "wide" or NULL, or "long"), one row per entry in input
 * order, then error_kind, error_path, error_codes, error_message (filled for an entry that could not be scored). */
char* ips_score_batch_csv(const char* batch_json, const char* language, const char* layout, const char* scale_json);
/* A folder of record CSV files + {"reviewDate", "periodStart"?, "periodEnd"?, "language"?} -> record errors and
 * findings (codes and locations only), derived facts with provenance per programme, and "scoresCsv" (the wide CSV). */
char* ips_derive(const char* folder_path, const char* options_json);
/* A report or facts document -> the report as text or Markdown (format "text", "markdown" or "md"). */
char* ips_render(const char* json, const char* language, const char* format, const char* scale_json);
/* Two reviews (report or facts documents) -> what changed, as text or Markdown. */
char* ips_compare(const char* before_json, const char* after_json, const char* language, const char* format, const char* scale_json);
/* The scale described as JSON (language NULL: every text as {"nb": ..., "en": ...}). */
char* ips_describe(const char* language, const char* scale_json);
/* The JSON Schema of a "facts" (NULL) or "batch" document. */
char* ips_schema(const char* document, const char* scale_json);
/* 1 when result is an error document, else 0. Does not take ownership. */
int ips_is_error(const char* result);
/* {"schemaVersion": 1, "abiVersion": 1, "engineVersion": "...", "libraryVersion": "..."}; release with ips_free too. */
char* ips_version(void);
/* Releases a string returned by this library; NULL is ignored. */
void ips_free(char* text);

#ifdef __cplusplus
}
#endif

#endif
