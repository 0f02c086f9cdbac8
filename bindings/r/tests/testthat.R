library(testthat)
library(ipsfidelity)
test_check("ipsfidelity")
