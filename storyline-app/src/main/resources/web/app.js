// Storyline web UI: a single page with hash routes, no build step, no dependencies.
// Article text is untrusted: every piece of data reaches the page through text nodes (el() below) or
// attribute values, never through innerHTML, and links from data are kept only when they are http(s).
'use strict';

const TYPE_LABEL = { PERSON: 'Người', ORGANIZATION: 'Tổ chức', LOCATION: 'Địa điểm', MISC: 'Khác' };
const REMOVAL_LABEL = {
  CAPTION: 'Chú thích ảnh', PHOTO_CREDIT: 'Nguồn ảnh', SOURCE_LINE: 'Dòng nguồn', DUPLICATE_PARAGRAPH: 'Đoạn lặp lại',
  TEASER: 'Tin liên quan gắn kèm', WIDGET: 'Thành phần trang', OTHER: 'Khác'
};

// ---- DOM helpers

/** el('p', {class: 'x'}, 'text', child): strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return append(node, children);
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

/** A link from data: only http(s) URLs become hrefs (no javascript: or data:). */
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) { return null; }
}

function enc(s) { return encodeURIComponent(s); }

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch (e) { body = null; }
  if (!r.ok) {
    const err = new Error(body && body.error ? body.error : 'Lỗi ' + r.status);
    err.status = r.status;
    throw err;
  }
  return body;
}

function dateSpan(first, last) {
  if (!first && !last) return 'chưa rõ ngày';
  if (!first || first === last) return viDate(last || first);
  return viDate(first) + ' – ' + viDate(last);
}

/** ISO at its precision ("2024", "2024-03", "2024-03-05") as Vietnamese writes it. */
function viDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  if (m[3]) return Number(m[3]) + '/' + Number(m[2]) + '/' + m[1];
  if (m[2]) return 'tháng ' + Number(m[2]) + '/' + m[1];
  return 'năm ' + m[1];
}

// ---- router

const app = () => document.getElementById('app');

function parseHash() {
  const h = location.hash.replace(/^#/, '') || '/';
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params };
}

async function route() {
  hidePopover();
  const { parts, params } = parseHash();
  const root = clear(app());
  try {
    if (parts.length === 0) await storyList(root);
    else if (parts[0] === 'story' && parts[1]) await storyPage(root, parts[1]);
    else if (parts[0] === 'article' && parts[1]) await articlePage(root, parts[1], params);
    else if (parts[0] === 'entity' && parts[1]) await entityPage(root, parts[1]);
    else if (parts[0] === 'search') await searchPage(root, params);
    else root.appendChild(el('p', { class: 'error' }, 'Không có trang này.'));
  } catch (e) {
    clear(root).appendChild(el('p', { class: 'error' }, e.status === 404 ? 'Không tìm thấy.' : 'Có lỗi: ' + e.message));
  }
  window.scrollTo(0, 0);
  const cited = root.querySelector('.cited');
  if (cited) cited.scrollIntoView({ block: 'center' });
}

// ---- story list

async function storyList(root) {
  const [data, stats] = await Promise.all([api('api/stories?limit=100'), api('api/stats')]);
  root.appendChild(el('h1', null, 'Câu chuyện'));
  root.appendChild(el('p', { class: 'muted' },
    stats.articles + ' bài báo · ' + stats.stories + ' câu chuyện · ' + stats.entities + ' thực thể'));
  if (data.stories.length === 0) {
    root.appendChild(el('p', null, 'Kho chưa có bài nào. Thêm bài bằng lệnh storyline ingest hoặc POST /api/articles.'));
    return;
  }
  const list = el('ol', { id: 'story-list', class: 'cards' });
  for (const s of data.stories) {
    list.appendChild(el('li', { class: 'story-card' },
      el('a', { class: 'story-title', href: '#/story/' + enc(s.id) }, s.title || s.id),
      el('div', { class: 'meta' },
        el('span', { class: 'size' }, s.articles + ' bài'), ' · ',
        el('span', { class: 'span' }, dateSpan(s.first_date, s.last_date))),
      s.actors.length ? el('div', { class: 'actors' }, 'Nhân vật chính: ', s.actors.join(', ')) : null));
  }
  root.appendChild(list);
}

// ---- story page

