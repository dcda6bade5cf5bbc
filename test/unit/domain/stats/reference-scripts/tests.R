source('common.R')
zin <- function(n1, x1, n2, x2, alt = 'two-sided') sprintf("{ control: { visitors: %s, conversions: %s }, treatment: { visitors: %s, conversions: %s }, alternative: '%s' }", n1, x1, n2, x2, alt)
ralt <- c('two-sided' = 'two.sided', greater = 'greater', less = 'less')
zcase <- function(n1, x1, n2, x2, alt = 'two-sided', ci = TRUE) {
  inp <- zin(n1, x1, n2, x2, alt)
  pt <- sprintf("prop.test(c(%s, %s), c(%s, %s), correct = FALSE, alternative = '%s')", x2, x1, n2, n1, ralt[[alt]])
  emit('two-proportion-z-test', inp, 'pValue', sprintf('%s$p.value', pt))
  emit('two-proportion-z-test', inp, 'z', sprintf('sign(%s/%s - %s/%s) * sqrt(%s$statistic)', x2, n2, x1, n1, pt))
  if (ci) {
    emit('two-proportion-z-test', inp, 'ciLower', sprintf('%s$conf.int[1]', pt))
    emit('two-proportion-z-test', inp, 'ciUpper', sprintf('%s$conf.int[2]', pt))
  }
}
cat('// two-proportion-z-test\n')
zcase(10000, 1000, 10000, 1080)
zcase(10000, 1000, 10000, 1080, 'greater', FALSE)
zcase(10000, 1000, 10000, 1080, 'less', FALSE)
zcase(12, 3, 10, 7)
zcase(1e7, 1e6, 1e7, 1003000)
zcase(1e6, 1e5, 1e6, 110000)
zcase(1e6, 1e5, 1e6, 110000, 'greater', FALSE)
zcase(1e7, 1e6, 1e7, 1048300)
zcase(200, 0, 200, 5)
zcase(50, 50, 60, 54)
emit('two-proportion-z-test', zin(10000, 1000, 10000, 1080), 'seUnpooled', 'sqrt(0.1*0.9/10000 + 0.108*0.892/10000)')
emit('two-proportion-z-test', zin(10000, 1000, 10000, 1080), 'sePooled', 'sqrt(0.104*0.896*(1/10000 + 1/10000))')

tin <- function(m1, s1, n1, m2, s2, n2, alt = 'two-sided') sprintf("{ control: { mean: %s, sd: %s, n: %s }, treatment: { mean: %s, sd: %s, n: %s }, alternative: '%s' }", m1, s1, n1, m2, s2, n2, alt)
tcase <- function(m1, s1, n1, m2, s2, n2, alt = 'two-sided', eq = FALSE) {
  id <- if (eq) 'student-t-test' else 'welch-t-test'
  inp <- tin(m1, s1, n1, m2, s2, n2, alt)
  tt <- sprintf("t.test(mk(%s, %s, %s), mk(%s, %s, %s), var.equal = %s, alternative = '%s')", m2, s2, n2, m1, s1, n1, eq, ralt[[alt]])
  emit(id, inp, 't', sprintf('%s$statistic', tt))
  emit(id, inp, 'df', sprintf('%s$parameter', tt))
  emit(id, inp, 'pValue', sprintf('%s$p.value', tt))
  emit(id, inp, 'se', sprintf('%s$stderr', tt))
  if (alt == 'two-sided') {
    emit(id, inp, 'ciLower', sprintf('%s$conf.int[1]', tt))
    emit(id, inp, 'ciUpper', sprintf('%s$conf.int[2]', tt))
  }
}
cat('// welch-t-test and student-t-test\n')
for (eq in c(FALSE, TRUE)) {
  tcase(52.3, 14.1, 400, 54.8, 15.6, 380, eq = eq)
  tcase(52.3, 14.1, 400, 54.8, 15.6, 380, 'greater', eq)
  tcase(52.3, 14.1, 400, 54.8, 15.6, 380, 'less', eq)
  tcase(10, 2, 2, 13, 1, 3, eq = eq)
  tcase(5, 1, 1000, 6.5, 1.2, 900, eq = eq)
  tcase(5, 1, 1000, 6.5, 1.2, 900, 'greater', eq)
}
emit('student-t-test', tin(52.3, 14.1, 400, 54.8, 15.6, 380), 'pooledSd', 'sqrt((399*14.1^2 + 379*15.6^2)/778)')

