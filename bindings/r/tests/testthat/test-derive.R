records_folder <- function() file.path(repo_root(), "examples", "data", "records")

test_that("derive gives facts with provenance and scores in the analysis layout", {
  result <- derive(records_folder(), "2024-12-31", lang = "en")
  document <- derive(records_folder(), "2024-12-31", lang = "en", as_frames = FALSE)
  programmes <- vapply(document$programmes, function(p) p$programme, "")

  expect_named(result, c("facts", "scores", "errors", "findings", "not_derived"))
  expect_true(length(programmes) > 0)
  expect_equal(nrow(result$scores), length(programmes))
  expect_equal(result$scores$programme, programmes)
  expect_equal(names(result$scores)[9], "i01_caseload_size")
  expect_equal(names(result$facts), c("programme", "item", "fact_id", "specialist", "kind", "value", "records",
                                      "window_start", "window_end", "records_used", "excluded"))
  expect_equal(nrow(result$facts), sum(vapply(document$programmes, function(p) length(p$provenance), 0L)))
  expect_setequal(unique(result$facts$programme), programmes)
  expect_type(result$facts$item, "integer")
  expect_type(result$facts$records_used, "integer")
  expect_true(all(!is.na(result$facts$window_start)))
  expect_true(all(grepl("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", result$facts$window_end)))
  expect_equal(names(result$errors), c("code", "file", "line", "column", "column_name"))
  expect_equal(names(result$findings), c("programme", "code", "property"))
})

test_that("each fact row is the document's provenance entry, excluded counts included", {
  document <- derive(records_folder(), "2024-12-31", as_frames = FALSE)
  facts <- derive(records_folder(), "2024-12-31")$facts
  first <- document$programmes[[1]]$provenance[[1]]
  expect_equal(facts$fact_id[1], first$factId)
  expect_equal(facts$value[1], first$value)
  expect_equal(facts$records_used[1], as.integer(first$recordsUsed))
  excluded <- unlist(lapply(document$programmes, function(p) lapply(p$provenance, function(f) length(f$excluded))))
  expect_equal(facts$excluded == "", excluded == 0)
  expect_true(all(grepl("^([A-Za-z]+:[0-9]+(\\|[A-Za-z]+:[0-9]+)*)?$", facts$excluded)))
})

test_that("derived scores are the engine's scores of the derived facts", {
  document <- derive(records_folder(), "2024-12-31", lang = "en", as_frames = FALSE)
  scores <- derive(records_folder(), "2024-12-31", lang = "en")$scores
  # The facts documents are the .NET derivation's (DerivationInteropTests pins them to FactDerivation.Derive).
  rescored <- score_batch(lapply(document$programmes, function(p) p$facts), lang = "en")
  expect_equal(scores, rescored[names(scores)], ignore_attr = TRUE)
})

test_that("the period can be given, as text or Dates", {
  short <- derive(records_folder(), as.Date("2024-12-31"), period_start = "2024-10-01", period_end = as.Date("2024-12-31"))
  expect_true(all(short$scores$period_start == "2024-10-01"))
  expect_true(all(short$scores$period_end == "2024-12-31"))
})

test_that("a missing folder or a bad date is an ipsfidelity_argument_error", {
  expect_error(derive(file.path(records_folder(), "nowhere"), "2024-12-31"), class = "ipsfidelity_argument_error")
  expect_error(derive(records_folder(), "2024-13-01"), class = "ipsfidelity_argument_error")
})

test_that("a Jobbsporet export names each item not derived, with fact, count and remedy in the chosen language", {
  export <- file.path(repo_root(), "examples", "data", "jobbsporet")
  nb <- derive(export, "2026-06-30", source = "jobbsporet", lang = "nb")$not_derived
  en <- derive(export, "2026-06-30", source = "jobbsporet", lang = "en")$not_derived
  expect_equal(names(nb), c("programme", "item", "missing", "missing_text", "records", "remedy", "source_remedy"))
  item4 <- en[en$item == 4L, ][1, ]
  expect_equal(item4$missing, "TreatmentTeamAssignment")
  expect_identical(item4$records, 0L)
  expect_match(item4$remedy, "^The reviewer supplies")
  expect_match(nb[nb$item == 4L, "remedy"][1], "^Vurdereren oppgir")
  expect_match(item4$source_remedy, "Behandlingsteam")
  facts <- derive(export, "2026-06-30", source = "jobbsporet")$facts
  expect_false(any(facts$item == 4L))
  expect_equal(nrow(derive(records_folder(), "2024-12-31")$not_derived), 0L)
})