async function storyPage(root, id) {
  const s = await api('api/stories/' + enc(id));
  const cites = new CitationIndex();
  root.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← Câu chuyện')));
  root.appendChild(el('h1', { id: 'story-title' }, s.title || s.id));
  const dates = s.articles.map(a => a.published).filter(Boolean).sort();
  root.appendChild(el('p', { class: 'muted' }, s.articles.length + ' bài · ' + dateSpan(dates[0], dates[dates.length - 1])));
  root.appendChild(el('p', { class: 'exports' }, 'Xuất: ',
    ['json', 'markdown', 'html', 'timelinejs'].map((f, i) => [i ? ' · ' : '',
      el('a', { href: 'api/stories/' + enc(s.id) + '/export?format=' + f, download: '' },
        { json: 'JSON', markdown: 'Markdown', html: 'HTML', timelinejs: 'TimelineJS' }[f])]),
    ' · ', el('a', { href: '#/search?story=' + enc(s.id) }, 'Tìm trong câu chuyện này')));

  const summary = el('section', { id: 'summary', class: 'panel' }, el('h2', null, 'Tóm tắt'));
  if (s.summary.length === 0) summary.appendChild(el('p', { class: 'muted' }, 'Chưa có tóm tắt.'));
  const para = el('p', { class: 'summary-text' });
  for (const sent of s.summary) append(para, [el('span', { class: 'sentence' }, sent.text), cites.markers(sent.citations), ' ']);
  summary.appendChild(para);
  root.appendChild(summary);

  root.appendChild(timelineSection(s, cites));

  const actors = el('section', { id: 'actors', class: 'panel half' }, el('h2', null, 'Nhân vật'));
  const al = el('ul', { class: 'plain' });
  for (const a of s.actors) {
    al.appendChild(el('li', null,
      a.entity ? el('a', { href: '#/entity/' + enc(a.entity) }, a.name) : a.name,
      el('span', { class: 'tag t-' + (a.type || 'MISC') }, TYPE_LABEL[a.type] || a.type || ''),
      el('span', { class: 'muted' }, ' ' + a.mentions + ' lần nhắc, ' + a.articles + ' bài')));
  }
  if (s.actors.length === 0) al.appendChild(el('li', { class: 'muted' }, 'Không có.'));
  actors.appendChild(al);

  const quotes = el('section', { id: 'quotes', class: 'panel half' }, el('h2', null, 'Ai nói gì'));
  for (const q of s.quotes) {
    quotes.appendChild(el('blockquote', null,
      el('p', null, '“' + q.text + '”', cites.markers(q.citations || (q.citation ? [q.citation] : []))),
      el('footer', null, '— ',
        q.speaker_entity ? el('a', { href: '#/entity/' + enc(q.speaker_entity) }, q.speaker) : (q.speaker || 'không rõ'),
        q.date ? ', ' + viDate(q.date) : '')));
  }
  if (s.quotes.length === 0) quotes.appendChild(el('p', { class: 'muted' }, 'Không có trích dẫn.'));
  root.appendChild(el('div', { class: 'two' }, actors, quotes));

  const facts = el('section', { id: 'facts', class: 'panel' }, el('h2', null, 'Con số chính'));
  const fl = el('ul', { class: 'plain' });
  for (const f of s.facts) {
    const li = el('li', { class: f.conflicts.length ? 'fact conflict' : 'fact' },
      el('strong', null, f.text), cites.markers(f.citations));
    if (f.conflicts.length) {
      const cl = el('ul', { class: 'conflicts' });
      for (const c of f.conflicts) cl.appendChild(el('li', null, 'Nguồn khác ghi: ', el('strong', null, c.text), cites.markers(c.citations)));
      li.appendChild(el('div', { class: 'warn' }, '⚠ Các nguồn không khớp:'));
      li.appendChild(cl);
    }
    fl.appendChild(li);
  }
  if (s.facts.length === 0) fl.appendChild(el('li', { class: 'muted' }, 'Không có.'));
  facts.appendChild(fl);
  root.appendChild(facts);

  const arts = el('section', { id: 'articles', class: 'panel' }, el('h2', null, 'Các bài báo'));
  const ol = el('ol', null);
  for (const a of s.articles) {
    const n = cites.articleNumber(a.id);
    ol.appendChild(el('li', { id: 'src-' + n },
      s.articles.length > 1 ? el('input', { type: 'checkbox', class: 'pick', value: a.id, title: 'Chọn để tách' }) : null, ' ',
      el('a', { href: '#/article/' + enc(a.id) }, a.title || a.id),
      el('span', { class: 'muted' }, ' — ' + [a.outlet, viDate(a.published)].filter(Boolean).join(', '))));
  }
  arts.appendChild(ol);
  root.appendChild(arts);
  root.appendChild(editPanel(id, ol));
}

