// The event table: one row per fused event, and under it the sentences that reported
// it, the evidence span marked and the article linked.
import { el, safeUrl, actorLabel } from './dom.js';

const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

function actorCell(a) {
  if (!a) return el('span', { class: 'muted' }, '—');
  return el('span', { title: actorLabel(a.code, a.name) }, a.name || a.code, ' ', el('span', { class: 'code' }, a.code));
}

// A sentence with its evidence span in <mark>; offsets are JavaScript string indices.
export function evidenceSentence(ev) {
  const [s, e] = ev.span_utf16;
  const text = ev.text;
  const p = el('p', { class: 'sentence' });
  p.append(text.slice(0, s), el('mark', { class: 'evidence' }, text.slice(s, e)), text.slice(e));
  return p;
}

function evidenceItem(ev) {
  const href = safeUrl(ev.url);
  const title = ev.title || ev.doc;
  const source = href
    ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title)
    : el('span', {}, title);
  return el('li', { class: 'evidence-item', dataset: { doc: ev.doc, sentence: ev.sentence } },
    evidenceSentence(ev),
    el('p', { class: 'cite muted' }, source,
      ev.publisher ? ` · ${ev.publisher}` : '', ev.published ? ` · ${ev.published}` : '',
      ` · sentence ${ev.sentence}`, ev.factuality && ev.factuality !== 'asserted' ? ` · ${ev.factuality}` : ''));
}

export function renderEvents(tbody, events) {
  const rows = [];
  for (const e of events) {
    const g = Number(e.goldstein);
    rows.push(el('tr', { class: `event quad${e.quad}`, dataset: { id: e.id } },
      el('td', { class: 'date' }, e.date || '—'),
      el('td', {}, actorCell(e.source), ' → ', actorCell(e.target)),
      el('td', {}, el('span', { class: 'code' }, e.code), ' ', e.plover || '', el('br'),
        el('span', { class: 'muted' }, QUAD[e.quad] || '')),
      el('td', { class: g >= 0 ? 'num pos' : 'num neg' }, g.toFixed(1)),
      el('td', {}, e.factuality),
      el('td', { class: 'num' }, `${e.mentions} / ${e.articles}`)));
    rows.push(el('tr', { class: 'evidence-row' },
      el('td', { colspan: 6 }, el('ul', { class: 'evidence-list' }, ...e.evidence.map(evidenceItem)))));
  }
  if (!rows.length) rows.push(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No events for these filters.')));
  tbody.replaceChildren(...rows);
}
