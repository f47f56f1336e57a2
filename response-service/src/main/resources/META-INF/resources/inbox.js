'use strict';
// The inbox on the REST API. The page logs in with its own form and sends HTTP Basic credentials itself
// (kept in this tab's sessionStorage only; fetch never lets the browser add or prompt for credentials).
// Every piece of post text is put on the page with textContent, never as HTML.
const $ = id => document.getElementById(id);
const list = $('drafts');
const message = $('message');
let drafts = [];
let current = null;
// the draft whose reply the user is editing: a refresh (button, live alert) must not overwrite the edit
let editing = null;

const AUTH = 'replydesk.auth';

async function api(path, options = {}) {
  const headers = { 'Accept': 'application/json', 'X-Requested-With': 'ReplyDesk',
    'Authorization': `Basic ${sessionStorage.getItem(AUTH) || ''}` };
  if (options.body) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { ...options, credentials: 'omit', headers });
  if (response.status === 401) {
    showLogin('Please log in.');
    throw new Error('401: not logged in');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not problem+json */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function say(text) {
  message.textContent = text;
}

// The name goes in a <bdi> of its own: a right-to-left control in it cannot reorder the rating after it.
function authorOf(draft) {
  const author = draft.post.author;
  const name = document.createElement('bdi');
  name.textContent = author ? (author.displayName || author.handle || 'unknown author') : 'unknown author';
  const stars = draft.post.rating ? ` · ${draft.post.rating}/${draft.post.ratingScale || 5}★` : '';
  return [name, stars];
}

function renderList() {
  $('count').textContent = `(${drafts.length})`;
  list.replaceChildren(...drafts.map(draft => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.id = draft.id;
    button.setAttribute('aria-current', String(current !== null && current.id === draft.id));
    const head = document.createElement('strong');
    head.textContent = `${draft.priority} · ${(draft.flags || []).join(' ') || draft.status} · ${draft.language}`;
    const excerpt = document.createElement('span');
    excerpt.className = 'excerpt';
    excerpt.textContent = draft.post.text;
    button.append(head, excerpt);
    button.onclick = () => select(draft.id, true);
    item.appendChild(button);
    return item;
  }));
  if (drafts.length === 0) say('Nothing here.');
}

function select(id, focus) {
  current = drafts.find(d => d.id === id) || null;
  renderList();
  const body = $('detail-body');
  if (!current) {
    body.hidden = true;
    $('detail-title').textContent = 'Select a draft';
    return;
  }
  body.hidden = false;
  $('detail-title').replaceChildren('Draft for ', ...authorOf(current));
  $('d-priority').textContent = `priority ${current.priority}`;
  $('d-flags').textContent = (current.flags || []).join(' · ');
  $('d-category').textContent = current.category || '';
  $('d-status').textContent = current.status;
  $('d-author').replaceChildren(...authorOf(current));
  $('d-post').textContent = current.post.text;
  $('d-reasons').replaceChildren(...(current.reasons || []).map(reason => {
    const li = document.createElement('li');
    li.textContent = `${reason.flag} · ${reason.code}: ${reason.detail}`;
    return li;
  }));
  $('d-language').textContent = current.language;
  $('d-care').textContent = current.careNote || '';
  const gloss = current.gloss || {};
  $('d-gloss-post').textContent = gloss.post || '';
  $('d-gloss-draft').textContent = gloss.draft ? (gloss.draftCurrent === false
    ? `${gloss.draft} (as drafted; the text was edited since)` : gloss.draft) : '';
  const text = $('d-text');
  if (editing !== current.id) {
    editing = null;
    text.value = current.text;
  }
  const pending = current.status === 'PENDING';
  text.readOnly = !pending;
  document.querySelectorAll('.actions button').forEach(b => { b.disabled = !pending; });
  $('reject-box').hidden = true;
  $('d-outcome').textContent = current.platformReplyId ? `Posted as ${current.platformReplyId}`
    : current.failureReason ? `Failed: ${current.failureReason}` : '';
  updateLength();
  if (focus) $('detail').focus();
}

function updateLength() {
  const length = $('d-text').value.length;
  const limit = current && current.maxLength ? ` of ${current.maxLength} allowed` : '';
  $('d-length').textContent = `${length} characters${limit}`;
}

