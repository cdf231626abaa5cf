// The entente dashboard: pick a dyad and filters; the timeline, the network and the
// event table follow. The body's data-state is "loading" or "ready" (tests wait on it).
import './style.css';
import { get } from './api.js';
import { el, actorLabel } from './dom.js';
import { renderTimeline } from './timeline.js';
import { renderNetwork } from './network.js';
import { renderEvents } from './events.js';

const $ = (id) => document.getElementById(id);
const PAGE = 25;
let offset = 0;
let names = new Map();
let generation = 0;

function filters() {
  const facts = [...document.querySelectorAll('input[name=factuality]')];
  const chosen = facts.filter((c) => c.checked).map((c) => c.value);
  return {
    source: $('source').value,
    target: $('target').value,
    by: $('by').value,
    from: $('from').value.trim(),
    to: $('to').value.trim(),
    code: $('code').value.trim(),
    // All checked is no filter; none checked is shown as an error by the server.
    factuality: chosen.length === facts.length ? '' : chosen.length ? chosen.join(',') : 'none',
    directed: $('directed').checked ? 1 : '',
  };
}

function showError(err) {
  const box = $('error');
  for (const id of ['from', 'to', 'code', 'source', 'target']) $(id).classList.toggle('invalid', !!err && err.param === id);
  box.hidden = !err;
  box.textContent = err ? err.message : '';
}

function option(value, label, selected) {
  return el('option', { value, selected }, label);
}

async function loadSources() {
  const { actors } = await get('/api/actors');
  names = new Map(actors.map((a) => [a.actor, a.name]));
  const src = $('source');
  const preferred = actors.find((a) => a.actor === 'PRK') ? 'PRK' : actors[0] && actors[0].actor;
  src.replaceChildren(option('', 'any actor', !preferred),
    ...actors.map((a) => option(a.actor, `${actorLabel(a.actor, a.name)} · ${a.events}`, a.actor === preferred)));
}

async function loadTargets(keep) {
  const tgt = $('target');
  const source = $('source').value;
  if (!source) {
    tgt.replaceChildren(option('', 'any actor', true));
    return;
  }
  const { actors } = await get('/api/actors', { with: source });
  const chosen = actors.some((a) => a.actor === keep) ? keep : actors[0] && actors[0].actor;
  tgt.replaceChildren(option('', 'any actor', !chosen),
    ...actors.map((a) => option(a.actor, `${actorLabel(a.actor, a.name)} · ${a.events}`, a.actor === chosen)));
}

function title(f) {
  const name = (c) => (c ? names.get(c) || c : 'any actor');
  const arrow = f.directed ? '→' : '–';
  return `${name(f.source)} ${arrow} ${name(f.target)}`;
}

async function refresh({ keepPage = false } = {}) {
  const mine = ++generation;
  if (!keepPage) offset = 0;
  document.body.dataset.state = 'loading';
  const f = filters();
  const common = { code: f.code, from: f.from, to: f.to, factuality: f.factuality };
  const dyad = { ...common, source: f.source, target: f.target, directed: f.directed };
  try {
    const [series, network, events] = await Promise.all([
      get('/api/series', { ...dyad, by: f.by }),
      get('/api/network', common),
      get('/api/events', { ...dyad, limit: PAGE, offset }),
    ]);
    if (mine !== generation) return;
    showError(null);
    $('timeline-title').textContent = `Timeline · ${title(f)} · by ${f.by}`;
    renderTimeline($('timeline'), $('timeline-table'), $('changes'), series);
    renderNetwork($('network'), network, {
      selected: f.source,
      onPick: async (actor) => {
        $('source').value = actor;
        await loadTargets($('target').value);
        refresh();
      },
    });
    $('events-title').textContent = `Events · ${title(f)}`;
    renderEvents($('events').tBodies[0], events.events);
    $('page').textContent = events.events.length
      ? `${offset + 1}–${offset + events.events.length}` : '';
    $('prev').disabled = offset === 0;
    $('next').disabled = events.events.length < PAGE;
  } catch (err) {
    if (mine !== generation) return;
    showError(err);
  }
  if (mine === generation) document.body.dataset.state = 'ready';
}

async function start() {
  document.body.dataset.state = 'loading';
  try {
    const health = await get('/api/health');
    $('health').textContent = `${health.fused_events} events from ${health.events} reports`;
    await loadSources();
    await loadTargets();
  } catch (err) {
    showError(err);
    document.body.dataset.state = 'ready';
    return;
  }
  $('source').addEventListener('change', async () => { await loadTargets($('target').value); refresh(); });
  $('swap').addEventListener('click', async () => {
    const s = $('source').value, t = $('target').value;
    if (!t) return;
    $('source').value = t;
    await loadTargets(s);
    refresh();
  });
  for (const id of ['target', 'by', 'directed']) $(id).addEventListener('change', () => refresh());
  for (const id of ['from', 'to', 'code']) $(id).addEventListener('change', () => refresh());
  for (const c of document.querySelectorAll('input[name=factuality]')) c.addEventListener('change', () => refresh());
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
  $('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); refresh({ keepPage: true }); });
  $('next').addEventListener('click', () => { offset += PAGE; refresh({ keepPage: true }); });
  await refresh();
}

start();
