batch_texts <- function() vapply(expected_scores()$reviews, function(r) review_text(r$file), "")
error_columns <- c("error_kind", "error_path", "error_codes", "error_message")

for (layout in c("wide", "long")) {
  test_that(paste("score_batch is the .NET ScoresCsv, column for column:", layout), {
    frame <- score_batch(batch_texts(), lang = "en", layout = layout)
    pinned <- expected_scores_csv(layout)
    expect_equal(names(frame), c(names(pinned), error_columns))
    # engine_version carries the build's commit; the pinned file writes it as {engine_version}.
    keep <- setdiff(names(pinned), "engine_version")
    expect_equal(frame[keep], pinned[keep])
    expect_true(all(!is.na(frame$engine_version)))
    expect_true(all(is.na(as.matrix(frame[error_columns]))))
  })
}

test_that("score_batch gives the .NET engine's scores for the example batch", {
  expected <- expected_scores()$reviews
  frame <- score_batch(data.frame(facts = batch_texts(), stringsAsFactors = FALSE), lang = "en")
  items <- grep("^i[0-9]{2}_", names(frame), value = TRUE)
  expect_equal(length(items), 25)
  expect_equal(frame$programme, vapply(expected, function(r) r$programme, ""))
  for (i in seq_along(expected)) {
    pinned <- expected[[i]]
    expect_equal(frame$total[i], if (pinned$complete) pinned$total else NA_integer_)
    expect_equal(c(frame$total_min[i], frame$total_max[i]), c(pinned$lowestPossible, pinned$highestPossible))
    expect_equal(frame$level[i], if (is.null(pinned$level)) NA_character_ else pinned$level)
    for (column in items) {
      score <- pinned$scores[[as.character(as.integer(substr(column, 2, 3)))]]
      expect_equal(frame[[column]][i], if (is.null(score)) NA_integer_ else as.integer(score), label = paste(pinned$file, column))
    }
  }
})

test_that("the columns are valid names in R and Stata and are the Python package's", {
  frame <- score_batch(batch_texts())
  expect_true(all(grepl("^[a-z][a-z0-9_]{0,31}$", names(frame))))
  expect_equal(make.names(names(frame)), names(frame))
  expect_equal(names(frame)[1:9], c("scale_id", "scale_edition", "scale_revision", "engine_version", "programme",
                                    "review_date", "period_start", "period_end", "i01_caseload_size"))
  expect_type(frame$i01_caseload_size, "integer")
  expect_true(all(frame$scale_id == "ips-25"))
})

test_that("one bad review never fails the others", {
  texts <- batch_texts()
  frame <- score_batch(c(texts[1], "{\"schemaVersion\": 1}", texts[2]))
  expect_equal(is.na(frame$error_kind), c(TRUE, FALSE, TRUE))
  expect_equal(frame$error_kind[2], "json")
  expect_true(is.na(frame$total[2]))
  expect_equal(attr(frame, "failed"), 1)
})

test_that("an unknown layout is an ipsfidelity_error", {
  expect_error(score_batch(batch_texts(), layout = "diagonal"), class = "ipsfidelity_error")
})

test_that("plausibility warnings are a text column of stable codes", {
  fraction <- '{"schemaVersion": 1, "programme": "Team Test", "reviewDate": "2026-10-01", "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 0.92}}]}'
  clean <- '{"schemaVersion": 1, "programme": "Team Ok", "reviewDate": "2026-10-01", "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 92}}]}'
  frame <- score_batch(c(fraction, clean))
  expect_type(frame$warnings, "character")
  expect_equal(frame$warnings, c("2:Warning.PercentLooksLikeFraction", NA_character_))
})