async function load(keep) {
  const status = $('status').value;
  try {
    drafts = await api(`api/v1/drafts?limit=200${status ? `&status=${status}` : ''}`);
    const next = keep && current && drafts.some(d => d.id === current.id) ? current.id : drafts.length ? drafts[0].id : null;
    select(next, false);
  } catch (e) {
    say(`Cannot load drafts — ${e.message}`);
  }
}

async function saveIfEdited() {
  const text = $('d-text').value;
  if (text !== current.text) {
    current = await api(`api/v1/drafts/${current.id}`,
      { method: 'PUT', body: JSON.stringify({ text, version: current.version }) });
  }
}

function act(label, call) {
  return async () => {
    if (!current) return;
    try {
      await call();
      editing = null;
      say(`${label}.`);
      await load(true);
    } catch (e) {
      say(`${label} failed — ${e.message}`);
    }
  };
}

const save = act('Saved', saveIfEdited);
const approve = act('Approved', async () => {
  await saveIfEdited();
  await api(`api/v1/drafts/${current.id}/approve?version=${current.version}`, { method: 'POST' });
});
const reject = act('Rejected', async () => {
  const reason = $('reject-reason').value.trim();
  if (!reason) throw new Error('say why it is rejected');
  await api(`api/v1/drafts/${current.id}/reject`, { method: 'POST', body: JSON.stringify({ reason }) });
});

// Posting is public and final: from the keyboard, "a" arms and a second "a" within 3 seconds approves.
let armedUntil = 0;
function approveByKey() {
  if (Date.now() < armedUntil) {
    armedUntil = 0;
    approve();
  } else {
    armedUntil = Date.now() + 3000;
    say('Press a again to approve and post this reply.');
  }
}

function openReject() {
  $('reject-box').hidden = false;
  $('reject-reason').focus();
}

function move(step) {
  if (!drafts.length) return;
  const at = current ? drafts.findIndex(d => d.id === current.id) : -1;
  const next = drafts[Math.max(0, Math.min(drafts.length - 1, at + step))];
  select(next.id, false);
  list.querySelector(`button[data-id="${next.id}"]`).focus();
}

$('save').onclick = save;
$('approve').onclick = approve;
$('reject').onclick = openReject;
$('reject-confirm').onclick = reject;
$('d-text').oninput = () => {
  if (current) editing = current.id;
  updateLength();
};
$('status').onchange = () => load(false);
$('refresh').onclick = () => load(true);
$('help').onclick = () => {
  const box = $('shortcuts');
  box.hidden = !box.hidden;
  $('help').setAttribute('aria-expanded', String(!box.hidden));
};
document.addEventListener('keydown', event => {
  const typing = ['TEXTAREA', 'INPUT', 'SELECT'].includes(document.activeElement.tagName);
  if ($('inbox-view').hidden) return; // the shortcuts act on the inbox only
  if (event.key === 'Escape' && typing) {
    document.activeElement.blur();
    return;
  }
  if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
  const keys = { j: () => move(1), k: () => move(-1), e: () => $('d-text').focus(), a: approveByKey, r: openReject };
  if (keys[event.key]) {
    event.preventDefault();
    keys[event.key]();
  }
});
function showLogin(text) {
  sessionStorage.removeItem(AUTH);
  $('app').hidden = true;
  $('views').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  say(text);
  $('username').focus();
}

$('login').onsubmit = async event => {
  event.preventDefault();
  const user = $('username').value;
  // UTF-8 safe Base64 of "user:password"
  const bytes = new TextEncoder().encode(`${user}:${$('password').value}`);
  sessionStorage.setItem(AUTH, btoa(String.fromCharCode(...bytes)));
  $('password').value = '';
  await start(`Logged in as ${user}.`);
};
$('logout').onclick = () => showLogin('Logged out.');

async function start(greeting) {
  try {
    await api('api/v1/drafts?limit=1');
  } catch (e) {
    if (!e.message.startsWith('401')) say(`Cannot reach the inbox — ${e.message}`);
    else say(sessionStorage.getItem(AUTH) === null && greeting ? 'Wrong user or password.' : 'Please log in.');
    return;
  }
  $('login').hidden = true;
  $('app').hidden = false;
  $('views').hidden = false;
  $('logout').hidden = false;
  say(greeting || '');
  await load(false);
  document.dispatchEvent(new Event('replydesk:login'));
}

if (sessionStorage.getItem(AUTH)) start(''); else showLogin('Please log in.');
