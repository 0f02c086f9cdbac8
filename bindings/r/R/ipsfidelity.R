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

#' Scores many reviews and returns a data.frame, one row per review in input order. `reviews` is a data.frame with a
#' `facts` column of JSON texts, a character vector of JSON texts, or a list of documents. One bad review never fails
#' the others: its row has error_kind, error_path, error_message and error_codes.
score_batch <- function(reviews, lang = NULL, scale = NULL) {
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
  batch_frame(parse_answer(.Call(ipsf_score_batch, text, lang, scale)))
}

# The batch document -> data.frame, with the same column names as the Python package (bindings/python, _columns.py).
batch_frame <- function(batch) {
  int_or_na <- function(x) if (is.null(x)) NA_integer_ else as.integer(x)
  chr_or_na <- function(x) if (is.null(x)) NA_character_ else as.character(x)
  rows <- lapply(batch$results, function(result) {
    error <- result$error
    row <- list(
      scale_id = chr_or_na(batch$scaleId), edition = chr_or_na(batch$edition), revision = chr_or_na(batch$revision),
      engine_version = chr_or_na(batch$engineVersion), index = int_or_na(result$index),
      programme = chr_or_na(result$programme), review_date = chr_or_na(result$reviewDate),
      complete = if (is.null(result$complete)) NA else isTRUE(result$complete),
      rated_items = int_or_na(result$ratedItems), item_count = int_or_na(result$itemCount),
      # total only when every item is rated; rated_sum is the sum of the rated items, total_min/max the range.
      total = if (isTRUE(result$complete)) int_or_na(result$total) else NA_integer_, rated_sum = int_or_na(result$total),
      total_min = int_or_na(result$lowestPossible), total_max = int_or_na(result$highestPossible),
      level = chr_or_na(result$level$id), level_name = chr_or_na(result$level$name))
    for (section in result$sections) {
      row[[paste0("section_", gsub("[^a-z0-9]", "_", tolower(section$section)))]] <- int_or_na(section$ratedSum)
    }
    for (item in names(result$scores)) {
      row[[sprintf("i%02d", as.integer(item))]] <- int_or_na(result$scores[[item]])
    }
    row$not_rated <- paste(unlist(result$notRated), collapse = "|")
    row$invalid <- paste(unlist(result$invalid), collapse = "|")
    row$error_kind <- chr_or_na(error$kind)
    row$error_path <- chr_or_na(error$path)
    row$error_message <- chr_or_na(error$message)
    row$error_codes <- if (is.null(error)) NA_character_ else paste(vapply(error$errors %||% list(), function(e) e$code, ""), collapse = "|")
    row
  })
  columns <- unique(unlist(lapply(rows, names)))
  frame <- as.data.frame(setNames(lapply(columns, function(column) {
    values <- lapply(rows, function(row) row[[column]])
    template <- Filter(Negate(is.null), values)[[1]]
    vapply(values, function(v) if (is.null(v)) template[NA_integer_] else v, template)
  }), columns), stringsAsFactors = FALSE)
  attr(frame, "scored") <- batch$scored
  attr(frame, "failed") <- batch$failed
  frame
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
