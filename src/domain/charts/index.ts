// Charts drawn as standalone SVG strings (no DOM), for the preview's chart cards and every export.
export { CHART_HEIGHT, CHART_WIDTH, barChartSvg, escapeXml, formatNumber, lineChartSvg, niceScale } from './svg';
export type { Bar, BarChartInput, LineChartInput, LineSeries } from './svg';
export { accuracyChart, burnUpChart, drawChart, hoursChart, pickCertification } from './models';
export type { ChartInputs, ChartResult, DrawnChart } from './models';
