// The legend: a button that opens a short key (closed by default on a phone, where the map needs the room). The keys
// of the layers the WMS also draws (entrances, outlines, districts) are read from their SLD styles, titles included;
// the page's own markers (pins, clusters, car parks, you) are drawn by the page and keyed here.
import { t, currentLang } from './i18n.js';
import './styles.js';

let current = null;
let styles = {};

const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A swatch of an SLD symbolizer: a dot for points, a box for polygons, a dash for lines. */
function swatch(symbol, shape) {
  if (!symbol) return '';
  const fill = symbol.fill ? `background:${symbol.fill};opacity:${symbol.fill_opacity ?? 1};` : '';
  const border = symbol.stroke ? `border:${Math.max(1, Math.round(symbol.stroke_width || 1))}px ${symbol.dash ? 'dashed' : 'solid'} ${symbol.stroke};` : '';
  return `<span class="sld-key ${shape}" style="${fill}${border}"></span>`;
}

/** The rules of a style that draw `kind` symbols, each as [key, title]. */
function rules(name, kind, shape) {
  const legend = styles[name];
  if (!legend) return [];
  return legend.rules.filter(r => r.symbolizers.some(s => s.kind === kind))
    .filter((r, i, all) => all.findIndex(o => o.title.zh === r.title.zh) === i)
    .map(r => [swatch(r.symbolizers.find(s => s.kind === kind), shape), esc(globalThis.ShelterStyles.title(r, currentLang()))]);
}

function items() {
  const outlines = rules('shelters_signage', 'polygon', 'box');
  return [
    ['<span class="pin sm"><span></span></span>', t('lgShelter')],
    ['<span class="cluster sm"><span>12</span></span>', t('lgCluster')],
    ['<span class="park sm"><b>P</b><small>8/40</small></span>', t('lgParking')],
    ['<span class="ev-key">⚡</span>', t('lgEv')],
    ...rules('entrances', 'point', 'dot'),
    [outlines.map(o => o[0]).join(''), t('lgFootprint') + (outlines.length ? (currentLang() === 'zh' ? '：' : ': ') + outlines.map(o => o[1]).join(' / ') : '')],
    ...rules('districts', 'polygon', 'line'),
    ['<span class="here sm"><span></span></span>', t('lgYou')]
  ];
}

function fill(div, open) {
  div.innerHTML = `<button type="button" class="legend-toggle" aria-expanded="${open}" aria-controls="legend-body">${t('legend')}</button>`
    + `<ul id="legend-body" class="legend-body"${open ? '' : ' hidden'}>`
    + items().map(([key, label]) => `<li><span class="key" aria-hidden="true">${key}</span>${label}</li>`).join('') + '</ul>';
  const button = div.querySelector('.legend-toggle');
  button.addEventListener('click', () => {
    const body = div.querySelector('.legend-body');
    body.hidden = !body.hidden;
    button.setAttribute('aria-expanded', String(!body.hidden));
  });
}

/** The legend control; `sldStyles` are the page's SLD styles by name (GET /api/styles/{name}/legend). */
export function legendControl(sldStyles) {
  styles = sldStyles || {};
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const div = L.DomUtil.create('div', 'legend');
    L.DomEvent.disableClickPropagation(div);
    fill(div, window.matchMedia('(min-width: 800px)').matches);
    current = div;
    return div;
  };
  return control;
}

legendControl.refresh = () => {
  if (current) fill(current, !current.querySelector('.legend-body').hidden);
};
