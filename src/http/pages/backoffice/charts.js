'use strict';
// Small hand-drawn SVG charts; labels go in as text nodes, never markup.
const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** Horizontal bars: [{label, value}], value shown as `format(value)`; `max` fixes the scale (1 for rates). */
function barChart(title, items, options) {
  const opts = Object.assign({ max: undefined, format: (v) => String(v), color: '#2680c2' }, options);
  const rowHeight = 22;
  const width = 400;
  const labelWidth = 150;
  const height = Math.max(1, items.length) * rowHeight + 8;
  const max = opts.max || Math.max(1, ...items.map((i) => i.value || 0));
  const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': title, 'data-chart': title });
  items.forEach((item, i) => {
    const y = 4 + i * rowHeight;
    const barWidth = Math.max(0, ((item.value || 0) / max) * (width - labelWidth - 60));
    svg.append(svgEl('text', { x: 0, y: y + 14 }, item.label.length > 22 ? item.label.slice(0, 21) + '…' : item.label));
    svg.append(svgEl('rect', { x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 8, fill: item.color || opts.color, 'data-value': item.value ?? '' }));
    svg.append(svgEl('text', { x: labelWidth + barWidth + 4, y: y + 14 }, item.value === undefined ? '—' : opts.format(item.value)));
  });
  if (!items.length) svg.append(svgEl('text', { x: 0, y: 14 }, 'no data'));
  return svg;
}

/** Columns per day: [{day, value}], with the value over each column and every few day labels under it. */
function columnChart(title, points, options) {
  const opts = Object.assign({ format: (v) => String(v), color: '#2680c2', max: undefined }, options);
  const width = 400;
  const height = 160;
  const bottom = 20;
  const max = opts.max || Math.max(1, ...points.map((p) => p.value || 0));
  const step = points.length ? (width - 10) / points.length : width;
  const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': title, 'data-chart': title });
  svg.append(svgEl('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, stroke: '#9fb3c8' }));
  const labelEvery = Math.ceil(points.length / 8);
  points.forEach((p, i) => {
    const h = ((p.value || 0) / max) * (height - bottom - 20);
    const x = 5 + i * step;
    svg.append(svgEl('rect', { x: x + step * 0.15, y: height - bottom - h, width: step * 0.7, height: h, fill: opts.color, 'data-value': p.value ?? '' }));
    if (p.value !== undefined && p.value !== 0) svg.append(svgEl('text', { x: x + step * 0.15, y: height - bottom - h - 3 }, opts.format(p.value)));
    if (i % labelEvery === 0) svg.append(svgEl('text', { x, y: height - 5 }, p.day.slice(5)));
  });
  return svg;
}
