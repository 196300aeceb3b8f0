// The action guide: what each siren means and what to do, how to recognise a shelter, what to bring. It works
// offline (the service worker keeps the page, this script and the alert document with the siren patterns; the last
// alert document is also in localStorage).
import { t, addTexts, setLang, currentLang, initialLang } from './i18n.js';
import { patternOf, sirenWords, sirenSvg, longestS } from './siren.js';
import { kept } from './alert.js';

addTexts({
  gTitle: '防空警报行动指南', gBack: '← 返回疏散地图', gIntro: '本页离线可用：打开过一次后，没有网络也能查看。',
  gSirens: '听到警报怎么办', gSign: '认准橙色人防标识', gBring: '随身带上', gInside: '在掩蔽工程内',
  gSignText: '人防工程的出入口贴有橙色标识：橙色底、白色人防标志和“人防工程”字样。人员出入口标识约 80×45 厘米，车辆出入口约 150×50 厘米；小区内距出入口约 100 米处有指向标识，之后约每 300 米一处。看到它，就是可以进入的掩蔽工程，而不是普通地下室。',
  gSignAlt: '橙色人防工程标识',
  gState_preliminary: '预先警报', gDo_preliminary: '敌机可能来袭。收听广播电视和手机通知；关闭燃气、电源，熄灭明火；带上应急包，扶老携幼，按疏散地图前往最近的开放掩蔽工程。',
  gState_air_raid: '空袭警报', gDo_air_raid: '空袭即将来临。立即就近进入掩蔽工程或坚固的地下空间；来不及时就地卧倒，远离窗户和玻璃；进入后听从工作人员指挥。',
  gState_all_clear: '解除警报', gDo_all_clear: '空袭已经结束。听从指挥有序离开掩蔽场所，不要拥挤；留意余火、坍塌和次生灾害，关注官方消息。',
  gNoPattern: '（警报信号将在联网后显示）',
  gBringList: '身份证件和少量现金|饮用水（每人每天约 3 升）和不易变质的食品|常用药品、慢性病用药和急救包|手电筒、备用电池、收音机和充电宝|口罩或湿毛巾、保暖衣物、雨具|哨子，以及家人的联系方式（写在纸上）',
  gInsideList: '保持安静，听从工作人员安排，让老人、儿童、孕妇和残障人士优先|不吸烟、不用明火，不随意走动|保管好随身物品，把通道和出入口留出来|身体不适时立即告诉工作人员'
}, {
  gTitle: 'Air-raid alert: what to do', gBack: '← Back to the shelter map', gIntro: 'This page works offline: once opened, it is here without a connection.',
  gSirens: 'When you hear a siren', gSign: 'Look for the orange civil-defence sign', gBring: 'Take with you', gInside: 'Inside the shelter',
  gSignText: 'Entrances of civil air defence works carry an orange sign: an orange field with the white civil-defence emblem and the words 人防工程. Pedestrian entrances have a sign of about 80×45 cm, vehicle entrances about 150×50 cm; in a compound a direction sign stands about 100 m from the entrance, then about every 300 m. Where you see it, the basement is a shelter you may enter.',
  gSignAlt: 'Orange civil air defence sign',
  gState_preliminary: 'Preliminary alert', gDo_preliminary: 'An air raid may come. Follow radio, TV and phone alerts; turn off gas and power, put out open flames; take your emergency bag, help children and older people, and go to the nearest open shelter on the map.',
  gState_air_raid: 'Air-raid alert', gDo_air_raid: 'An air raid is imminent. Enter the nearest shelter or a solid underground space at once; if there is no time, lie flat away from windows and glass; inside, follow the staff.',
  gState_all_clear: 'All clear', gDo_all_clear: 'The raid is over. Leave the shelter calmly as the staff direct, without pushing; watch for fires, collapses and other hazards, and follow official news.',
  gNoPattern: '(the siren signal shows once online)',
  gBringList: 'ID card and some cash|Drinking water (about 3 litres per person per day) and food that keeps|Your medicines and a first-aid kit|Torch, spare batteries, radio and a power bank|Face mask or wet towel, warm clothes, rain gear|A whistle, and your family’s phone numbers on paper',
  gInsideList: 'Keep calm and follow the staff; older people, children, pregnant women and people with disabilities first|No smoking, no open flame, do not wander about|Keep your things with you and leave passages and entrances free|Tell the staff at once if you feel unwell'
});

let alert = kept()?.alert || null;

function render() {
  const scale = longestS(alert);
  document.getElementById('sirens').innerHTML = ['preliminary', 'air_raid', 'all_clear'].map(state => {
    const p = patternOf(alert, state);
    const words = p ? sirenWords(p, currentLang()) : t('gNoPattern');
    return `<article class="siren-card" data-state="${state}"><h3>${t('gState_' + state)}</h3>
      ${p ? sirenSvg(p, words, scale) : ''}<p class="siren-words"><b>${words}</b></p><p>${t('gDo_' + state)}</p></article>`;
  }).join('');
  const list = (id, key) => { document.getElementById(id).innerHTML = t(key).split('|').map(x => '<li>' + x + '</li>').join(''); };
  list('bring', 'gBringList');
  list('inside', 'gInsideList');
  document.getElementById('sign-img').alt = t('gSignAlt');
  document.getElementById('back').href = './' + (currentLang() === 'en' ? '?lang=en' : '');
  const d = alert?.siren_test_date;
  document.getElementById('siren-test').textContent = d ? t('sirenTest', {
    d: new Date(d + 'T00:00:00').toLocaleDateString(currentLang() === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' }) }) : '';
}

setLang(initialLang());
render();
document.getElementById('lang').addEventListener('click', () => { setLang(currentLang() === 'en' ? 'zh' : 'en'); render(); });
try {
  const r = await fetch('/api/public/alert', { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  if (r.ok) { alert = await r.json(); render(); }
  if (r.headers.get('X-Served-From') === 'offline-cache') document.getElementById('offline').hidden = false;
} catch (e) {
  document.getElementById('offline').hidden = false;
}
if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
document.body.dataset.ready = 'true';
