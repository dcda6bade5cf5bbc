options(digits = 17)
for (a in list(c('2', '10', '1.5', 'TRUE'), c('-1', '5', '2', 'TRUE'), c('3', '2.5', '4', 'FALSE'), c('1.96', '198', '2.8', 'FALSE'), c('-1.96', '198', '2.8', 'TRUE'), c('0', '7', '0.5', 'TRUE'), c('5', '30', '20', 'TRUE'), c('2.1', '5e5', '2', 'FALSE'))) {
  call <- sprintf('pt(%s, %s, ncp = %s, lower.tail = %s)', a[1], a[2], a[3], a[4])
  cat(sprintf("  { t: %s, df: %s, ncp: %s, lower: %s, expected: %.17g, call: '%s' },\n", a[1], a[2], a[3], tolower(a[4]), eval(parse(text = call)), call))
}
