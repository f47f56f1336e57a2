'use strict';
// Incidents, audit log, playbook and live alerts, on top of inbox.js (api, say, $, load, select).
// As in the inbox, everything from the server goes on the page through textContent or attributes only.

const SVG = 'http://www.w3.org/2000/svg';
let incident = null;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Text from outside (a post id carries the platform's external id, an owner is typed by a user) goes in a <bdi> of
// its own, as author names do in the inbox: a right-to-left control in it cannot reorder the rest of the line.
function isolated(text) {
  return el('bdi', text);
}

/** An element made of strings and isolated nodes, in order. */
function line(tag, ...parts) {
  const node = el(tag);
  node.append(...parts);
  return node;
}

function show(view) {
  document.querySelectorAll('.view').forEach(v => { v.hidden = v.id !== view; });
  document.querySelectorAll('#views button').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
  document.querySelector('nav[aria-label="Inbox filters"]').hidden = view !== 'inbox-view';
  if (view === 'incidents-view') loadIncidents();
  if (view === 'audit-view') loadAudit();
  if (view === 'playbook-view') loadPlaybook();
}

document.querySelectorAll('#views button').forEach(b => { b.onclick = () => show(b.dataset.view); });

// ---- incidents ---------------------------------------------------------------------------------------

async function loadIncidents() {
  const status = $('incident-status').value;
  try {
    const incidents = await api(`api/v1/incidents?limit=200${status ? `&status=${status}` : ''}`);
    $('incidents').replaceChildren(...incidents.map(i => {
      const button = el('button');
      button.type = 'button';
      button.dataset.id = i.id;
      button.append(el('strong', `${i.status} · ${i.category} · ${i.postCount} posts`),
        el('span', i.title || '', 'excerpt'));
      button.onclick = () => openIncident(i.id);
      const item = el('li');
      item.appendChild(button);
      return item;
    }));
    if (incidents.length === 0) say('No incidents.');
  } catch (e) {
    say(`Cannot load incidents — ${e.message}`);
  }
}

async function openIncident(id) {
  try {
    incident = await api(`api/v1/incidents/${id}`);
  } catch (e) {
    say(`Cannot open the incident — ${e.message}`);
    return;
  }
  $('incident-body').hidden = false;
  $('incident-title').textContent = incident.title || `${incident.category} incident`;
  const sentiment = incident.sentiment || {};
  $('i-figures').textContent = `${incident.postCount} posts from ${incident.sourceCount} sources · reach `
    + `${incident.totalReach} · sentiment ${sentiment.average == null ? 'n/a' : sentiment.average.toFixed(2)} `
    + `(${sentiment.trend || 'n/a'}) · opened ${new Date(incident.openedAt).toLocaleString()}`;
  $('i-status').value = incident.status;
  $('i-owner').value = incident.owner || '';
  drawChart(incident.timeline || []);
  $('i-timeline').replaceChildren(...(incident.timeline || []).map(entry => entry.kind === 'POST'
    ? line('li', `${new Date(entry.at).toLocaleString()} · post `, isolated(entry.postId),
      ` (${entry.sourceType || 'source'}) · ${(entry.flags || []).join(' ')} · priority ${entry.priority}`
      + ` · reach ${entry.reach}`)
    : line('li', `${new Date(entry.at).toLocaleString()} · `, isolated(entry.who), `: ${entry.kind} `,
      isolated(entry.change || ''))));
  $('i-drafts').replaceChildren(...(incident.drafts || []).map(d => {
    const button = line('button', `${d.status} · `, isolated(d.postId));
    button.type = 'button';
    button.onclick = async () => {
      show('inbox-view');
      $('status').value = '';
      await load(false);
      select(d.id, true);
    };
    const item = el('li');
    item.appendChild(button);
    return item;
  }));
  $('incident').focus();
}

/** Cumulative reach of the incident's posts over time, as an SVG line (built node by node, no markup). */
function drawChart(timeline) {
  const posts = timeline.filter(e => e.kind === 'POST').map(e => ({ at: Date.parse(e.at), reach: e.reach || 0 }));
  const box = $('i-chart');
  box.replaceChildren();
  if (posts.length === 0) {
    box.textContent = 'No posts yet.';
    return;
  }
  let total = 0;
  const points = posts.map(p => ({ at: p.at, total: (total += p.reach) }));
  const width = 600;
  const height = 160;
  const t0 = points[0].at;
  const span = Math.max(1, points[points.length - 1].at - t0);
  const max = Math.max(1, total);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', '#1d3557');
  line.setAttribute('stroke-width', '3');
  line.setAttribute('points', points.map(p => `${10 + (width - 20) * (p.at - t0) / span},`
    + `${height - 10 - (height - 20) * p.total / max}`).join(' '));
  svg.appendChild(line);
  box.appendChild(svg);
  box.setAttribute('aria-label', `Reach grew to ${total} over ${posts.length} posts`);
  box.appendChild(el('p', `Reach grew to ${total} over ${posts.length} posts.`, 'hint'));
}

$('incident-status').onchange = loadIncidents;
$('i-save').onclick = async () => {
  if (!incident) return;
  try {
    await api(`api/v1/incidents/${incident.id}`, { method: 'PATCH', body: JSON.stringify({
      status: $('i-status').value, owner: $('i-owner').value.trim() || null, version: incident.version }) });
    say('Incident saved.');
    await loadIncidents();
    await openIncident(incident.id);
  } catch (e) {
    say(`Saving the incident failed — ${e.message}`);
  }
};

// ---- audit log ---------------------------------------------------------------------------------------

async function loadAudit() {
  try {
    const entries = await api('api/v1/audit?limit=200');
    $('audit').querySelector('tbody').replaceChildren(...entries.map(entry => {
      const row = el('tr');
      const after = entry.after ? [entry.after.status, entry.after.text].filter(Boolean).join(': ') : '';
      [new Date(entry.when).toLocaleString(), entry.who, entry.action, entry.subject || entry.draftId || '',
        after || entry.detail || ''].forEach(cell => row.appendChild(el('td', cell)));
      return row;
    }));
  } catch (e) {
    say(`Cannot load the audit log — ${e.message}`);
  }
}

async function exportAudit(format) {
  try {
    const response = await fetch(`api/v1/audit/export?format=${format}`, { credentials: 'omit',
      headers: { 'X-Requested-With': 'ReplyDesk', 'Authorization': `Basic ${sessionStorage.getItem(AUTH) || ''}` } });
    if (!response.ok) throw new Error(`${response.status}`);
    const link = el('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `replydesk-audit.${format}`;
    link.click();
    URL.revokeObjectURL(link.href);
  } catch (e) {
    say(`Export failed — ${e.message}`);
  }
}

$('audit-csv').onclick = () => exportAudit('csv');
$('audit-json').onclick = () => exportAudit('json');

// ---- playbook ----------------------------------------------------------------------------------------

let playbook = null;

async function loadPlaybook() {
  try {
    if (!playbook) {
      playbook = await api('api/v1/playbook');
      $('pb-language').replaceChildren(...playbook.languages.map(l => {
        const option = el('option', `${l.name} (${l.code})`);
        option.value = l.code;
        return option;
      }));
      $('pb-situation').replaceChildren(...playbook.situations.map(s => {
        const option = el('option', s);
        option.value = s;
        return option;
      }));
      $('pb-model').textContent = `Templates may use: ${Object.keys(playbook.dataModel || {}).map(k => `{${k}}`).join(' ')}`;
    }
    const cells = await api(`api/v1/playbook?language=${$('pb-language').value}&situation=${$('pb-situation').value}`);
    $('pb-cells').replaceChildren(...cells.templates.map(renderCell));
  } catch (e) {
    say(`Cannot load the playbook — ${e.message}`);
  }
}

function renderCell(cell) {
  const box = el('div', null, 'cell');
  const id = `pb-${cell.category}`;
  const label = el('label', `${cell.category}${cell.inheritedFrom ? ` (uses ${cell.inheritedFrom})` : ''} · ${cell.source}`);
  label.htmlFor = id;
  const area = el('textarea');
  area.id = id;
  area.rows = Math.min(8, cell.variants.length * 2 + 1);
  area.value = cell.variants.join('\n');
  const hint = el('p', 'One variant per line.', 'hint');
  const preview = el('p', null, 'gloss');
  const path = `api/v1/playbook/${cell.language}/${cell.situation}/${cell.category}`;
  const variants = () => area.value.split('\n').map(v => v.trim()).filter(Boolean);
  const save = el('button', 'Save');
  save.type = 'button';
  save.onclick = async () => {
    try {
      await api(path, { method: 'PUT', body: JSON.stringify({ variants: variants(), version: cell.version }) });
      say(`Saved the ${cell.category} templates.`);
      await loadPlaybook();
    } catch (e) {
      say(`Saving failed — ${e.message}`);
    }
  };
  const try1 = el('button', 'Preview first variant');
  try1.type = 'button';
  try1.onclick = async () => {
    try {
      const result = await api(`${path}/preview`, { method: 'POST', body: JSON.stringify({ template: variants()[0] || '' }) });
      preview.textContent = `${result.text} (${result.length} characters)`;
    } catch (e) {
      preview.textContent = `Preview failed — ${e.message}`;
    }
  };
  box.append(label, area, hint, save, try1);
  if (cell.source === 'edited') {
    const reset = el('button', 'Back to the file');
    reset.type = 'button';
    reset.onclick = async () => {
      try {
        await api(`${path}?version=${cell.version}`, { method: 'DELETE' });
        say(`The ${cell.category} templates come from the file again.`);
        await loadPlaybook();
      } catch (e) {
        say(`Reset failed — ${e.message}`);
      }
    };
    box.appendChild(reset);
  }
  box.appendChild(preview);
  return box;
}

$('pb-language').onchange = loadPlaybook;
$('pb-situation').onchange = loadPlaybook;

// ---- live alerts (Server-Sent Events read with fetch, which can send our credentials) -------------------

let listening = false;

async function listen() {
  if (listening) return;
  listening = true;
  while (sessionStorage.getItem(AUTH)) {
    try {
      const response = await fetch('api/v1/alerts/stream', { credentials: 'omit',
        headers: { 'Accept': 'text/event-stream', 'X-Requested-With': 'ReplyDesk',
          'Authorization': `Basic ${sessionStorage.getItem(AUTH)}` } });
      if (!response.ok || !response.body) throw new Error(`${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = event.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n');
          if (data) alertArrived(JSON.parse(data));
        }
      }
    } catch (e) {
      // dropped or refused: try again shortly; the inbox itself keeps working
    }
    await new Promise(resolve => setTimeout(resolve, 5000));
  }
  listening = false;
}

function alertArrived(alert) {
  const banner = $('alert-banner');
  banner.hidden = false;
  banner.replaceChildren('New urgent post: ', isolated(alert.summary || alert.postId),
    ` (priority ${alert.priority}, ${(alert.flags || []).join(' ')})`);
  if (!$('inbox-view').hidden) load(true);
}

document.addEventListener('replydesk:login', () => { listen(); });
