options(digits = 17)
# Helpers referenced by the recorded calls (copied verbatim into the test files' header comments).
mk <- function(m, s, n) m + s * as.numeric(scale(seq_len(n)))
emit <- function(id, input, path, call, tol = 'rel') {
  v <- eval(parse(text = call), envir = globalenv())
  v <- unname(v)
  if (length(v) != 1) stop(paste('not scalar:', call))
  val <- if (is.na(v)) 'null' else if (v == 0) '0' else sprintf('%.17g', v)
  cat(sprintf("  { id: '%s', input: %s, path: '%s', expected: %s, tol: '%s', call: \"%s\" },\n", id, input, path, val, tol, gsub('"', '\\\\"', call)))
}
