import * as assert from 'node:assert/strict';
import { complete, settingsWith } from '../../util/lang';
import { LINUXPTP_RELEASES, optionsFor } from '../../../server/src/languages/linuxptp/options';

const labels = (src: string, v = 'newest', uri?: string) => complete('linuxptp', src, settingsWith(v), uri).map((i) => i.label);

suite('linuxptp completion', () => {
	test('option names in [global] include global and port options', () => {
		const l = labels('[global]\n|\n');
		assert.ok(l.includes('clockClass'));
		assert.ok(l.includes('delay_mechanism'));
		assert.ok(l.includes('[unicast_master_table]'), 'headers on an empty line');
	});
	test('port sections offer only port options', () => {
		const l = labels('[global]\n[eth0]\n|\n');
		assert.ok(l.includes('delay_mechanism'));
		assert.ok(!l.includes('clockClass'));
	});
	test('release decides: serverOnly from 4.0, old names are not offered', () => {
		assert.ok(labels('[global]\n|', '4.4').includes('serverOnly'));
		assert.ok(!labels('[global]\n|', '4.4').includes('masterOnly'));
		assert.ok(!labels('[global]\n|', '3.1').includes('serverOnly'));
		assert.ok(labels('[global]\n|', '3.1').includes('masterOnly'));
		assert.ok(!labels('[global]\n|', '4.2').includes('spp'));
		assert.ok(labels('[global]\n|', '4.3').includes('spp'));
	});
	test('items carry type, default and a snippet with choices', () => {
		const item = complete('linuxptp', '[global]\n|').find((i) => i.label === 'time_stamping')!;
		assert.match(String(item.detail), /hardware\|software/);
		assert.match(String(item.detail), /= hardware/);
		assert.equal(item.insertText, 'time_stamping ${1|hardware,software,legacy,onestep,p2p1step|}');
		const b = complete('linuxptp', '[global]\n|').find((i) => i.label === 'verbose')!;
		assert.equal(b.insertText, 'verbose ${1|0,1|}');
	});
	test('values: enum labels, booleans, timeSource codes, clockClass meanings', () => {
		assert.deepEqual(labels('[global]\ndelay_mechanism |'), ['Auto', 'COMMON_P2P', 'E2E', 'P2P', 'NONE']);
		assert.deepEqual(labels('[global]\nverbose |'), ['1', '0']);
		assert.ok(labels('[global]\ntimeSource |').includes('0x20'));
		const cc = complete('linuxptp', '[global]\nclockClass |').find((i) => i.label === '6');
		assert.ok(cc && /GNSS|primary|PRTC|locked/i.test(String(cc.detail)));
	});
	test('section header completion', () => {
		assert.ok(labels('[|').includes('[global]'));
		assert.ok(!labels('[global]\n[|').includes('[global]'), 'no second [global]');
	});
	test('unicast table keywords', () => {
		assert.deepEqual(labels('[unicast_master_table]\n|').slice(0, 3), ['table_id', 'logQueryInterval', 'peer_address']);
	});
	test('every option of every release completes and has documentation', () => {
		for (const r of LINUXPTP_RELEASES) {
			const items = complete('linuxptp', '[global]\n|', settingsWith(r));
			const names = new Set(items.map((i) => i.label));
			for (const o of optionsFor(r).values()) {
				if (o.renamedTo) {
					continue;
				}
				assert.ok(names.has(o.name), `${r} ${o.name}`);
				assert.ok(o.doc, `${o.name} has hand-written docs`);
			}
		}
	});
	test('timemaster.conf completes its own sections and settings', () => {
		const uri = 'file:///etc/timemaster.conf';
		assert.ok(labels('[|', 'newest', uri).includes('[ptp_domain N]'));
		assert.deepEqual(labels('[ptp_domain 0]\n|', 'newest', uri).slice(0, 2), ['interfaces', 'delay']);
		assert.deepEqual(labels('[timemaster]\nntp_program |', 'newest', uri), ['chronyd', 'ntpd']);
	});
});
