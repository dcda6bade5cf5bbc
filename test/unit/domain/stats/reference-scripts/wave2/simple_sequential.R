# Evan Miller's simple sequential test: the exact one-sided false-positive rate for N planned conversions,
# by the reflection principle and, as a check, by a first-passage recursion over every conversion.
# Run: Rscript simple_sequential.R
options(digits = 17)
fpr <- function(N) { d <- ceiling(2 * sqrt(N)); pbinom(ceiling((N + d) / 2) - 1, N, 0.5, lower.tail = FALSE) + pbinom(ceiling((N + d + 1) / 2) - 1, N, 0.5, lower.tail = FALSE) }
passage <- function(N) {
  d <- ceiling(2 * sqrt(N)); prob <- c(1); lead <- 0; hit <- 0  # prob[k] = P(lead = k - 1 - offset, not yet stopped)
  dist <- setNames(1, '0')
  for (step in 1:N) {
    keys <- as.integer(names(dist)); nd <- numeric(0)
    for (i in seq_along(keys)) for (s in c(-1, 1)) { k <- as.character(keys[i] + s); nd[k] <- (if (is.na(nd[k])) 0 else nd[k]) + dist[[i]] / 2 }
    up <- as.integer(names(nd)) >= d; hit <- hit + sum(nd[up]); dist <- nd[!up]
  }
  hit
}
for (N in c(100, 400, 922, 1600)) cat(sprintf("  // N = %d: fpr = %.17g (pbinom form), first-passage recursion %.17g\n", N, fpr(N), passage(N)))
