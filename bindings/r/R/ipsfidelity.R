# Score IPS fidelity reviews through libipsfidelity.so (the .NET engine compiled with NativeAOT).

.state <- new.env(parent = emptyenv())

#' The native library the package loads: IPSFIDELITY_LIBRARY, else the copy bundled in the installed package.
library_path <- function() {
  override <- Sys.getenv("IPSFIDELITY_LIBRARY", "")
  if (nzchar(override)) override else system.file("lib", "libipsfidelity.so", package = "ipsfidelity")
}

load_native <- function() {
  if (isTRUE(.state$loaded)) return(invisible(TRUE))
  path <- library_path()
  if (!nzchar(path) || !file.exists(path)) {
    stop(ipsfidelity_error(list(kind = "internal", message = paste0(
      "the native library is missing: install the package with libipsfidelity.so in inst/lib, or set ",
      "IPSFIDELITY_LIBRARY (dotnet publish src/Ips.Core.Fidelity.Native -c Release)"))))
  }
  .Call(ipsf_load, normalizePath(path))
  .state$loaded <- TRUE
  invisible(TRUE)
}

# A condition of class ipsfidelity_<kind>_error and ipsfidelity_error: fields kind, message, path, parameter and
# errors (a list of coded errors: code, item, path, factId, specialist, value, message).
ipsfidelity_error <- function(error) {
  kind <- if (is.null(error$kind)) "internal" else error$kind
  codes <- vapply(error$errors %||% list(), function(e) e$code, "")
  message <- paste0(kind, if (!is.null(error$path)) paste0(" at ", error$path) else "", ": ", error$message,
                    if (length(codes)) paste0(" [", paste(codes, collapse = ", "), "]") else "")
  structure(
    class = c(paste0("ipsfidelity_", kind, "_error"), "ipsfidelity_error", "error", "condition"),
    list(message = message, call = NULL, kind = kind, path = error$path, parameter = error$parameter,
         errors = error$errors %||% list(), codes = codes, problems = error$problems %||% list()))
}

`%||%` <- function(a, b) if (is.null(a)) b else a

parse_answer <- function(answer) {
  document <- jsonlite::fromJSON(answer, simplifyVector = FALSE)
  if (is.list(document) && !is.null(document$error)) stop(ipsfidelity_error(document$error))
  document
}

checked_text <- function(answer) {
  if (startsWith(answer, "{")) {
    document <- tryCatch(jsonlite::fromJSON(answer, simplifyVector = FALSE), error = function(e) NULL)
    if (is.list(document) && !is.null(document$error)) stop(ipsfidelity_error(document$error))
  }
  answer
}

as_json <- function(document, name) {
  if (is.character(document) && length(document) == 1) return(enc2utf8(document))
  if (is.list(document)) return(as.character(jsonlite::toJSON(document, auto_unbox = TRUE, null = "null", digits = NA)))
  stop(name, " must be JSON text (one string) or a list (e.g. jsonlite::read_json(path, simplifyVector = FALSE))")
}

#' Scores one review: facts JSON text (or a list read with jsonlite::read_json(simplifyVector = FALSE)) -> the report
#' as a list. Bad input signals a condition of class ipsfidelity_error (ipsfidelity_facts_error with $errors, ...).
score <- function(facts, lang = NULL, scale = NULL) {
  load_native()
  parse_answer(.Call(ipsf_score, as_json(facts, "facts"), lang, scale))
}

#' Scores many reviews and returns a data.frame in the library's analysis layout: exactly the columns of the .NET
#' ScoresCsv (scale_id, scale_edition, ..., i01_caseload_size ..., section_*, rated_items, total, total_min,
#' total_max, level, level_label, warnings (plausibility warning codes joined by ;); `layout = "long"`: one row per review and item), one row per review in input order.
#' `reviews` is a data.frame with a `facts` column of JSON texts, a character vector of JSON texts, or a list of
#' documents. One bad review never fails the others: its row has error_kind, error_path, error_codes, error_message.
score_batch <- function(reviews, lang = NULL, scale = NULL, layout = "wide") {
  load_native()
  documents <- if (is.data.frame(reviews)) {
    if (!"facts" %in% names(reviews)) stop("a data.frame of reviews needs a `facts` column of JSON texts")
    as.list(reviews$facts)
  } else if (is.character(reviews)) {
    as.list(reviews)
  } else if (is.list(reviews)) {
    reviews
  } else {
    stop("reviews must be a data.frame with a `facts` column, a character vector of JSON texts or a list")
  }
  text <- paste0("[", paste(vapply(documents, as_json, "", name = "a review"), collapse = ","), "]")
  frame <- scores_frame(checked_text(.Call(ipsf_score_batch_csv, text, lang, layout, scale)))
  attr(frame, "failed") <- sum(!is.na(frame$error_kind))
  frame
}

