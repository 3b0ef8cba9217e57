// The example host page's script (docs/embed.md). Not inline, so the page itself can run under a
// Content-Security-Policy without 'unsafe-inline'. Everything received is shown as text only.

/** Where the app is: `?app=<http(s) address>`, else the folder this page is served from. */
function appAddress() {
  const given = new URLSearchParams(location.search).get('app');
  if (given) {
    try {
      const u = new URL(given, location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u;
    } catch {
      /* fall through to the default */
    }
  }
  return new URL('./', location.href);
}

const app = appAddress();
const appOrigin = app.origin;
const frame = document.getElementById('embed');
const log = document.getElementById('log');
const src = new URL(app.href);
src.searchParams.set('embed', '1');
src.searchParams.set('autoplay', '0');
frame.src = src.href;

/** Every message received from the embed, newest last (tests read it). */
const received = [];
window.embedReceived = received;

function addLine(kind, data) {
  const li = document.createElement('li');
  li.className = kind;
  li.textContent = `${kind === 'out' ? '→' : '←'} ${JSON.stringify(data)}`;
  log.append(li);
  while (log.children.length > 200) log.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
}

window.addEventListener('message', (event) => {
  // Only the embed's own window, from the app's origin.
  if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
  received.push(event.data);
  if (received.length > 1000) received.shift();
  const type = event.data && event.data.type;
  addLine(type === 'error' ? 'err' : 'in', event.data);
});

let nextId = 1;
/** Sends one request; targetOrigin is the app's origin, so nothing reaches another page. */
function send(message) {
  const m = { id: nextId++, ...message };
  addLine('out', m);
  frame.contentWindow.postMessage(m, appOrigin);
  return m.id;
}
window.embedSend = send;

const nodeRef = () => {
  const v = document.getElementById('i-node').value.trim();
  return /^\d+$/.test(v) ? Number(v) : v;
};
const on = (id, fn) => document.getElementById(id).addEventListener('click', fn);
on('b-play', () => send({ type: 'play' }));
on('b-pause', () => send({ type: 'pause' }));
on('b-seek', () => send({ type: 'seek', timeUtc: document.getElementById('i-time').value }));
on('b-warp', () => send({ type: 'setWarp', warp: 600 }));
on('b-select', () => send({ type: 'select', nodeId: nodeRef() }));
on('b-node', () => send({ type: 'getNode', nodeId: nodeRef() }));
on('b-state', () => send({ type: 'getState' }));
on('b-load', () => send({ type: 'load', scenario: 'suncatcher' }));
on('b-junk', () => send({ type: 'eval', code: '<img src=x onerror=alert(1)>' }));
