# The repository root (examples/reviews, bindings/expected): IPS_REPO_ROOT, else the nearest ancestor that has them.
repo_root <- function() {
  root <- Sys.getenv("IPS_REPO_ROOT", "")
  if (nzchar(root)) return(normalizePath(root))
  dir <- normalizePath(getwd())
  repeat {
    if (file.exists(file.path(dir, "examples", "reviews", "fair.json"))) return(dir)
    parent <- dirname(dir)
    if (identical(parent, dir)) stop("set IPS_REPO_ROOT to the Ips.Core checkout")
    dir <- parent
  }
}

review_text <- function(file) paste(readLines(file.path(repo_root(), "examples", "reviews", file), encoding = "UTF-8", warn = FALSE), collapse = "\n")

expected_scores <- function() {
  jsonlite::read_json(file.path(repo_root(), "bindings", "expected", "examples-scores.verified.txt"), simplifyVector = FALSE)
}

# ScoresCsv's own CSV of the example batch (BindingsExpectedScoresTests), read as score_batch reads its CSV.
expected_scores_csv <- function(layout) {
  path <- file.path(repo_root(), "bindings", "expected", paste0("examples-scores-", layout, ".verified.txt"))
  ipsfidelity:::scores_frame(paste(readLines(path, encoding = "UTF-8", warn = FALSE), collapse = "\n"))
}