#' Derives IPS-25 facts from a folder of record CSV files (docs/records-csv.md; the .NET FactDerivation, the same
#' ips_derive as Python's derive()) and scores them. The period ends on `period_end` (default the review date) and
#' starts on `period_start` (default six months before its end, plus a day); dates are "yyyy-mm-dd" strings or Dates.
#' Returns a list of data.frames: `facts` (one row per derived fact with its provenance: programme, item, fact_id,
#' specialist, kind, value, records, window_start, window_end, records_used, excluded as "reason:count|..."),
#' `scores` (the analysis layout of score_batch, one row per programme), `errors` (record errors: code, file, line,
#' column, column_name; codes and locations only, never a record's values), `findings` (programme, code,
#' property) and `not_derived` (items the source cannot give, never guessed: programme, item, missing (the fact's
#' code), missing_text, records (how many lack it; 0 when the source never has it), remedy (in `lang`) and
#' source_remedy (the source's own, in English)). `source` is "records" (default, the library's record files) or
#' "jobbsporet" (a Jobbsporet export, docs/jobbsporet.md). `as_frames = FALSE` returns the derivation document as a list. A missing folder or a bad date signals
#' an ipsfidelity_argument_error.
derive <- function(folder, review_date, period_start = NULL, period_end = NULL, lang = NULL, as_frames = TRUE,
                   source = NULL) {
  load_native()
  if (!is.character(folder) || length(folder) != 1 || is.na(folder)) stop("folder must be one path (a string)")
  day <- function(value, name) {
    if (is.null(value)) return(NULL)
    if (inherits(value, "Date")) value <- format(value, "%Y-%m-%d")
    if (!is.character(value) || length(value) != 1 || is.na(value)) stop(name, " must be one date, \"yyyy-mm-dd\" or a Date")
    value
  }
  options <- list(reviewDate = day(review_date, "review_date"), periodStart = day(period_start, "period_start"),
                  periodEnd = day(period_end, "period_end"), language = lang, source = source)
  options <- options[!vapply(options, is.null, TRUE)]
  document <- parse_answer(.Call(ipsf_derive, enc2utf8(path.expand(folder)),
                                 as.character(jsonlite::toJSON(options, auto_unbox = TRUE))))
  if (!isTRUE(as_frames)) return(document)
  list(facts = facts_frame(document$programmes), scores = scores_frame(document$scoresCsv),
       errors = errors_frame(document$errors), findings = findings_frame(document$programmes),
       not_derived = not_derived_frame(document$programmes))
}

# A list of records (lists) -> data.frame with exactly `columns` (names in the JSON: `fields`), NA for a missing field.
records_frame <- function(records, columns, fields = columns, integers = character()) {
  frame <- as.data.frame(setNames(lapply(seq_along(columns), function(i) {
    integer <- columns[i] %in% integers
    values <- vapply(records, function(r) {
      value <- r[[fields[i]]]
      if (is.null(value)) NA_character_ else as.character(value)
    }, "")
    if (integer) as.integer(values) else values
  }), columns), stringsAsFactors = FALSE)
  frame
}

facts_frame <- function(programmes) {
  rows <- unlist(lapply(programmes, function(p) lapply(p$provenance, function(f) {
    f$programme <- p$programme
    f$excluded <- paste(vapply(names(f$excluded), function(reason) paste0(reason, ":", f$excluded[[reason]]), ""), collapse = "|")
    f
  })), recursive = FALSE)
  records_frame(rows %||% list(),
                c("programme", "item", "fact_id", "specialist", "kind", "value", "records", "window_start", "window_end", "records_used", "excluded"),
                c("programme", "item", "factId", "specialist", "kind", "value", "records", "windowStart", "windowEnd", "recordsUsed", "excluded"),
                integers = c("item", "records_used"))
}

errors_frame <- function(errors) {
  records_frame(errors %||% list(), c("code", "file", "line", "column", "column_name"),
                c("code", "file", "line", "column", "columnName"), integers = c("line", "column"))
}

findings_frame <- function(programmes) {
  rows <- unlist(lapply(programmes, function(p) lapply(p$findings, function(f) c(list(programme = p$programme), f))), recursive = FALSE)
  records_frame(rows %||% list(), c("programme", "code", "property"))
}

not_derived_frame <- function(programmes) {
  rows <- unlist(lapply(programmes, function(p) lapply(p$notDerived, function(n) c(list(programme = p$programme), n))), recursive = FALSE)
  records_frame(rows %||% list(), c("programme", "item", "missing", "missing_text", "records", "remedy", "source_remedy"),
                c("programme", "item", "missing", "missingText", "records", "remedy", "sourceRemedy"),
                integers = c("item", "records"))
}

# Text columns of the scores CSV (bindings/python, _columns.py TEXT_COLUMNS); every other column is an integer.
text_columns <- c("scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date",
                  "period_start", "period_end", "item_code", "status", "level", "level_label",
                  "warnings", "error_kind", "error_path", "error_codes", "error_message")

# The scores CSV written by the engine -> data.frame; empty fields are NA, a programme called "NA" stays "NA".
scores_frame <- function(text) {
  header <- names(utils::read.csv(text = text, nrows = 0, check.names = FALSE))
  classes <- setNames(ifelse(header %in% text_columns, "character", "integer"), header)
  utils::read.csv(text = text, colClasses = classes, na.strings = "", check.names = FALSE,
                  stringsAsFactors = FALSE, encoding = "UTF-8")
}

#' The scale described as a list (lang NULL: every text in every language).
describe <- function(lang = NULL, scale = NULL) {
  load_native()
  parse_answer(.Call(ipsf_describe, lang, scale))
}

#' The JSON Schema of a "facts" or "batch" document, as JSON text.
schema <- function(kind = "facts", scale = NULL) {
  load_native()
  checked_text(.Call(ipsf_schema, kind, scale))
}

#' A report (list or JSON) or facts rendered as "text" or "markdown".
render <- function(review, lang = NULL, format = "text", scale = NULL) {
  load_native()
  checked_text(.Call(ipsf_render, as_json(review, "review"), lang, format, scale))
}

#' The native library's ABI, engine and library versions.
native_version <- function() {
  load_native()
  parse_answer(.Call(ipsf_version))
}
