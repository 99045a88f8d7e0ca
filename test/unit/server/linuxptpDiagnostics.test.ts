import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, errorsOf, settingsWith } from '../../util/lang';
import { SHARED } from '../../util/paths';
import { LINUXPTP_RELEASES } from '../../../server/src/languages/linuxptp/options';

const d = (text: string, version = 'newest', uri?: string) => diagnose('linuxptp', text, settingsWith(version), uri);
const codes = (text: string, version = 'newest') => d(text, version).map((x) => `${x.range.start.line + 1}:${String(x.code)}:${x.severity}`);

suite('linuxptp diagnostics', () => {
	test('seed grandmaster: no error in any release, rename hint only where 4.x renamed masterOnly', () => {
		const text = readFileSync(join(SHARED, 'seed/etc/ptp4l/ptp-gm.conf'), 'utf8');
		for (const r of LINUXPTP_RELEASES) {
			const list = d(text, r);
			assert.deepEqual(errorsOf(list), [], `release ${r}`);
			const hints = list.filter((x) => x.code === 'old-name');
			if (r === '3.1') {
				assert.equal(hints.length, 0, '3.1 has no serverOnly: masterOnly is the current name there');
			} else {
				assert.equal(hints.length, 1, `release ${r}`);
				assert.match(hints[0].message, /'masterOnly' is the old name of 'serverOnly'/);
				assert.deepEqual(hints[0].tags, [2], 'tagged Deprecated');
				assert.equal(hints[0].range.start.line, 8);
			}
		}
	});

	test('unknown option with did-you-mean and a quick fix', () => {
		const [x] = d('[global]\nclockClas 6\n');
		assert.equal(x.code, 'unknown-option');
		assert.equal(x.severity, 1);
		assert.match(x.message, /Unknown option 'clockClas' in \[global\]\. Did you mean 'clockClass'\?/);
		assert.deepEqual(x.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
		assert.equal((x.data as { fixes: { newText: string }[] }).fixes[0].newText, 'clockClass');
	});

	test('option absent from the chosen release names the releases', () => {
		const [x] = d('[global]\nclientOnly 1\n', '3.1');
		assert.equal(x.code, 'version-absent');
		assert.match(x.message, /does not exist in linuxptp 3\.1 \(added in 4\.0\); this release calls it 'slaveOnly'/);
		assert.equal((x.data as { fixes: { newText: string }[] }).fixes[0].newText, 'slaveOnly');
		assert.deepEqual(errorsOf(d('[global]\nclientOnly 1\n', '4.0')), []);
		assert.match(d('[eth0]\nspp 1\n', '4.2')[0].message, /added in 4\.3/);
	});

	test('values: malformed, out of range with the range, bad enum with the labels', () => {
		assert.deepEqual(codes('[global]\ndomainNumber 300\n'), ['2:out-of-range:1']);
		assert.match(d('[global]\ndomainNumber 300\n')[0].message, /from 0 to 255/);
		assert.deepEqual(codes('[global]\ndomainNumber abc\n'), ['2:bad-value:1']);
		const [e] = d('[global]\ntime_stamping hardwre\n');
		assert.equal(e.code, 'bad-enum');
		assert.match(e.message, /hardware, software, legacy, onestep, p2p1step/);
		assert.equal((e.data as { fixes: { newText: string }[] }).fixes[0].newText, 'hardware');
		assert.deepEqual(codes('[global]\ntime_stamping HARDWARE\n'), [], 'enum labels are case-insensitive');
		assert.deepEqual(codes('[global]\ntimeSource 0x20\nclockAccuracy 0xFE\n'), [], 'hex is accepted');
		assert.deepEqual(codes('[global]\ntimeSource 0x0f\n'), ['2:out-of-range:1']);
		assert.deepEqual(codes('[global]\nfault_reset_interval ASAP\n'), [], 'ASAP is special');
	});

	test('trailing comment is an error with a move-comment fix', () => {
		const [x] = d('[global]\ndomainNumber 0 # test domain\n');
		assert.equal(x.code, 'trailing-comment');
		assert.equal(x.severity, 1);
		const fix = (x.data as { fixes: { newText: string }[] }).fixes[0];
		assert.equal(fix.newText, '# test domain\ndomainNumber 0');
	});

	test('extra tokens after a numeric value', () => {
		const [x] = d('[global]\npriority1 128 64\n');
		assert.equal(x.code, 'extra-tokens');
		assert.deepEqual(x.range.start, { line: 1, character: 14 });
	});

	test('string options take the rest of the line', () => {
		assert.deepEqual(codes('[global]\nuserDescription my grand clock\n'), []);
	});

	test('scope: global option in a port section; value checked first', () => {
		assert.deepEqual(codes('[global]\n[eth0]\nclockClass 6\n'), ['3:wrong-section:1']);
		assert.deepEqual(codes('[global]\n[eth0]\nclockClass 600\n'), ['3:out-of-range:1'], 'the daemon reports the value before the scope');
		assert.deepEqual(codes('[eth0]\ndelay_mechanism P2P\n'), []);
	});

	test('structure: missing value, outside section, malformed headers', () => {
		assert.deepEqual(codes('verbose 1\n[global]\n'), ['1:not-in-section:1']);
		assert.deepEqual(codes('[global]\nverbose\n'), ['2:missing-value:1']);
		assert.deepEqual(codes('[ ]\n'), ['1:malformed-section:1']);
		const unclosed = d('[global\nclockClass 6\n');
		assert.deepEqual(unclosed.map((x) => `${x.range.start.line + 1}:${String(x.code)}:${x.severity}`), ['1:malformed-section:2', '2:wrong-section:1']);
	});

	test('duplicate option is a warning', () => {
		assert.deepEqual(codes('[global]\npriority1 128\npriority1 127\n'), ['3:duplicate:2']);
	});

	test('port names are cut to 16 characters before 4.3', () => {
		assert.deepEqual(codes('[this-interface-name]\nlogSyncInterval 0\n', '4.2'), ['1:malformed-section:2']);
		assert.deepEqual(codes('[this-interface-name]\nlogSyncInterval 0\n', '4.4'), []);
	});

	test('unicast master table grammar', () => {
		const ok = '[unicast_master_table]\ntable_id 1\nlogQueryInterval 2\nUDPv4 192.0.2.1\nUDPv6 2001:db8::1\nL2 00:11:22:33:44:55\n[global]\n';
		assert.deepEqual(codes(ok), []);
		assert.deepEqual(codes('[unicast_master_table]\nUDPv4 192.0.2.1\n'), ['2:not-in-section:1']);
		assert.deepEqual(codes('[unicast_master_table]\ntable_id 0\n'), ['2:out-of-range:1']);
		assert.deepEqual(codes('[unicast_master_table]\ntable_id 1\ntable_id 1\n'), ['3:duplicate:1']);
		assert.deepEqual(codes('[unicast_master_table]\ntable_id 1\nUDPv4 300.1.1.1\n'), ['3:bad-value:1']);
		assert.deepEqual(codes('[unicast_master_table]\ntable_id 1\nTCP 10.0.0.1\n'), ['3:bad-enum:1']);
	});

	test('post-parse checks of ptp4l', () => {
		assert.deepEqual(errorsOf(d('[global]\nclock_type P2P_TC\n')), ['2:conflict']);
		assert.deepEqual(errorsOf(d('[global]\nclock_type P2P_TC\ndelay_mechanism P2P\n')), []);
		assert.deepEqual(errorsOf(d('[global]\ntime_stamping software\ntwoStepFlag 0\n')), ['3:conflict']);
		assert.deepEqual(errorsOf(d('[global]\nproductDescription abc\n')), ['2:bad-value']);
		assert.deepEqual(errorsOf(d('[global]\nclientOnly 1\ngmCapable 0\n')), ['3:conflict']);
	});

	test('placeholders are pointed at, never as errors', () => {
		const list = d('[NIC here]\nlogSyncInterval 0\n[global]\n');
		const p = list.find((x) => x.code === 'placeholder');
		assert.ok(p);
		assert.equal(p.severity, 2);
		assert.deepEqual(errorsOf(list), []);
	});

	test('expert warnings say why', () => {
		const both = d('[global]\nclientOnly 1\nserverOnly 1\n').filter((x) => x.code === 'expert');
		assert.ok(both.some((x) => /client-only clock never serves time/.test(x.message)));
		const cc = d('[global]\nclientOnly 1\nclockClass 6\n').filter((x) => x.code === 'expert');
		assert.ok(cc.some((x) => /clockClass 6 is ignored/.test(x.message)));
		const g1 = d('[global]\ndataset_comparison G.8275.x\nnetwork_transport L2\ndomainNumber 0\n').filter((x) => x.code === 'expert');
		assert.ok(g1.some((x) => /G\.8275\.1: 'domainNumber' is 0/.test(x.message)));
		const mixed = d('[global]\n[eth0]\ndelay_mechanism P2P\n[eth1]\ndelay_mechanism E2E\n').filter((x) => x.code === 'expert');
		assert.ok(mixed.some((x) => /different delay mechanisms/.test(x.message)));
		assert.equal(d('[global]\nclientOnly 1\nserverOnly 1\n', 'newest').some((x) => x.code === 'expert' && x.severity === 1), false);
		assert.equal(diagnose('linuxptp', '[global]\nclientOnly 1\nserverOnly 1\n', settingsWith('newest', false)).some((x) => x.code === 'expert'), false);
	});

	test('ts2phc options in a ptp4l file are flagged as ignored (information)', () => {
		const list = d('[global]\nts2phc.pulsewidth 100000000\n');
		const x = list.find((y) => y.code === 'other-program');
		assert.equal(x?.severity, 3);
		assert.deepEqual(errorsOf(d('[global]\nts2phc.pulsewidth 100000000\n', 'newest', 'file:///etc/ts2phc.conf')), []);
	});

	test('timemaster.conf', () => {
		const tm = (t: string, v = 'newest') => diagnose('linuxptp', t, settingsWith(v), 'file:///etc/timemaster.conf').filter((x) => x.severity === 1).map((x) => String(x.code));
		assert.deepEqual(tm('[timemaster]\nntp_program chronyd\n[ptp_domain 0]\ninterfaces eth0\n[ptp4l.conf]\nanything goes\n'), []);
		assert.deepEqual(tm('[ptp_domain 0]\ndelay 1e-4\n'), ['missing-value']);
		assert.deepEqual(tm('[timemaster]\nuse_vclocks 0\n', '3.1'), ['version-absent']);
		assert.deepEqual(tm('[timemaster]\nuse_vclocks 0\n', '4.2'), []);
		assert.deepEqual(tm('[timemastr]\n'), ['unknown-section']);
		assert.deepEqual(tm('ntp_program chronyd\n[timemaster]\n'), ['not-in-section']);
		assert.deepEqual(tm('[ntp_server 10.0.0.1]\niburst 2\n'), ['bad-value']);
		assert.deepEqual(tm('[timemaster]\nntp_program ntpdate\n'), ['bad-enum']);
	});
});
