source('common.R')
# cohensH helpers are spelled out inside each call.
ralt <- c('two-sided' = 'two.sided', 'one-sided' = 'one.sided')
ssin <- function(p1, mde, type, alpha, power, alt) sprintf("{ baselineRate: %s, mde: %s, mdeType: '%s', alpha: %s, power: %s, alternative: '%s' }", p1, mde, type, alpha, power, alt)
sscase <- function(p1, mde, type, alpha, power, alt) {
  p2 <- if (type == 'absolute') p1 + mde else p1 * (1 + mde)
  p2s <- if (type == 'absolute') sprintf('%s + %s', p1, mde) else sprintf('%s * (1 + %s)', p1, mde)
  inp <- ssin(p1, mde, type, alpha, power, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  za <- sprintf('qnorm(%s/%d, lower.tail = FALSE)', alpha, sides)
  zb <- sprintf('qnorm(%s)', power)
  emit('sample-size-proportions', inp, 'byMethod.pooled.nExact', sprintf("power.prop.test(p1 = %s, p2 = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-13)$n", p1, p2s, alpha, power, ralt[[alt]]))
  h <- sprintf('(2*asin(sqrt(%s)) - 2*asin(sqrt(%s)))', p2s, p1)
  emit('sample-size-proportions', inp, 'byMethod.cohensHNearTail.nExact', sprintf('2*(%s + %s)^2/%s^2', za, zb, h))
  emit('sample-size-proportions', inp, 'byMethod.cohensH.effectSizeH', h)
  both <- if (sides == 2) sprintf(' + pnorm(-abs(%s)*sqrt(n/2) - %s)', h, za) else ''
  emit('sample-size-proportions', inp, 'byMethod.cohensH.nExact', sprintf('uniroot(function(n) pnorm(abs(%s)*sqrt(n/2) - %s)%s - %s, c(1e-6, 1e9), tol = 1e-11)$root', h, za, both, power))
  v <- sprintf('(%s*(1-%s) + (%s)*(1-(%s)))', p1, p1, p2s, p2s)
  emit('sample-size-proportions', inp, 'byMethod.baselineVariance.nExact', sprintf('(%s*sqrt(2*%s*(1-%s)) + %s*sqrt(%s))^2/((%s) - %s)^2', za, p1, p1, zb, v, p2s, p1))
  emit('sample-size-proportions', inp, 'byMethod.unpooled.nExact', sprintf('(%s + %s)^2*%s/((%s) - %s)^2', za, zb, v, p2s, p1))
  emit('sample-size-proportions', inp, 'byMethod.pooled.nPerArm', sprintf("ceiling(power.prop.test(p1 = %s, p2 = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-13)$n)", p1, p2s, alpha, power, ralt[[alt]]))
}
cat('// sample-size-proportions\n')
sscase(0.1, 0.1, 'relative', 0.05, 0.8, 'two-sided')
sscase(0.1, 0.01, 'absolute', 0.05, 0.8, 'one-sided')
sscase(0.02, -0.005, 'absolute', 0.01, 0.9, 'two-sided')
sscase(0.5, 0.3, 'absolute', 0.05, 0.8, 'two-sided')

pin <- function(p1, p2, n, alpha, alt) sprintf("{ baselineRate: %s, treatmentRate: %s, nPerArm: %s, alpha: %s, alternative: '%s' }", p1, p2, n, alpha, alt)
pcase <- function(p1, p2, n, alpha, alt) {
  inp <- pin(p1, p2, n, alpha, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  za <- sprintf('qnorm(%s/%d, lower.tail = FALSE)', alpha, sides)
  emit('power-proportions', inp, 'byMethod.pooled.power', sprintf("power.prop.test(n = %s, p1 = %s, p2 = %s, sig.level = %s, alternative = '%s')$power", n, p1, p2, alpha, ralt[[alt]]))
  emit('power-proportions', inp, 'byMethod.pooledBothTails.power', sprintf("power.prop.test(n = %s, p1 = %s, p2 = %s, sig.level = %s, alternative = '%s', strict = TRUE)$power", n, p1, p2, alpha, ralt[[alt]]))
  h <- sprintf('(2*asin(sqrt(%s)) - 2*asin(sqrt(%s)))', p2, p1)
  emit('power-proportions', inp, 'byMethod.cohensHNearTail.power', sprintf('pnorm(abs(%s)*sqrt(%s/2) - %s)', h, n, za))
  v <- sprintf('(%s*(1-%s) + %s*(1-%s))', p1, p1, p2, p2)
  emit('power-proportions', inp, 'byMethod.baselineVariance.power', sprintf('pnorm((sqrt(%s)*abs(%s - %s) - %s*sqrt(2*%s*(1-%s)))/sqrt(%s))', n, p2, p1, za, p1, p1, v))
  emit('power-proportions', inp, 'byMethod.unpooled.power', sprintf('pnorm(sqrt(%s)*abs(%s - %s)/sqrt(%s) - %s)', n, p2, p1, v, za))
}
cat('// power-proportions\n')
pcase(0.1, 0.11, 10000, 0.05, 'two-sided')
pcase(0.1, 0.11, 10000, 0.05, 'one-sided')
pcase(0.3, 0.2, 50, 0.05, 'two-sided')
pcase(0.1, 0.1003, 1e7, 0.05, 'two-sided')
pcase(0.5, 0.5, 100, 0.05, 'two-sided')

min_ <- function(p1, n, alpha, power, alt) sprintf("{ baselineRate: %s, nPerArm: %s, alpha: %s, power: %s, alternative: '%s' }", p1, n, alpha, power, alt)
mcase <- function(p1, n, alpha, power, alt) {
  inp <- min_(p1, n, alpha, power, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  za <- sprintf('qnorm(%s/%d, lower.tail = FALSE)', alpha, sides)
  emit('mde-proportions', inp, 'byMethod.pooled.treatmentRate', sprintf("power.prop.test(n = %s, p1 = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-14)$p2", n, p1, alpha, power, ralt[[alt]]))
  h <- sprintf('(2*asin(sqrt(p2)) - 2*asin(sqrt(%s)))', p1)
  both <- if (sides == 2) sprintf(' + pnorm(-%s*sqrt(%s/2) - %s)', h, n, za) else ''
  emit('mde-proportions', inp, 'byMethod.cohensH.treatmentRate', sprintf('uniroot(function(p2) pnorm(%s*sqrt(%s/2) - %s)%s - %s, c(%s, 1), tol = 1e-14)$root', h, n, za, both, power, p1))
  emit('mde-proportions', inp, 'byMethod.cohensHNearTail.effectSizeH', sprintf('(%s + qnorm(%s))/sqrt(%s/2)', za, power, n))
  v <- sprintf('(%s*(1-%s) + p2*(1-p2))', p1, p1)
  emit('mde-proportions', inp, 'byMethod.baselineVariance.treatmentRate', sprintf('uniroot(function(p2) pnorm((sqrt(%s)*(p2 - %s) - %s*sqrt(2*%s*(1-%s)))/sqrt(%s)) - %s, c(%s, 1), tol = 1e-14)$root', n, p1, za, p1, p1, v, power, p1))
  emit('mde-proportions', inp, 'byMethod.unpooled.absoluteMde', sprintf('uniroot(function(p2) pnorm(sqrt(%s)*(p2 - %s)/sqrt(%s) - %s) - %s, c(%s, 1), tol = 1e-14)$root - %s', n, p1, v, za, power, p1, p1))
}
cat('// mde-proportions\n')
mcase(0.1, 10000, 0.05, 0.8, 'two-sided')
mcase(0.1, 10000, 0.05, 0.8, 'one-sided')
mcase(0.02, 1e7, 0.01, 0.9, 'two-sided')
mcase(0.3, 30, 0.05, 0.8, 'two-sided')

ralt2 <- c('two-sided' = 'two.sided', 'one-sided' = 'one.sided')
smin <- function(sd, mde, alpha, power, alt) sprintf("{ sd: %s, mde: %s, mdeType: 'absolute', alpha: %s, power: %s, alternative: '%s' }", sd, mde, alpha, power, alt)
smcase <- function(sd, mde, alpha, power, alt) {
  inp <- smin(sd, mde, alpha, power, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  emit('sample-size-means', inp, 'byMethod.tTest.nExact', sprintf("power.t.test(delta = %s, sd = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-12)$n", mde, sd, alpha, power, ralt2[[alt]]))
  emit('sample-size-means', inp, 'byMethod.tTestBothTails.nExact', sprintf("power.t.test(delta = %s, sd = %s, sig.level = %s, power = %s, alternative = '%s', strict = TRUE, tol = 1e-12)$n", mde, sd, alpha, power, ralt2[[alt]]))
  emit('sample-size-means', inp, 'byMethod.normal.nExact', sprintf('2*%s^2*(qnorm(%s/%d, lower.tail = FALSE) + qnorm(%s))^2/%s^2', sd, alpha, sides, power, mde))
  emit('sample-size-means', inp, 'byMethod.tTest.nPerArm', sprintf("ceiling(power.t.test(delta = %s, sd = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-12)$n)", mde, sd, alpha, power, ralt2[[alt]]))
}
cat('// sample-size-means\n')
smcase(20, 2, 0.05, 0.8, 'two-sided')
smcase(20, 2, 0.05, 0.8, 'one-sided')
smcase(1, 1.5, 0.05, 0.8, 'two-sided')
smcase(1, 0.004, 0.05, 0.9, 'two-sided')

pmin_ <- function(sd, mde, n, alpha, alt) sprintf("{ sd: %s, mde: %s, nPerArm: %s, alpha: %s, alternative: '%s' }", sd, mde, n, alpha, alt)
pmcase <- function(sd, mde, n, alpha, alt) {
  inp <- pmin_(sd, mde, n, alpha, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  emit('power-means', inp, 'byMethod.tTest.power', sprintf("power.t.test(n = %s, delta = %s, sd = %s, sig.level = %s, alternative = '%s')$power", n, mde, sd, alpha, ralt2[[alt]]))
  emit('power-means', inp, 'byMethod.tTestBothTails.power', sprintf("power.t.test(n = %s, delta = %s, sd = %s, sig.level = %s, alternative = '%s', strict = TRUE)$power", n, mde, sd, alpha, ralt2[[alt]]))
  emit('power-means', inp, 'byMethod.normal.power', sprintf('pnorm(abs(%s/%s)*sqrt(%s/2) - qnorm(%s/%d, lower.tail = FALSE))', mde, sd, n, alpha, sides))
}
cat('// power-means\n')
pmcase(20, 2, 1000, 0.05, 'two-sided')
pmcase(20, 2, 1000, 0.05, 'one-sided')
pmcase(1, 0.3, 5, 0.05, 'two-sided')
pmcase(1, 0.01, 300000, 0.05, 'two-sided')
pmcase(1, 2, 30, 0.05, 'two-sided')

mmin <- function(sd, n, alpha, power, alt) sprintf("{ sd: %s, nPerArm: %s, alpha: %s, power: %s, alternative: '%s' }", sd, n, alpha, power, alt)
mmcase <- function(sd, n, alpha, power, alt) {
  inp <- mmin(sd, n, alpha, power, alt)
  sides <- if (alt == 'two-sided') 2 else 1
  emit('mde-means', inp, 'byMethod.tTest.mde', sprintf("power.t.test(n = %s, sd = %s, sig.level = %s, power = %s, alternative = '%s', tol = 1e-13)$delta", n, sd, alpha, power, ralt2[[alt]]))
  emit('mde-means', inp, 'byMethod.tTestBothTails.mde', sprintf("power.t.test(n = %s, sd = %s, sig.level = %s, power = %s, alternative = '%s', strict = TRUE, tol = 1e-13)$delta", n, sd, alpha, power, ralt2[[alt]]))
  emit('mde-means', inp, 'byMethod.normal.mde', sprintf('%s*(qnorm(%s/%d, lower.tail = FALSE) + qnorm(%s))*sqrt(2/%s)', sd, alpha, sides, power, n))
}
cat('// mde-means\n')
mmcase(20, 1000, 0.05, 0.8, 'two-sided')
mmcase(20, 1000, 0.05, 0.8, 'one-sided')
mmcase(1, 5, 0.05, 0.8, 'two-sided')
mmcase(3, 2, 0.1, 0.5, 'two-sided')