/**
 * An editor's corrections: split the checked articles into a new story, or merge another story into this one.
 * Both are kept by later ingests (the store pins the articles); a refused edit shows the server's reason.
 */
function editPanel(id, list) {
  const status = el('p', { id: 'edit-status', class: 'muted', role: 'status' });
  const fail = e => { status.className = 'error'; status.textContent = 'Không thực hiện được: ' + e.message; };
  const split = el('button', { type: 'button', id: 'split-button', onclick: async () => {
    const ids = [...list.querySelectorAll('input.pick:checked')].map(c => c.value);
    if (ids.length === 0) { status.className = 'error'; status.textContent = 'Chọn ít nhất một bài để tách.'; return; }
    try {
      const r = await send('api/stories/' + enc(id) + '/split', { articles: ids });
      location.hash = '#/story/' + enc(r.story);
    } catch (e) { fail(e); }
  } }, 'Tách các bài đã chọn thành câu chuyện mới');
  const other = el('input', { type: 'text', id: 'merge-from', placeholder: 'mã câu chuyện, ví dụ story-4' });
  const merge = el('button', { type: 'button', id: 'merge-button', onclick: async () => {
    const from = other.value.trim();
    if (!from) { status.className = 'error'; status.textContent = 'Nhập mã câu chuyện cần gộp.'; return; }
    try {
      await send('api/stories/' + enc(id) + '/merge', { from });
      route();
    } catch (e) { fail(e); }
  } }, 'Gộp vào câu chuyện này');
  return el('section', { id: 'edit', class: 'panel' }, el('h2', null, 'Biên tập'),
    el('p', null, split), el('p', null, other, ' ', merge), status);
}

/** POSTs a JSON body; the parsed answer, or an Error carrying the server's reason. */
async function send(path, body) {
  const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body) });
  let answer = null;
  try { answer = await r.json(); } catch (e) { answer = null; }
  if (!r.ok) throw new Error(answer && answer.error ? answer.error : 'Lỗi ' + r.status);
  return answer;
}

/** Numbers citations in order of appearance; the same span always gets the same number. */
class CitationIndex {
  constructor() { this.numbers = new Map(); this.articles = new Map(); }

  articleNumber(id) {
    if (!this.articles.has(id)) this.articles.set(id, this.articles.size + 1);
    return this.articles.get(id);
  }

  markers(citations) {
    return (citations || []).map(c => {
      const key = c.article + ':' + c.start + ':' + c.end;
      if (!this.numbers.has(key)) this.numbers.set(key, this.numbers.size + 1);
      const n = this.numbers.get(key);
      const b = el('button', { type: 'button', class: 'cite', 'aria-label': 'Nguồn ' + n }, '[' + n + ']');
      b.addEventListener('mouseenter', () => showCitation(b, c, n));
      b.addEventListener('focus', () => showCitation(b, c, n));
      b.addEventListener('click', ev => { ev.stopPropagation(); showCitation(b, c, n, true); });
      return b;
    });
  }
}

// ---- citation popover

let pinned = false;

function showCitation(anchor, c, n, pin) {
  if (pinned && !pin) return;
  pinned = !!pin;
  const pop = clear(document.getElementById('popover'));
  const sentence = c.sentence || c.text || '';
  const at = c.text ? sentence.indexOf(c.text) : -1;
  const quote = el('p', { class: 'pop-sentence' });
  if (at >= 0) append(quote, [sentence.slice(0, at), el('mark', null, c.text), sentence.slice(at + c.text.length)]);
  else append(quote, [sentence || '(không còn văn bản nguồn)']);
  append(pop, [
    el('div', { class: 'pop-head' }, 'Nguồn [' + n + ']'),
    quote,
    el('a', { href: '#/article/' + enc(c.article) + '?hl=' + c.start + '-' + c.end }, c.article_title || c.article),
    pin ? el('button', { type: 'button', class: 'pop-close', 'aria-label': 'Đóng', onclick: () => { pinned = false; hidePopover(); } }, '×') : null]);
  pop.hidden = false;
  const r = anchor.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 24);
  pop.style.width = width + 'px';
  pop.style.left = Math.max(12, Math.min(window.scrollX + r.left - 20, window.scrollX + window.innerWidth - width - 12)) + 'px';
  pop.style.top = (window.scrollY + r.bottom + 8) + 'px';
  // A hovered popover stays while the pointer moves into it, so its article link can be clicked.
  if (!pin) anchor.addEventListener('mouseleave', () => setTimeout(() => {
    if (!pinned && !pop.matches(':hover') && !anchor.matches(':hover')) hidePopover();
  }, 300), { once: true });
}

