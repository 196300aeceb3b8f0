// The siren signal of an alert state, in words and as a small diagram, from its pattern (sound, pause, cycles) as the
// database defines it (core.siren_patterns, served in GET /api/public/alert). Used by the public map, the action guide
// and the administrators' alert page.

/** The pattern of a state from the alert document's `sirens`, or null. */
export function patternOf(alert, state) {
  return (alert?.sirens || []).find(s => s.state === state) || null;
}

/** The signal in words: 鸣 36 秒、停 24 秒，反复 3 遍 / 连续鸣 3 分钟. */
export function sirenWords(p, lang) {
  if (!p) return '';
  const continuous = p.pause_s === 0 && p.cycles === 1;
  const minutes = p.sound_s % 60 === 0 ? p.sound_s / 60 : null;
  if (lang === 'en') {
    if (continuous) return 'one continuous tone for ' + (minutes ? minutes + ' minutes' : p.sound_s + ' s');
    return 'sounds ' + p.sound_s + ' s, silent ' + p.pause_s + ' s, ' + p.cycles + ' times';
  }
  if (continuous) return '连续鸣 ' + (minutes ? minutes + ' 分钟' : p.sound_s + ' 秒');
  return '鸣 ' + p.sound_s + ' 秒、停 ' + p.pause_s + ' 秒，反复 ' + p.cycles + ' 遍';
}

/**
 * The signal as an SVG strip, time left to right: a raised bar while the siren sounds, the base line while it pauses.
 * All patterns share one time scale when `scaleS` (the longest pattern's seconds) is given, so they compare at a glance.
 */
export function sirenSvg(p, label, scaleS) {
  if (!p) return '';
  const total = (p.sound_s + p.pause_s) * p.cycles;
  const width = 240, height = 28, top = 4, base = 24;
  const k = width / Math.max(total, scaleS || total);
  let path = 'M0 ' + base;
  let x = 0;
  for (let i = 0; i < p.cycles; i++) {
    const on = p.sound_s * k, off = p.pause_s * k;
    path += ' L' + x.toFixed(1) + ' ' + top + ' L' + (x + on).toFixed(1) + ' ' + top + ' L' + (x + on).toFixed(1) + ' ' + base;
    x += on + off;
    path += ' L' + x.toFixed(1) + ' ' + base;
  }
  const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return '<svg class="siren" data-state="' + esc(p.state) + '" viewBox="0 0 ' + width + ' ' + height + '" width="' + width
    + '" height="' + height + '" role="img" aria-label="' + esc(label) + '"><title>' + esc(label) + '</title>'
    + '<line x1="0" y1="' + base + '" x2="' + width + '" y2="' + base + '" class="siren-axis"/>'
    + '<path d="' + path + '" class="siren-wave"/></svg>';
}

/** The longest pattern's duration, for one shared scale. */
export function longestS(alert) {
  return Math.max(1, ...(alert?.sirens || []).map(p => (p.sound_s + p.pause_s) * p.cycles));
}
