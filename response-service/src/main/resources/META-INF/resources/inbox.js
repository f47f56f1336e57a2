'use strict';
// A minimal inbox on the REST API. The browser's own HTTP Basic prompt handles login: the API answers 401
// with a Basic challenge, and the browser then sends the credentials on every same-origin request.
const list = document.getElementById('drafts');
const template = document.getElementById('draft');
const message = document.getElementById('message');
const statusFilter = document.getElementById('status');

async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options,
    headers: { 'Accept': 'application/json', ...(options.body ? { 'Content-Type': 'application/json' } : {}) } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not problem+json */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function render(draft) {
  const item = template.content.firstElementChild.cloneNode(true);
  item.querySelector('.priority').textContent = `priority ${draft.priority}`;
  item.querySelector('.flags').textContent = (draft.flags || []).join(' · ');
  item.querySelector('.category').textContent = draft.category || '';
  item.querySelector('.status').textContent = `${draft.status} · ${draft.language}`;
  item.querySelector('.post').textContent = draft.post.text;
  const author = draft.post.author ? (draft.post.author.displayName || draft.post.author.handle) : 'unknown author';
  const stars = draft.post.rating ? ` · ${draft.post.rating}/${draft.post.ratingScale || 5}★` : '';
  item.querySelector('.author').textContent = `${author}${stars}`;
  const reasons = item.querySelector('.reasons');
  for (const reason of draft.reasons || []) {
    const li = document.createElement('li');
    li.textContent = `${reason.flag}: ${reason.detail}`;
    reasons.appendChild(li);
  }
  const text = item.querySelector('.text');
  text.value = draft.text;
  const pending = draft.status === 'PENDING';
  text.readOnly = !pending;
  item.querySelectorAll('.actions button').forEach(b => { b.hidden = !pending; });
  const act = (label, call) => async () => {
    try {
      await call();
      message.textContent = `${label}.`;
      await load();
    } catch (e) {
      message.textContent = `${label} failed — ${e.message}`;
    }
  };
  item.querySelector('.save').onclick = act('Saved', () => api(`api/v1/drafts/${draft.id}`,
    { method: 'PUT', body: JSON.stringify({ text: text.value, version: draft.version }) }));
  item.querySelector('.approve').onclick = act('Approved', async () => {
    if (text.value !== draft.text) {
      draft = await api(`api/v1/drafts/${draft.id}`,
        { method: 'PUT', body: JSON.stringify({ text: text.value, version: draft.version }) });
    }
    return api(`api/v1/drafts/${draft.id}/approve?version=${draft.version}`, { method: 'POST' });
  });
  item.querySelector('.reject').onclick = act('Rejected', () => {
    const reason = prompt('Why is this draft rejected?');
    if (!reason) throw new Error('a reason is required');
    return api(`api/v1/drafts/${draft.id}/reject`, { method: 'POST', body: JSON.stringify({ reason }) });
  });
  return item;
}

async function load() {
  const status = statusFilter.value;
  try {
    const drafts = await api(`api/v1/drafts?limit=200${status ? `&status=${status}` : ''}`);
    list.replaceChildren(...drafts.map(render));
    if (drafts.length === 0) message.textContent = 'Nothing here.';
  } catch (e) {
    message.textContent = `Cannot load drafts — ${e.message}`;
  }
}

statusFilter.onchange = load;
document.getElementById('refresh').onclick = load;
load();
