/**
 * Drawing exported images in the browser (lazy-loaded with the rest of the export code).
 * PNG: the live chart at pixel ratio 2 (after its `finished` event), composed on a canvas with the
 * frame's words. SVG: the chart's current option rendered by ECharts' SVG renderer in server-side
 * mode (an off-screen instance, no DOM), nested in an SVG with the same words as <text>.
 */
import { SVGRenderer } from 'echarts/renderers';
import { mountedChart, type MountedChart } from '../../charts/chart';
import { echarts } from '../../charts/echarts';
import { frameLayout, frameSvg, type FrameLayout, type FrameText } from '../../export/frame';
import type { MeasureText } from '../../export/text';

// The SVG renderer is registered here, not in charts/echarts.ts, so it stays out of the
// first-paint bundle: only image export needs it.
echarts.use([SVGRenderer]);

type Instance = MountedChart['instance'];

export class NoChartError extends Error {}

/** The mounted chart with this id, once ECharts reports it has finished drawing. */
export async function finishedInstance(chartId: string, timeoutMs = 8000): Promise<Instance> {
  const mounted = mountedChart(chartId);
  if (!mounted) throw new NoChartError('no chart');
  const inst = mounted.instance;
  if (mounted.finished) return inst;
  const chart: Instance = inst;
  await new Promise<void>((resolve, reject) => {
    const timer = window.setTimeout(() => {
      chart.off('finished', done);
      reject(new Error('the chart did not finish drawing'));
    }, timeoutMs);
    function done(): void {
      window.clearTimeout(timer);
      chart.off('finished', done);
      resolve();
    }
    chart.on('finished', done);
  });
  return inst;
}

let measureCanvas: HTMLCanvasElement | null = null;

/** Text width with the canvas the PNG is drawn with. */
export const measureText: MeasureText = (text, font) => {
  measureCanvas ??= document.createElement('canvas');
  const ctx = measureCanvas.getContext('2d');
  if (!ctx) return text.length * 12;
  ctx.font = font;
  return ctx.measureText(text).width;
};

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the chart image could not be read'));
    img.src = src;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
  });
}

export const PIXEL_RATIO = 2;

function layoutFor(inst: Instance, text: FrameText): FrameLayout {
  return frameLayout(text, inst.getWidth(), inst.getHeight(), measureText);
}

/** A PNG at pixel ratio 2: the frame's words above and below the chart, on white. */
export async function renderPng(chartId: string, text: FrameText): Promise<Blob> {
  const inst = await finishedInstance(chartId);
  inst.dispatchAction({ type: 'hideTip' });
  const layout = layoutFor(inst, text);
  const chart = await loadImage(
    inst.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: '#ffffff' }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * PIXEL_RATIO;
  canvas.height = layout.height * PIXEL_RATIO;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.drawImage(chart, 0, layout.chartY, layout.chartWidth, layout.chartHeight);
  return canvasBlob(canvas);
}

/** The chart's SVG, from its current option, drawn off-screen by ECharts' SVG renderer. */
export function chartSvgString(inst: Instance): string {
  const option = inst.getOption() as Record<string, unknown>;
  const ssr = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: inst.getWidth(),
    height: inst.getHeight(),
  });
  try {
    ssr.setOption({
      ...option,
      animation: false,
      tooltip: { show: false },
      aria: { enabled: false },
    });
    return ssr.renderToSVGString();
  } finally {
    ssr.dispose();
  }
}

/** An SVG with the frame's words as text and the chart as vectors. */
export async function renderSvg(chartId: string, text: FrameText): Promise<Blob> {
  const inst = await finishedInstance(chartId);
  const layout = layoutFor(inst, text);
  const svg = frameSvg(layout, chartSvgString(inst));
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
