/**
 * The floor: the app's first screen (title, province map of efforts per prefecture, bars by region)
 * and nothing else. Both files are requested as soon as this module runs; the page renders its
 * shell at once and the charts when the data is there, without Suspense (React delays revealing a
 * Suspense boundary). `peer:charts-ready` is marked when both charts have emitted `finished`.
 */
import { BarChart, MapChart } from 'echarts/charts';
import { GridComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import datasetUrl from '../../../data/dataset.json?url';
import boundariesUrl from '../../../data/geo/sichuan.json?url';
import {
  barOption,
  countByPrefecture,
  mapOption,
  type BoundaryJson,
  type DatasetJson,
  type PeerOption,
} from './first-screen';
import './peer.css';

echarts.use([MapChart, BarChart, GridComponent, VisualMapPiecewiseComponent, CanvasRenderer]);

const PEER_READY_MARK = 'peer:charts-ready';
const animation = new URLSearchParams(window.location.search).get('animation') !== 'off';

const getJson = <T,>(url: string): Promise<T> =>
  fetch(url).then((r) =>
    r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: ${r.status}`)),
  );

const finished = new Set<string>();
function onFinished(chart: string): void {
  finished.add(chart);
  if (finished.size === 2 && performance.getEntriesByName(PEER_READY_MARK).length === 0)
    performance.mark(PEER_READY_MARK);
}
const SIZE = { width: '100%', height: '100%' } as const;
const NO_OPTION = {};

interface Props {
  name: string;
  option: PeerOption | null;
  className: string;
}

/**
 * The option is set only once `finished` is listened to: echarts-for-react sets its `option` prop
 * before it binds `onEvents`, and the first `finished` can come in between.
 */
function Chart({ name, option, className }: Props): ReactNode {
  const onReady = (chart: ReturnType<typeof echarts.init>): void => {
    chart.on('finished', () => onFinished(name));
    if (option) chart.setOption(option);
  };
  return (
    <div className={`chart ${className}`}>
      {option ? (
        <ReactEChartsCore echarts={echarts} option={NO_OPTION} onChartReady={onReady} style={SIZE} />
      ) : null}
    </div>
  );
}

function Page({ map, bar }: { map: PeerOption | null; bar: PeerOption | null }): ReactNode {
  return (
    <>
      <header className="header">
        <h1>同心地图</h1>
        <p>四川统一战线抗疫行动：谁、在哪里、何时、做了什么</p>
      </header>
      <main className="main">
        <div className="top">
          <section className="panel">
            <h2>四川省地图</h2>
            <Chart name="map" option={map} className="chart--map" />
          </section>
        </div>
        <section className="panel">
          <h2>图表：全省</h2>
          <Chart name="bar" option={bar} className="" />
        </section>
      </main>
    </>
  );
}

const data = Promise.all([getJson<DatasetJson>(datasetUrl), getJson<BoundaryJson>(boundariesUrl)]);
const root = createRoot(document.getElementById('root')!);
root.render(<Page map={null} bar={null} />);
void data.then(([dataset, boundaries]) => {
  // ECharts' registerMap type wants its own GeoJSON type; the file is one.
  echarts.registerMap('sichuan', boundaries as unknown as Parameters<typeof echarts.registerMap>[1]);
  const rows = countByPrefecture(dataset, boundaries);
  root.render(<Page map={mapOption(rows, animation)} bar={barOption(rows, animation)} />);
});
