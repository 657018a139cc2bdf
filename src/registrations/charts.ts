import * as echarts from 'echarts'

import type { ReportRow } from './report'

const TEXT = '#1b1f23'
const BRAND = '#0b5e6b'
const GRID = '#c9d1d9'

const render = (option: echarts.EChartsOption, width: number, height: number): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, textStyle: { color: TEXT, fontFamily: 'system-ui, sans-serif' }, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const shorten = (label: string, max = 28) => (label.length > max ? `${label.slice(0, max - 1)}…` : label)

/** A horizontal bar chart as an SVG string, rendered on the server (no chart code in the browser). */
export const barChartSvg = (rows: ReportRow[], width = 640): string => {
  const shown = rows.slice(0, 15)
  const height = Math.max(120, 40 + shown.length * 28)
  return render(
    {
      grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: TEXT }, splitLine: { lineStyle: { color: GRID } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((row) => shorten(row.label)),
        axisLabel: { color: TEXT },
        axisLine: { lineStyle: { color: TEXT } },
      },
      series: [
        {
          type: 'bar',
          data: shown.map((row) => row.count),
          itemStyle: { color: BRAND },
          label: { show: true, position: 'right', color: TEXT },
          barMaxWidth: 20,
        },
      ],
    },
    width,
    height,
  )
}

/** The monthly trend as a line chart. */
export const trendChartSvg = (rows: ReportRow[], width = 640): string =>
  render(
    {
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map((row) => row.key),
        axisLabel: { color: TEXT },
        axisLine: { lineStyle: { color: TEXT } },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: TEXT }, splitLine: { lineStyle: { color: GRID } } },
      series: [
        {
          type: 'line',
          data: rows.map((row) => row.count),
          itemStyle: { color: BRAND },
          lineStyle: { color: BRAND, width: 3 },
          symbolSize: 8,
          label: { show: rows.length <= 13, position: 'top', color: TEXT },
        },
      ],
    },
    width,
    280,
  )
