test_that("score gives the engine's total and level for an example", {
  pinned <- Filter(function(r) r$file == "fair.json", expected_scores()$reviews)[[1]]
  report <- score(review_text("fair.json"), lang = "en")
  expect_equal(report$total$ratedSum, pinned$total)
  expect_equal(report$level$id, pinned$level)
  expect_equal(report$language, "en")
})

test_that("score takes JSON text or a list read with jsonlite alike", {
  path <- file.path(repo_root(), "examples", "reviews", "incomplete.json")
  expect_equal(score(jsonlite::read_json(path, simplifyVector = FALSE)), score(review_text("incomplete.json")))
})

test_that("invalid facts signal an ipsfidelity_facts_error with codes", {
  facts <- jsonlite::fromJSON(review_text("fair.json"), simplifyVector = FALSE)
  facts$items[[2]]$facts$employmentServicesTimePercent <- 150
  error <- tryCatch(score(facts), ipsfidelity_error = function(e) e)
  expect_s3_class(error, "ipsfidelity_facts_error")
  expect_equal(error$kind, "facts")
  expect_length(error$errors, 1)
  expect_equal(error$errors[[1]]$item, 2)
  expect_match(conditionMessage(error), error$codes[[1]], fixed = TRUE)
})

test_that("malformed JSON and an unknown language are typed errors", {
  expect_error(score("{\"schemaVersion\": 1, \"programme\": 5}"), class = "ipsfidelity_json_error")
  error <- tryCatch(score(review_text("fair.json"), lang = "de"), ipsfidelity_error = function(e) e)
  expect_s3_class(error, "ipsfidelity_argument_error")
  expect_equal(error$parameter, "language")
})

test_that("describe, schema, render and the version answer", {
  scale <- describe("en")
  expect_equal(scale$scaleId, "ips-25")
  expect_length(scale$items, 25)
  pinned <- paste0(paste(readLines(file.path(repo_root(), "docs", "schema", "ips-25.facts.schema.json"), encoding = "UTF-8"), collapse = "\n"), "\n")
  expect_equal(schema("facts"), pinned)
  expect_match(render(review_text("fair.json"), lang = "en", format = "markdown"), "^# IPS fidelity review")
  expect_error(render(review_text("fair.json"), format = "pdf"), class = "ipsfidelity_argument_error")
  expect_equal(native_version()$abiVersion, 1)
})
