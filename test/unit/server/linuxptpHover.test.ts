import * as assert from 'node:assert/strict';
import { hover, settingsWith } from '../../util/lang';
import { LINUXPTP_RELEASES, optionsFor } from '../../../server/src/languages/linuxptp/options';

suite('linuxptp hover', () => {
	test('option: scope, type, range, default, releases, man page link', () => {
		const h = hover('linuxptp', '[global]\nclock|Class 6\n')!;
		assert.match(h, /\*\*clockClass\*\*/);
		assert.match(h, /`\[global\]` only/);
		assert.match(h, /integer 0 … 255/);
		assert.match(h, /default: `248`/);
		assert.match(h, /linuxptp 3\.1–4\.4/);
		assert.match(h, /https:\/\/manpages\.debian\.org\/unstable\/linuxptp\/ptp4l\.8\.en\.html/);
	});
	test('values: clockClass and timeSource meanings', () => {
		assert.match(hover('linuxptp', '[global]\nclockClass |6\n')!, /^clockClass 6: /);
		assert.match(hover('linuxptp', '[global]\ntimeSource 0x|10\n')!, /^timeSource 0x10: .*atomic/i);
		assert.match(hover('linuxptp', '[global]\ntimeSource 0x|20\n')!, /GNSS|GPS/);
		assert.match(hover('linuxptp', '[global]\ntime_stamping hard|ware\n')!, /`hardware`/);
	});
	test('old names explain the rename; unknown-in-release options say so', () => {
		assert.match(hover('linuxptp', '[global]\nmaster|Only 1\n', settingsWith('4.4'))!, /reads it as `serverOnly`/);
		assert.match(hover('linuxptp', '[global]\nclient|Only 1\n', settingsWith('3.1'))!, /Not available in linuxptp 3\.1/);
	});
	test('section headers', () => {
		assert.match(hover('linuxptp', '[glo|bal]\n')!, /whole clock/);
		assert.match(hover('linuxptp', '[et|h0]\n')!, /port section/);
		assert.match(hover('linuxptp', '[ptp_dom|ain 0]\ninterfaces eth0\n', settingsWith(), 'file:///etc/timemaster.conf')!, /PTP domain/);
	});
	test('every option of every release has a hover with our text', () => {
		for (const r of LINUXPTP_RELEASES) {
			for (const o of optionsFor(r).values()) {
				const h = hover('linuxptp', `[global]\n|${o.name} 1\n`, settingsWith(r));
				assert.ok(h && h.includes(`**${o.name}**`) && h.includes(o.doc!.summary), `${r} ${o.name}`);
			}
		}
	});
	test('comments and blank lines have no hover', () => {
		assert.equal(hover('linuxptp', '# clock|Class\n'), null);
		assert.equal(hover('linuxptp', '[global]\n|\n'), null);
	});
});

suite('linuxptp hover: unknown versions', () => {
	test('a newer release than known is checked with the newest and says so', () => {
		assert.match(hover('linuxptp', '[global]\nclock|Class 6\n', settingsWith('4.7'))!, /linuxptp 4\.7 is newer than the newest release known here; checking with 4\.4/);
		assert.doesNotMatch(hover('linuxptp', '[global]\nclock|Class 6\n', settingsWith('4.4'))!, /newer than/);
	});
});
