// The relations network: actors as circles sized by events, links coloured from
// conflict (red) to cooperation (green) and as wide as their event counts. The layout is
// d3-force, run to rest before drawing (no animation).
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide } from 'd3-force';
import { svg } from './dom.js';

const W = 800, H = 460;

function edgeColour(index) {
  // index in [-1, 1]: red → grey → green
  const t = (index + 1) / 2;
  const r = Math.round(192 + (46 - 192) * t), g = Math.round(57 + (139 - 57) * t), b = Math.round(43 + (87 - 43) * t);
  return `rgb(${r},${g},${b})`;
}

export function renderNetwork(root, network, { selected, onPick }) {
  root.replaceChildren();
  const maxNodes = 60;
  const nodes = network.nodes.slice().sort((a, b) => b.events - a.events).slice(0, maxNodes)
    .map((n) => ({ id: n.actor, name: n.name, events: n.events }));
  const keep = new Set(nodes.map((n) => n.id));
  // One undirected link per pair.
  const pairs = new Map();
  for (const e of network.edges) {
    if (!keep.has(e.source) || !keep.has(e.target) || e.source === e.target) continue;
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    const p = pairs.get(key) || { source: key.split('|')[0], target: key.split('|')[1], events: 0, cooperation: 0, conflict: 0 };
    p.events += e.events; p.cooperation += e.cooperation; p.conflict += e.conflict;
    pairs.set(key, p);
  }
  const links = [...pairs.values()];
  if (!nodes.length) {
    const t = svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' });
    t.textContent = 'No events for these filters.';
    root.append(t);
    return;
  }
  const maxEvents = Math.max(...nodes.map((n) => n.events));
  const radius = (n) => 6 + 16 * Math.sqrt(n.events / maxEvents);
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id).distance(110))
    .force('charge', forceManyBody().strength(-320))
    .force('center', forceCenter(W / 2, H / 2))
    .force('collide', forceCollide().radius((d) => radius(d) + 4))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Fit the layout to the box (never enlarging more than 2.5 times).
  const pad = 40;
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const k = Math.min(2.5, (W - 2 * pad) / Math.max(1, x1 - x0), (H - 2 * pad) / Math.max(1, y1 - y0));
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * k;
    n.y = H / 2 + (n.y - (y0 + y1) / 2) * k;
  }
  const maxLink = Math.max(1, ...links.map((l) => l.events));
  const gLinks = svg('g', { class: 'links' });
  for (const l of links) {
    const index = l.events ? (l.cooperation - l.conflict) / l.events : 0;
    const line = svg('line', {
      x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y,
      stroke: edgeColour(index), 'stroke-width': 1.5 + 6 * Math.sqrt(l.events / maxLink), 'stroke-opacity': 0.75,
    });
    const title = svg('title');
    title.textContent = `${l.source.id} – ${l.target.id}: ${l.events} events, ${l.cooperation} cooperative, ${l.conflict} conflictual`;
    line.append(title);
    gLinks.append(line);
  }
  const gNodes = svg('g', { class: 'nodes' });
  for (const n of nodes) {
    const g = svg('g', { class: n.id === selected ? 'node selected' : 'node', transform: `translate(${n.x},${n.y})`, tabindex: 0 });
    g.dataset.actor = n.id;
    g.append(svg('circle', { r: radius(n) }));
    const label = svg('text', { y: -radius(n) - 4, 'text-anchor': 'middle' });
    label.textContent = n.id;
    const title = svg('title');
    title.textContent = `${n.name || n.id}: ${n.events} events`;
    g.append(label, title);
    g.addEventListener('click', () => onPick(n.id));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') onPick(n.id); });
    gNodes.append(g);
  }
  root.append(gLinks, gNodes);
}