function hidePopover() {
  const pop = document.getElementById('popover');
  if (pop) { pop.hidden = true; clear(pop); }
}

document.addEventListener('click', ev => {
  const pop = document.getElementById('popover');
  if (pinned && pop && !pop.contains(ev.target)) { pinned = false; hidePopover(); }
});
document.getElementById('popover').addEventListener('mouseleave', () => { if (!pinned) hidePopover(); });
document.addEventListener('keydown', ev => { if (ev.key === 'Escape') { pinned = false; hidePopover(); } });

// ---- timeline

/** Days since epoch of an ISO date at any precision (its first day). */
function dayOf(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86400000;
}

function timelineSection(s, cites) {
  const section = el('section', { id: 'timeline', class: 'panel' }, el('h2', null, 'Dòng thời gian'));
  const entries = s.timeline.map((t, i) => ({ t, i, day: dayOf(t.date) }));
  const dated = entries.filter(e => e.day !== null);
  if (entries.length === 0) {
    section.appendChild(el('p', { class: 'muted' }, 'Không có mốc thời gian.'));
    return section;
  }
  let zoom = 1;
  const scroller = el('div', { class: 'tl-scroll' });
  const controls = el('div', { class: 'tl-controls' },
    el('button', { type: 'button', id: 'tl-zoom-in', title: 'Phóng to', onclick: () => setZoom(zoom * 1.6) }, '+ Phóng to'),
    el('button', { type: 'button', id: 'tl-zoom-out', title: 'Thu nhỏ', onclick: () => setZoom(zoom / 1.6) }, '− Thu nhỏ'),
    el('button', { type: 'button', id: 'tl-reset', onclick: () => setZoom(1) }, 'Vừa khung'),
    el('span', { class: 'muted' }, ' (hoặc cuộn chuột trên trục)'));
  const list = el('ol', { class: 'tl-list' });
  for (const e of entries) {
    list.appendChild(el('li', { id: 'tl-' + e.i, class: 'tl-entry' },
      el('time', null, viDate(e.t.date) || 'không rõ'), ' ',
      el('span', null, e.t.text), cites.markers(e.t.citations),
      e.t.sources > 1 ? el('span', { class: 'muted' }, ' (' + e.t.sources + ' nguồn)') : null));
  }
  section.append(controls, scroller, list);
  const min = dated.length ? Math.min(...dated.map(e => e.day)) : 0;
  const max = dated.length ? Math.max(...dated.map(e => e.day)) : 1;
  const spanDays = Math.max(1, max - min);

  function draw() {
    const base = Math.max(320, scroller.clientWidth || 800);
    const width = Math.round(base * zoom), height = 120, pad = 40;
    const x = day => pad + (day - min) / spanDays * (width - 2 * pad);
    const g = svg('svg', { width, height, viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Trục thời gian' });
    g.appendChild(svg('line', { x1: pad, x2: width - pad, y1: 70, y2: 70, class: 'tl-axis' }));
    // Ticks: years, or months when the zoomed axis has room for them.
    const pxPerDay = (width - 2 * pad) / spanDays;
    const startYear = new Date(min * 86400000).getUTCFullYear(), endYear = new Date(max * 86400000).getUTCFullYear();
    const monthly = pxPerDay * 30 > 40;
    for (let y = startYear; y <= endYear; y++) {
      for (let m = 0; m < (monthly ? 12 : 1); m++) {
        const d = Date.UTC(y, m, 1) / 86400000;
        if (d < min - 31 || d > max) continue;
        const xx = x(Math.max(d, min));
        g.appendChild(svg('line', { x1: xx, x2: xx, y1: 64, y2: 76, class: 'tl-tick' }));
        g.appendChild(svg('text', { x: xx, y: 95, class: 'tl-label' }, monthly ? (m + 1) + '/' + y : String(y)));
      }
    }
    const used = [];
    for (const e of dated) {
      const cx = x(e.day);
      let row = 0;
      while (used.some(u => u.row === row && Math.abs(u.x - cx) < 12)) row++;
      used.push({ row, x: cx });
      const dot = svg('circle', { cx, cy: 70 - 14 * Math.min(row, 3), r: 6, class: 'tl-dot', tabindex: 0 },
        svg('title', {}, viDate(e.t.date) + ': ' + e.t.text));
      const go = () => {
        const target = document.getElementById('tl-' + e.i);
        for (const x of list.querySelectorAll('.active')) x.classList.remove('active');
        target.classList.add('active');
        target.scrollIntoView({ block: 'nearest' });
      };
      dot.addEventListener('click', go);
      dot.addEventListener('keydown', ev => { if (ev.key === 'Enter') go(); });
      g.appendChild(dot);
    }
    clear(scroller).appendChild(g);
  }

  function setZoom(z, focusX) {
    const old = zoom;
    zoom = Math.min(64, Math.max(1, z));
    const fx = focusX === undefined ? scroller.clientWidth / 2 : focusX;
    const at = (scroller.scrollLeft + fx) / old;
    draw();
    scroller.scrollLeft = at * zoom - fx;
  }

  scroller.addEventListener('wheel', ev => {
    // Zooming out at full view would do nothing: leave the wheel to the page then.
    if (!ev.deltaY || (ev.deltaY > 0 && zoom <= 1)) return;
    ev.preventDefault();
    const r = scroller.getBoundingClientRect();
    setZoom(ev.deltaY < 0 ? zoom * 1.25 : zoom / 1.25, ev.clientX - r.left);
  }, { passive: false });
  requestAnimationFrame(draw);
  window.addEventListener('resize', () => { if (scroller.isConnected) draw(); });
  return section;
}

// ---- article page

async function articlePage(root, id, params) {
  const a = await api('api/articles/' + enc(id));
  const hl = /^(\d+)-(\d+)$/.exec(params.get('hl') || '');
  root.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/', onclick: ev => {
    if (history.length > 1) { ev.preventDefault(); history.back(); }
  } }, '← Quay lại')));
  root.appendChild(el('h1', { id: 'article-title' }, a.title || a.display_title || a.id));
  const url = safeUrl(a.url);
  root.appendChild(el('p', { class: 'muted' },
    [a.outlet, a.published ? viDate(a.published) + (a.published_inferred ? ' (suy ra)' : '') : null].filter(Boolean).join(' · '),
    url ? [' · ', el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'bài gốc')] : null));
  root.appendChild(el('p', { class: 'legend' }, 'Chú giải: ',
    el('span', { class: 'a-ent' }, 'thực thể'), ' ', el('span', { class: 'a-time' }, 'thời gian'), ' ',
    el('span', { class: 'a-qty' }, 'con số'), ' ', el('span', { class: 'a-quote' }, 'trích dẫn'),
    hl ? [' ', el('span', { class: 'cited' }, 'đoạn được trích')] : null));

  const layers = [];
  for (const e of a.entities) layers.push({ s: e.start, e: e.end, cls: 'a-ent', title: (TYPE_LABEL[e.type] || e.type) + ': ' + e.text, entity: e.entity });
  // a title alone ("Thủ tướng Iraq") links to the person the article named with it; the tooltip shows that name
  for (const r of a.references || []) layers.push({ s: r.start, e: r.end, cls: 'a-ent', entity: r.entity,
    title: 'Người (chức danh): ' + a.text.slice(r.evidence.start, r.evidence.end) });
  for (const t of a.times) layers.push({ s: t.start, e: t.end, cls: 'a-time', title: 'Thời gian: ' + (t.value || t.text) });
  for (const q of a.quantities) layers.push({ s: q.start, e: q.end, cls: 'a-qty', title: 'Con số: ' + q.value + (q.unit ? ' ' + q.unit : '') });
  for (const q of a.quotes) layers.push({ s: q.start, e: q.end, cls: 'a-quote', title: 'Trích dẫn' + (q.speaker ? ' của ' + q.speaker : '') });
  if (hl) layers.push({ s: Number(hl[1]), e: Number(hl[2]), cls: 'cited', title: 'Đoạn được trích' });

  const body = el('article', { id: 'article-text', class: 'panel text' });
  const paragraphs = a.paragraphs.length ? a.paragraphs : [{ start: 0, end: a.text.length }];
  for (const p of paragraphs) body.appendChild(annotated(a.text, p.start, p.end, layers));
  root.appendChild(body);

  const removed = el('section', { id: 'removed', class: 'panel' }, el('h2', null, 'Nội dung đã lược bỏ khi làm sạch'));
  if (a.removed.length === 0) removed.appendChild(el('p', { class: 'muted' }, 'Không có gì bị lược bỏ.'));
  const rl = el('ul', { class: 'plain' });
  for (const r of a.removed) rl.appendChild(el('li', null, el('span', { class: 'tag' }, REMOVAL_LABEL[r.reason] || r.reason), ' ', el('span', { class: 'removed-text' }, r.text)));
  removed.appendChild(rl);
  root.appendChild(removed);
}

