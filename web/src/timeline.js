// The dyad timeline: cooperation and conflict counts per period (stacked bars) and the
// mean Goldstein score (line), the change points found by the server, and the data table.
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';
import { el } from './dom.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Tooltip, Legend);

let chart = null;

// Month and year series with their empty periods filled in, so quiet months show as
// quiet; a gap longer than MAX_GAP periods is drawn as one "…" slot instead, so one old
// event does not squeeze the rest of the chart. Other granularities as given.
const MAX_GAP = 24;

function nextPeriod(period, by) {
  if (by === 'year') return String(+period + 1);
  let [y, m] = period.split('-').map(Number);
  if (++m > 12) { m = 1; y++; }
  return `${y}-${String(m).padStart(2, '0')}`;
}

function periodsBetween(a, b, by) {
  if (by === 'year') return +b - +a - 1;
  const [y1, m1] = a.split('-').map(Number), [y2, m2] = b.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - 1;
}

export function fillPeriods(points, by) {
  if (points.length < 2 || (by !== 'month' && by !== 'year')) return points;
  const empty = (period) => ({ period, events: 0, cooperation: 0, conflict: 0, goldstein_mean: null, empty: true });
  const out = [points[0]];
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1].period, cur = points[i].period;
    const gap = periodsBetween(prev, cur, by);
    if (gap > MAX_GAP) {
      out.push(empty(`… ${gap} ${by}s …`));
    } else {
      for (let p = nextPeriod(prev, by), n = 0; n < gap; p = nextPeriod(p, by), n++) out.push(empty(p));
    }
    out.push(points[i]);
  }
  return out;
}

export function renderTimeline(canvas, table, changesBox, series) {
  const points = fillPeriods(series.points, series.by);
  const labels = points.map((p) => p.period);
  const data = {
    labels,
    datasets: [
      { type: 'bar', label: 'Cooperation', data: points.map((p) => p.cooperation), backgroundColor: '#2e8b57', stack: 'events', yAxisID: 'y' },
      { type: 'bar', label: 'Conflict', data: points.map((p) => p.conflict), backgroundColor: '#c0392b', stack: 'events', yAxisID: 'y' },
      { type: 'line', label: 'Mean Goldstein', data: points.map((p) => (p.empty ? null : p.goldstein_mean)), borderColor: '#1f4e99', backgroundColor: '#1f4e99', spanGaps: true, yAxisID: 'g', pointRadius: 3 },
    ],
  };
  const options = {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
      y: { stacked: true, beginAtZero: true, title: { display: true, text: 'fused events' }, ticks: { precision: 0 } },
      g: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: 'Goldstein' } },
    },
    plugins: { legend: { position: 'bottom' } },
  };
  if (chart) {
    chart.data = data;
    chart.update();
  } else {
    chart = new Chart(canvas, { data, options });
  }

  const body = table.tBodies[0];
  body.replaceChildren(...series.points.map((p) => el('tr', { dataset: { period: p.period, events: p.events } },
    el('td', {}, p.period), el('td', {}, p.events), el('td', {}, p.cooperation), el('td', {}, p.conflict),
    el('td', {}, p.goldstein_mean.toFixed(2)))));

  changesBox.replaceChildren();
  if (series.changes.length) {
    changesBox.append(el('h3', {}, 'Changes in cooperation'));
    const list = el('ul');
    for (const c of series.changes) {
      list.append(el('li', { dataset: { period: c.period } },
        el('strong', {}, c.period), `: cooperation index ${c.before.toFixed(2)} → ${c.after.toFixed(2)} `,
        el('span', { class: 'muted' }, `(${c.events_before} events before, ${c.events_after} after)`)));
    }
    changesBox.append(list);
  }
}
