import * as echarts from 'echarts'

import type { OrganisationOutcome } from '@/referrals/outcomes'

import type { ReportRow } from './report'

const TEXT = '#1b1f23'
const GRID = '#c9d1d9'

// As the tables beside the charts write them: 1.250, and months as "mei 2026".
const count = new Intl.NumberFormat('nl-NL')
const countLabel = (value: number | string) => count.format(Number(value))
const shortMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' })
const monthLabel = (key: string) => shortMonth.format(new Date(`${key}-15T12:00:00Z`)).replace('.', '')

const render = (option: echarts.EChartsOption, width: number, height: number): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, textStyle: { color: TEXT, fontFamily: 'system-ui, sans-serif' }, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const FONT_SIZE = 12
/**
 * ECharts measures text on the server by an estimate that is narrower than the fonts browsers use,
 * so labels placed by its own measure (containLabel) were cut off at the left. The room for the
 * labels is reserved here with a generous average character width instead.
 */
const CHAR_WIDTH = 0.62 * FONT_SIZE
const LINE_HEIGHT = 15
/** Longer labels wrap onto more lines, at spaces. */
const MAX_LINE = 26

const wrap = (label: string): string[] =>
  label.split(/\s+/).reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= MAX_LINE) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

/** How a bar chart is laid out: its rows (the first 15), their label lines, and its size. */
const barChartLayout = (rows: ReportRow[]) => {
  const shown = rows.slice(0, 15)
  const labels = shown.map((row) => wrap(row.label))
  const longest = Math.max(...labels.flat().map((line) => line.length))
  const mostLines = Math.max(...labels.map((lines) => lines.length))
  const rowHeight = Math.max(28, mostLines * LINE_HEIGHT + 10)
  const top = 8
  const bottom = 28
  return {
    shown,
    labels,
    top,
    bottom,
    left: Math.ceil(longest * CHAR_WIDTH) + 16,
    height: top + bottom + shown.length * rowHeight,
  }
}

export const CHART_WIDTH = 640
export const TREND_HEIGHT = 280

/** The height a bar chart of these rows is drawn at, so the page can reserve its room. */
export const barChartHeight = (rows: ReportRow[]): number => barChartLayout(rows).height

/** A horizontal bar chart as an SVG string, rendered on the server (no chart code in the browser). */
export const barChartSvg = (rows: ReportRow[], colour: string, width = CHART_WIDTH): string => {
  const { shown, labels, top, bottom, left, height } = barChartLayout(rows)
  return render(
    {
      grid: { left, right: 48, top, bottom },
      xAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: TEXT, formatter: countLabel },
        splitLine: { lineStyle: { color: GRID } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels.map((lines) => lines.join('\n')),
        axisLabel: { color: TEXT, fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT, interval: 0 },
        axisLine: { lineStyle: { color: TEXT } },
      },
      series: [
        {
          type: 'bar',
          data: shown.map((row) => row.count),
          itemStyle: { color: colour },
          label: { show: true, position: 'right', color: TEXT, formatter: ({ value }) => countLabel(value as number) },
          barMaxWidth: 20,
        },
      ],
    },
    width,
    height,
  )
}

/** The monthly trend as a line chart. */
export const trendChartSvg = (rows: ReportRow[], colour: string, width = CHART_WIDTH): string =>
  render(
    {
      grid: { left: 56, right: 24, top: 24, bottom: 32 },
      xAxis: {
        type: 'category',
        data: rows.map((row) => monthLabel(row.key)),
        axisLabel: { color: TEXT },
        axisLine: { lineStyle: { color: TEXT } },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { color: TEXT, formatter: countLabel },
        splitLine: { lineStyle: { color: GRID } },
      },
      series: [
        {
          type: 'line',
          data: rows.map((row) => row.count),
          itemStyle: { color: colour },
          lineStyle: { color: colour, width: 3 },
          symbolSize: 8,
          label: {
            show: rows.length <= 13,
            position: 'top',
            color: TEXT,
            formatter: ({ value }) => countLabel(value as number),
          },
        },
      ],
    },
    width,
    TREND_HEIGHT,
  )

/** The share of referrals completed per organisation, as rows a bar chart draws. */
export const completedShareRows = (outcomes: OrganisationOutcome[]): ReportRow[] =>
  outcomes.map((outcome) => ({ key: outcome.key, label: outcome.label, count: outcome.completedPercent }))
