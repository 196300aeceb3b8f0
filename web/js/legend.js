// The legend: a button that opens a short key (closed by default on a phone, where the map needs the room).
import { t } from './i18n.js';

let current = null;

function items() {
  return [
    ['<span class="pin sm"><span></span></span>', t('lgShelter')],
    ['<span class="cluster sm"><span>12</span></span>', t('lgCluster')],
    ['<span class="park sm"><b>P</b><small>8/40</small></span>', t('lgParking')],
    ['<span class="ev-key">⚡</span>', t('lgEv')],
    ['<span class="door-key"></span>', t('lgEntrance')],
    ['<span class="footprint-key"></span>', t('lgFootprint')],
    ['<span class="district-key"></span>', t('lgDistrict')],
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

export function legendControl() {
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