/** One paragraph as text nodes in spans: every boundary of every layer cuts a segment, each styled by its layers. */
function annotated(text, from, to, layers) {
  const mine = layers.filter(l => l.s < to && l.e > from);
  const cuts = new Set([from, to]);
  for (const l of mine) { cuts.add(Math.max(from, l.s)); cuts.add(Math.min(to, l.e)); }
  const points = [...cuts].sort((x, y) => x - y);
  const p = el('p', null);
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const on = mine.filter(l => l.s <= s && l.e >= e);
    const piece = text.slice(s, e);
    if (on.length === 0) { p.appendChild(document.createTextNode(piece)); continue; }
    const ent = on.find(l => l.entity);
    const span = el(ent ? 'a' : 'span', { class: on.map(l => l.cls).join(' '), title: on.map(l => l.title).join(' · '),
      href: ent ? '#/entity/' + enc(ent.entity) : null }, piece);
    p.appendChild(span);
  }
  return p;
}

// ---- entity page

async function entityPage(root, id) {
  const e = await api('api/entities/' + enc(id));
  root.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← Câu chuyện')));
  root.appendChild(el('h1', null, e.name, ' ', el('span', { class: 'tag t-' + e.type }, TYPE_LABEL[e.type] || e.type)));
  if (e.aliases.length) root.appendChild(el('p', { class: 'muted' }, 'Tên khác: ' + e.aliases.join(', ')));
  root.appendChild(el('p', { class: 'muted' }, e.total_mentions + ' lần được nhắc · ',
    el('a', { href: '#/search?entity=' + enc(e.id) }, 'Các bài nhắc đến')));
  const st = el('section', { class: 'panel' }, el('h2', null, 'Câu chuyện'));
  const sl = el('ul', { class: 'plain' });
  for (const s of e.stories) sl.appendChild(el('li', null, el('a', { href: '#/story/' + enc(s.id) }, s.title), el('span', { class: 'muted' }, ' · ' + s.articles + ' bài')));
  st.appendChild(sl);
  root.appendChild(st);
  const ms = el('section', { class: 'panel' }, el('h2', null, 'Được nhắc trong'));
  const ml = el('ul', { class: 'plain' });
  for (const m of e.mention_list) {
    ml.appendChild(el('li', null, el('a', { href: '#/article/' + enc(m.article) + '?hl=' + m.start + '-' + m.end }, m.article), ': ',
      el('span', null, m.sentence || m.text)));
  }
  ms.appendChild(ml);
  root.appendChild(ms);
}

