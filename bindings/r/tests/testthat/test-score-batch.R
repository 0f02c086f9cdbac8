batch_texts <- function() vapply(expected_scores()$reviews, function(r) review_text(r$file), "")

test_that("score_batch gives the .NET engine's scores for the example batch", {
  expected <- expected_scores()$reviews
  frame <- score_batch(data.frame(facts = batch_texts(), stringsAsFactors = FALSE), lang = "en")
  expect_s3_class(frame, "data.frame")
  expect_equal(nrow(frame), length(expected))
  expect_equal(frame$programme, vapply(expected, function(r) r$programme, ""))
  for (i in seq_along(expected)) {
    pinned <- expected[[i]]
    expect_equal(frame$rated_sum[i], pinned$total)
    expect_equal(frame$total[i], if (pinned$complete) pinned$total else NA_integer_)
    expect_equal(c(frame$total_min[i], frame$total_max[i]), c(pinned$lowestPossible, pinned$highestPossible))
    expect_equal(frame$complete[i], pinned$complete)
    expect_equal(frame$level[i], if (is.null(pinned$level)) NA_character_ else pinned$level)
    for (item in names(pinned$scores)) {
      score <- pinned$scores[[item]]
      expect_equal(frame[[sprintf("i%02d", as.integer(item))]][i], if (is.null(score)) NA_integer_ else as.integer(score),
                   label = paste(pinned$file, "item", item))
    }
  }
})

test_that("the columns are valid names in R and Stata and match the Python package's", {
  frame <- score_batch(batch_texts())
  expect_true(all(grepl("^[a-z][a-z0-9_]{0,31}$", names(frame))))
  expect_equal(make.names(names(frame)), names(frame))
  expect_equal(grep("^i[0-9]{2}$", names(frame), value = TRUE), sprintf("i%02d", 1:25))
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

test_that("the columns are in the order the Python package gives", {
  # The same list as LEADING_COLUMNS in bindings/python/tests/test_batch.py.
  leading <- c("scale_id", "edition", "revision", "engine_version", "index", "programme", "review_date", "complete",
               "rated_items", "item_count", "total", "rated_sum", "total_min", "total_max", "level", "level_name")
  frame <- score_batch(batch_texts())
  expect_equal(names(frame)[seq_along(leading)], leading)
  expect_equal(tail(names(frame), 6), c("not_rated", "invalid", "error_kind", "error_path", "error_message", "error_codes"))
})
