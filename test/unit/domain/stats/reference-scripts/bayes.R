source('common.R')
cat('// bayesian-ab: P(B > A) by the exact sum (Evan Miller), expected loss by the Stucchio identity\n')
# prob(aA, bA, aB, bB): exact for integer aB
bin <- function(n1, x1, n2, x2, prior = NULL) if (is.null(prior)) sprintf('{ control: { visitors: %s, conversions: %s }, treatment: { visitors: %s, conversions: %s } }', n1, x1, n2, x2) else sprintf('{ control: { visitors: %s, conversions: %s }, treatment: { visitors: %s, conversions: %s }, prior: { alpha: %s, beta: %s } }', n1, x1, n2, x2, prior[1], prior[2])
prob <- 'function(aA, bA, aB, bB) { i <- 0:(aB - 1); sum(exp(lbeta(aA + i, bB + bA) - log(bB + i) - lbeta(1 + i, bB) - lbeta(aA, bA))) }'
bcase <- function(n1, x1, n2, x2) {
  inp <- bin(n1, x1, n2, x2)
  aA <- 1 + x1; bA <- 1 + n1 - x1; aB <- 1 + x2; bB <- 1 + n2 - x2
  emit('bayesian-ab', inp, 'probBBeatsA', sprintf('(%s)(%s, %s, %s, %s)', prob, aA, bA, aB, bB), 'prob')
  emit('bayesian-ab', inp, 'expectedLossChoosingA', sprintf('local({ h <- %s; %s/%s*h(%s, %s, %s, %s) - %s/%s*h(%s, %s, %s, %s) })', prob, aB, aB + bB, aA, bA, aB + 1, bB, aA, aA + bA, aA + 1, bA, aB, bB), 'loss')
  emit('bayesian-ab', inp, 'expectedLossChoosingB', sprintf('local({ h <- %s; %s/%s*(1 - h(%s, %s, %s, %s)) - %s/%s*(1 - h(%s, %s, %s, %s)) })', prob, aA, aA + bA, aA + 1, bA, aB, bB, aB, aB + bB, aA, bA, aB + 1, bB), 'loss')
}
bcase(1000, 100, 1000, 120)
bcase(10000, 1000, 10000, 1080)
bcase(20, 0, 20, 0)
bcase(30, 30, 30, 28)
bcase(5, 1, 7, 4)
bcase(1e7, 1e6, 1e7, 1001000)
bcase(1e7, 10000, 1e7, 10300)
bcase(1e7, 1e6, 1000, 120)
cat('// non-integer prior: numerical integration in R\n')
inp <- bin(40, 3, 45, 9, c(0.5, 0.5))
emit('bayesian-ab', inp, 'probBBeatsA', 'integrate(function(x) dbeta(x, 3.5, 37.5)*pbeta(x, 9.5, 36.5, lower.tail = FALSE), 0, 1, rel.tol = 1e-12)$value', 'prob')
emit('bayesian-ab', inp, 'expectedLossChoosingA', 'integrate(Vectorize(function(x) dbeta(x, 3.5, 37.5)*integrate(function(y) (y - x)*dbeta(y, 9.5, 36.5), x, 1, rel.tol = 1e-12)$value), 0, 1, rel.tol = 1e-10)$value', 'loss')
inp <- bin(10, 0, 10, 1, c(0.5, 0.5))
emit('bayesian-ab', inp, 'probBBeatsA', 'integrate(function(x) dbeta(x, 0.5, 10.5)*pbeta(x, 1.5, 9.5, lower.tail = FALSE), 0, 1, rel.tol = 1e-12)$value', 'prob')
