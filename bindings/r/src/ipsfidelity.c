/*
 * .Call glue over libipsfidelity.so (src/Ips.Core.Fidelity.Native/ips_fidelity.h). The library is opened with dlopen
 * on first use (its path comes from R: IPSFIDELITY_LIBRARY or the copy bundled in inst/lib), so the package builds
 * without it. Every answer is copied into an R string (UTF-8) and released with ips_free at once.
 */
#include <dlfcn.h>
#include <string.h>
#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>

typedef char* (*fn0)(void);
typedef char* (*fn2)(const char*, const char*);
typedef char* (*fn3)(const char*, const char*, const char*);
typedef char* (*fn4)(const char*, const char*, const char*, const char*);
typedef void (*free_fn)(char*);

static void* handle = NULL;
static fn3 p_score, p_score_batch;
static fn4 p_render, p_score_batch_csv;
static fn2 p_describe, p_schema, p_derive;
static fn0 p_version;
static free_fn p_free;

static void* symbol(const char* name) {
    void* found = dlsym(handle, name);
    if (found == NULL) Rf_error("ipsfidelity: %s is not in the native library (%s)", name, dlerror());
    return found;
}

SEXP ipsf_load(SEXP path) {
    if (handle != NULL) return Rf_ScalarLogical(1);
    if (!Rf_isString(path) || Rf_length(path) != 1) Rf_error("ipsfidelity: the library path must be one string");
    void* opened = dlopen(Rf_translateCharUTF8(STRING_ELT(path, 0)), RTLD_NOW | RTLD_LOCAL);
    if (opened == NULL) Rf_error("ipsfidelity: the native library does not load: %s", dlerror());
    handle = opened;
    p_score = (fn3)symbol("ips_score");
    p_score_batch = (fn3)symbol("ips_score_batch");
    p_score_batch_csv = (fn4)symbol("ips_score_batch_csv");
    p_render = (fn4)symbol("ips_render");
    p_describe = (fn2)symbol("ips_describe");
    p_schema = (fn2)symbol("ips_schema");
    p_derive = (fn2)symbol("ips_derive");
    p_version = (fn0)symbol("ips_version");
    p_free = (free_fn)symbol("ips_free");
    return Rf_ScalarLogical(1);
}

/* NULL or NA -> NULL (the library's default); else the string in UTF-8. */
static const char* arg(SEXP value) {
    if (Rf_isNull(value)) return NULL;
    if (!Rf_isString(value) || Rf_length(value) != 1) Rf_error("ipsfidelity: arguments must be single strings or NULL");
    if (STRING_ELT(value, 0) == NA_STRING) return NULL;
    return Rf_translateCharUTF8(STRING_ELT(value, 0));
}

static SEXP answer(char* text) {
    if (text == NULL) Rf_error("ipsfidelity: the native library could not allocate its answer");
    /* Copy first, release at once: mkCharCE may raise an R error, which must not leak the native string. */
    size_t length = strlen(text);
    char* copy = R_alloc(length + 1, 1);
    memcpy(copy, text, length + 1);
    p_free(text);
    return Rf_ScalarString(Rf_mkCharLenCE(copy, (int)length, CE_UTF8));
}

static void loaded(void) {
    if (handle == NULL) Rf_error("ipsfidelity: the native library is not loaded (call ipsfidelity:::load_native())");
}

SEXP ipsf_score(SEXP json, SEXP language, SEXP scale) {
    loaded();
    return answer(p_score(arg(json), arg(language), arg(scale)));
}

SEXP ipsf_score_batch(SEXP json, SEXP language, SEXP scale) {
    loaded();
    return answer(p_score_batch(arg(json), arg(language), arg(scale)));
}

SEXP ipsf_score_batch_csv(SEXP json, SEXP language, SEXP layout, SEXP scale) {
    loaded();
    return answer(p_score_batch_csv(arg(json), arg(language), arg(layout), arg(scale)));
}

SEXP ipsf_render(SEXP json, SEXP language, SEXP format, SEXP scale) {
    loaded();
    return answer(p_render(arg(json), arg(language), arg(format), arg(scale)));
}

SEXP ipsf_describe(SEXP language, SEXP scale) {
    loaded();
    return answer(p_describe(arg(language), arg(scale)));
}

SEXP ipsf_schema(SEXP document, SEXP scale) {
    loaded();
    return answer(p_schema(arg(document), arg(scale)));
}

SEXP ipsf_derive(SEXP folder, SEXP options) {
    loaded();
    return answer(p_derive(arg(folder), arg(options)));
}

SEXP ipsf_version(void) {
    loaded();
    return answer(p_version());
}

static const R_CallMethodDef methods[] = {
    {"ipsf_load", (DL_FUNC)&ipsf_load, 1},
    {"ipsf_score", (DL_FUNC)&ipsf_score, 3},
    {"ipsf_score_batch", (DL_FUNC)&ipsf_score_batch, 3},
    {"ipsf_score_batch_csv", (DL_FUNC)&ipsf_score_batch_csv, 4},
    {"ipsf_render", (DL_FUNC)&ipsf_render, 4},
    {"ipsf_describe", (DL_FUNC)&ipsf_describe, 2},
    {"ipsf_schema", (DL_FUNC)&ipsf_schema, 2},
    {"ipsf_derive", (DL_FUNC)&ipsf_derive, 2},
    {"ipsf_version", (DL_FUNC)&ipsf_version, 0},
    {NULL, NULL, 0}};

void R_init_ipsfidelity(DllInfo* info) {
    R_registerRoutines(info, NULL, methods, NULL, NULL);
    R_useDynamicSymbols(info, FALSE);
}