oin <- function(m, s, n, mu0, alt = 'two-sided') sprintf("{ sample: { mean: %s, sd: %s, n: %s }, mu0: %s, alternative: '%s' }", m, s, n, mu0, alt)
ocase <- function(m, s, n, mu0, alt = 'two-sided') {
  inp <- oin(m, s, n, mu0, alt)
  tt <- sprintf("t.test(mk(%s, %s, %s), mu = %s, alternative = '%s')", m, s, n, mu0, ralt[[alt]])
  emit('one-sample-t-test', inp, 't', sprintf('%s$statistic', tt))
  emit('one-sample-t-test', inp, 'pValue', sprintf('%s$p.value', tt))
  emit('one-sample-t-test', inp, 'se', sprintf('%s$stderr', tt))
  if (alt == 'two-sided') {
    emit('one-sample-t-test', inp, 'ciLower', sprintf('%s$conf.int[1]', tt))
    emit('one-sample-t-test', inp, 'ciUpper', sprintf('%s$conf.int[2]', tt))
  }
}
cat('// one-sample-t-test\n')
ocase(103.2, 11.5, 25, 100)
ocase(103.2, 11.5, 25, 100, 'greater')
ocase(103.2, 11.5, 25, 100, 'less')
ocase(0.3, 1, 2, 0)
ocase(1, 0.5, 200, 0)

cat('// chi-square-independence\n')
chin <- function(rows, yates) sprintf('{ table: %s, yatesCorrection: %s }', rows, tolower(yates))
chcase <- function(rows, rmat, yates, expected_cell = NULL) {
  inp <- chin(rows, yates)
  ct <- sprintf('chisq.test(%s, correct = %s)', rmat, yates)
  emit('chi-square-independence', inp, 'statistic', sprintf('%s$statistic', ct))
  emit('chi-square-independence', inp, 'df', sprintf('%s$parameter', ct))
  emit('chi-square-independence', inp, 'pValue', sprintf('%s$p.value', ct))
  if (!is.null(expected_cell)) emit('chi-square-independence', inp, sprintf('expected.%d.%d', expected_cell[1] - 1, expected_cell[2] - 1), sprintf('%s$expected[%d, %d]', ct, expected_cell[1], expected_cell[2]))
}
chcase('[[120, 880], [150, 850]]', 'matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE)', FALSE, c(1, 1))
chcase('[[120, 880], [150, 850]]', 'matrix(c(120, 880, 150, 850), nrow = 2, byrow = TRUE)', TRUE)
chcase('[[3, 1], [1, 3]]', 'matrix(c(3, 1, 1, 3), nrow = 2, byrow = TRUE)', TRUE)
chcase('[[10, 10], [10, 11]]', 'matrix(c(10, 10, 10, 11), nrow = 2, byrow = TRUE)', TRUE)
chcase('[[20, 30, 50], [35, 25, 40], [10, 40, 60]]', 'matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE)', FALSE, c(3, 2))
chcase('[[20, 30, 50], [35, 25, 40], [10, 40, 60]]', 'matrix(c(20, 30, 50, 35, 25, 40, 10, 40, 60), nrow = 3, byrow = TRUE)', TRUE)
chcase('[[1400, 600], [600, 1400]]', 'matrix(c(1400, 600, 600, 1400), nrow = 2, byrow = TRUE)', FALSE)

cat('// srm-check\n')
srin <- function(obs, p) sprintf('{ observed: %s, expectedRatios: %s }', obs, p)
srcase <- function(obs, p, robs, rp) {
  inp <- srin(obs, p)
  ct <- sprintf('chisq.test(%s, p = %s)', robs, rp)
  emit('srm-check', inp, 'statistic', sprintf('%s$statistic', ct))
  emit('srm-check', inp, 'df', sprintf('%s$parameter', ct))
  emit('srm-check', inp, 'pValue', sprintf('%s$p.value', ct))
  emit('srm-check', inp, 'expectedCounts.0', sprintf('%s$expected[1]', ct))
}
srcase('[50120, 49480]', '[0.5, 0.5]', 'c(50120, 49480)', 'c(0.5, 0.5)')
srcase('[10000, 10000, 9500]', '[0.34, 0.33, 0.33]', 'c(10000, 10000, 9500)', 'c(0.34, 0.33, 0.33)')
srcase('[5010000, 4990000]', '[0.5, 0.5]', 'c(5010000, 4990000)', 'c(0.5, 0.5)')
srcase('[9000, 1100]', '[0.9, 0.1]', 'c(9000, 1100)', 'c(0.9, 0.1)')
srcase('[5050000, 4950000]', '[0.5, 0.5]', 'c(5050000, 4950000)', 'c(0.5, 0.5)')