// ---- search

async function searchPage(root, params) {
  root.appendChild(el('h1', null, 'Tìm kiếm'));
  const field = (name, label, input) => el('label', null, label, ' ', input);
  const opt = (v, label, cur) => el('option', { value: v, selected: v === (cur || '') }, label);
  const form = el('form', { id: 'search-form', class: 'panel filters' },
    field('q', 'Từ khóa', el('input', { type: 'search', name: 'q', value: params.get('q') || '', placeholder: 'ví dụ: lien minh quan su' })),
    field('from', 'Từ ngày', el('input', { type: 'date', name: 'from', value: params.get('from') || '' })),
    field('to', 'Đến ngày', el('input', { type: 'date', name: 'to', value: params.get('to') || '' })),
    field('date_field', 'Theo', el('select', { name: 'date_field' },
      opt('published', 'ngày đăng', params.get('date_field') || 'published'), opt('event', 'ngày sự kiện', params.get('date_field')))),
    field('source', 'Nguồn', el('input', { type: 'text', name: 'source', value: params.get('source') || '', placeholder: 'tên báo' })),
    field('type', 'Loại thực thể', el('select', { name: 'type' }, opt('', 'tất cả', params.get('type')),
      Object.entries(TYPE_LABEL).map(([k, v]) => opt(k, v, params.get('type'))))),
    el('label', null, el('input', { type: 'checkbox', name: 'group_by_story', value: 'true', checked: params.get('group_by_story') === 'true' }), ' Gom theo câu chuyện'),
    el('button', { type: 'submit' }, 'Tìm'));
  for (const keep of ['entity', 'story']) if (params.get(keep)) form.appendChild(el('input', { type: 'hidden', name: keep, value: params.get(keep) }));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    location.hash = '#/search?' + p.toString();
  });
  root.appendChild(form);
  if (![...params.keys()].length) return;

  const query = new URLSearchParams(params);
  if (!query.get('limit')) query.set('limit', '20');
  const out = el('section', { id: 'results' });
  root.appendChild(out);
  let r;
  try {
    r = await api('api/search?' + query.toString());
  } catch (e) {
    out.appendChild(el('p', { class: 'error' }, 'Không tìm được: ' + e.message));
    return;
  }
  out.appendChild(el('p', { class: 'muted', id: 'result-count' }, r.total + ' bài phù hợp' + (r.took_millis ? ' (' + r.took_millis + ' ms)' : '')
    + (r.facets_sampled ? ' · số đếm theo nhóm là ước tính từ ' + r.facet_sample + ' bài lấy mẫu' : '')));
  const approx = r.facets_sampled ? '≈' : '';
  const facets = el('div', { class: 'facets' });
  for (const [name, label] of [['source', 'Nguồn'], ['story', 'Câu chuyện'], ['type', 'Loại'], ['entity', 'Thực thể']]) {
    const values = (r.facets[name] || []).slice(0, 8);
    if (!values.length) continue;
    const box = el('div', { class: 'facet' }, el('strong', null, label + ': '));
    for (const f of values) {
      const p = new URLSearchParams(params);
      p.set(name, f.value);
      box.appendChild(el('a', { href: '#/search?' + p.toString(), class: 'chip' },
        (name === 'type' ? TYPE_LABEL[f.label] || f.label : f.label || f.value || 'không rõ') + ' (' + approx + f.count + ')'));
    }
    facets.appendChild(box);
  }
  out.appendChild(facets);
  if (r.groups.length) {
    for (const g of r.groups) {
      const sec = el('section', { class: 'group panel' },
        el('h2', null, g.story ? el('a', { href: '#/story/' + enc(g.story.id) }, g.story.title) : 'Chưa thuộc câu chuyện nào'));
      for (const h of g.hits) sec.appendChild(hitView(h));
      out.appendChild(sec);
    }
  } else {
    for (const h of r.hits) out.appendChild(hitView(h));
  }
}

function hitView(h) {
  const a = h.article;
  const div = el('div', { class: 'hit panel' },
    el('a', { class: 'hit-title', href: '#/article/' + enc(a.id) }, a.title || a.id),
    el('div', { class: 'muted' }, [a.outlet, viDate(a.published)].filter(Boolean).join(' · ')));
  for (const s of h.snippets) {
    const p = el('p', { class: 'snippet' }, '… ');
    let at = 0;
    for (const [from, to] of s.highlights) {
      if (from < at) continue;
      append(p, [s.text.slice(at, from), el('mark', null, s.text.slice(from, to))]);
      at = to;
    }
    append(p, [s.text.slice(at), ' …']);
    div.appendChild(p);
  }
  return div;
}

// ---- start

document.getElementById('quick-search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = new FormData(ev.target).get('q') || '';
  location.hash = '#/search?q=' + enc(q);
});
window.addEventListener('hashchange', route);
route();
