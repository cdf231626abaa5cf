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

// Consecutive periods from first to last for month and year series (empty ones
// included, so gaps show as gaps); other granularities as given.
export function fillPeriods(points, by) {
  if (points.length < 2 || (by !== 'month' && by !== 'year')) return points;
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const empty = (period) => ({ period, events: 0, cooperation: 0, conflict: 0, goldstein_mean: null, empty: true });
  const out = [];
  if (by === 'year') {
    const a = +points[0].period, b = +points[points.length - 1].period;
    for (let y = a; y <= b && out.length < 500; y++) out.push(byPeriod.get(String(y)) || empty(String(y)));
  } else {
    let [y, m] = points[0].period.split('-').map(Number);
    const [y2, m2] = points[points.length - 1].period.split('-').map(Number);
    while ((y < y2 || (y === y2 && m <= m2)) && out.length < 1200) {
      const period = `${y}-${String(m).padStart(2, '0')}`;
      out.push(byPeriod.get(period) || empty(period));
      if (++m > 12) { m = 1; y++; }
    }
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
