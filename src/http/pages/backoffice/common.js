// Shared by /trainer and /dashboard. The token lives in sessionStorage (gone when the tab closes) and
// travels only in the Authorization header: no cookie, so another site cannot act for the user (CSRF).
'use strict';
const TOKEN_KEY = 'backoffice.token';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  // Text always goes in as text nodes: nothing a customer or trainer typed is ever parsed as HTML.
  for (const child of children.flat()) if (child !== undefined && child !== null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(method, path, body) {
  const headers = { authorization: 'Bearer ' + (sessionStorage.getItem(TOKEN_KEY) || '') };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = response.headers.get('content-type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error((data && data.message) || response.statusText);
    error.status = response.status;
    error.data = data;
    throw error;
  }
  return data;
}

/** Login by pasting a token; shows who it belongs to and their roles. Calls onReady(me) once valid. */
function setupLogin(onReady) {
  const input = document.getElementById('token');
  const who = document.getElementById('who');
  async function check() {
    try {
      const me = await api('GET', '/api/staff/me');
      who.textContent = me.id + ' (' + me.roles.join(', ') + ')';
      document.body.dataset.roles = me.roles.join(' ');
      onReady(me);
    } catch (err) {
      who.textContent = err.status === 401 ? 'Token not valid' : String(err.message);
    }
  }
  document.getElementById('login').addEventListener('click', () => {
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    input.value = '';
    check();
  });
  document.getElementById('logout').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    location.reload();
  });
  if (sessionStorage.getItem(TOKEN_KEY)) check();
}

function say(text) {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}
