import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { complete, diagnose, errorsOf, hover, settingsWith } from '../../util/lang';
import { SHARED } from '../../util/paths';
import { CHRONY_RELEASES, directivesFor, optionsFor, type ChronyOptionSet } from '../../../server/src/languages/chrony/options';
import { CHRONY_DIRECTIVE_DOCS } from '../../../server/src/languages/chrony/docs';

const URI = 'file:///etc/chrony/chrony.conf';
const s = (v = 'newest') => settingsWith('newest', true, v);
const labels = (src: string, v = 'newest', uri = URI) => complete('chrony', src, s(v), uri).map((i) => i.label);

suite('chrony features', () => {
	test('seed chrony.conf: no error in any release, the tai-without-leapsectz warning', () => {
		const text = readFileSync(join(SHARED, 'seed/etc/chrony/chrony.conf'), 'utf8');
		for (const r of CHRONY_RELEASES) {
			const list = diagnose('chrony', text, s(r), URI);
			assert.deepEqual(errorsOf(list), [], r);
			const tai = list.find((d) => d.code === 'expert' && /'tai' needs the TAI-UTC offset/.test(d.message));
			assert.ok(tai, `${r}: tai warning`);
			assert.equal(tai.range.start.line, 3);
			assert.equal(tai.severity, 2);
		}
	});

	test('expert warnings with their reasons', () => {
		const w = (t: string) => diagnose('chrony', t, s(), URI).filter((d) => d.code === 'expert').map((d) => d.message);
		assert.ok(w('refclock PHC /dev/ptp0 poll 0 dpoll 2\nmakestep 1 3\n').some((m) => /dpoll 2 is longer than poll 0/.test(m)));
		assert.ok(w('server a minpoll 8 maxpoll 4\nmakestep 1 3\n').some((m) => /minpoll 8 is above maxpoll 4/.test(m)));
		assert.ok(w('allow all\n').some((m) => /opens the NTP server to every network/.test(m)));
		assert.ok(w('server a iburst\n').some((m) => /No makestep/.test(m)));
		assert.ok(!w('server a iburst\nmakestep 1 3\n').some((m) => /No makestep/.test(m)));
		assert.ok(w('refclock SHM 0 refid GPS\nrefclock PPS /dev/pps0 refid GPS\nmakestep 1 3\n').some((m) => /Two refclocks use refid GPS/.test(m)));
		assert.ok(w('server a extfield F323\nmakestep 1 3\n').some((m) => /without xleave/.test(m)));
		assert.ok(!w('server a xleave extfield F323\nmakestep 1 3\n').some((m) => /without xleave/.test(m)));
		assert.ok(!w('leapsectz right/UTC\nrefclock PHC /dev/ptp0 tai\nmakestep 1 3\n').some((m) => /'tai'/.test(m)));
		assert.ok(w('hwtimestamp eth7\nmakestep 1 3\nserver a\n').some((m) => /hwtimestamp names 'eth7'/.test(m)));
	});

	test('completion: directives, source options, refclock drivers and driver options, log fields', () => {
		assert.ok(labels('|').includes('server'));
		assert.ok(labels('|').includes('refclock'));
		assert.ok(labels('server ntp.example iburst |').includes('xleave'));
		assert.ok(labels('pool pool.example |').includes('maxsources'));
		assert.ok(!labels('server a |').includes('maxsources'));
		assert.deepEqual(labels('refclock |').sort(), [...labels('refclock |')].sort());
		assert.ok(labels('refclock |').includes('PHC'));
		assert.ok(labels('refclock PHC /dev/ptp0|').some((l) => l === '/dev/ptp0:nocrossts'));
		assert.ok(labels('log |').includes('tracking'));
		assert.ok(labels('leapsecmode |').includes('slew'));
		assert.deepEqual(labels('server a |', 'newest', 'file:///etc/chrony/sources.d/x.sources').includes('iburst'), true);
		assert.ok(!labels('|', 'newest', 'file:///etc/chrony/sources.d/x.sources').includes('driftfile'), '.sources files only take sources');
	});

	test('completion and hover walk every directive and option of every release', () => {
		const sets: ChronyOptionSet[] = ['source', 'refclock', 'hwtimestamp', 'local', 'ratelimit'];
		const lineFor: Record<ChronyOptionSet, string> = { source: 'server a', refclock: 'refclock PHC /dev/ptp0', hwtimestamp: 'hwtimestamp *', local: 'local', ratelimit: 'ratelimit' };
		for (const r of CHRONY_RELEASES) {
			const names = new Set(labels('|', r));
			for (const d of directivesFor(r).values()) {
				if (d.parser === 'ignored' || d.parser === 'obsolete' || d.aliasOf) {
					continue;
				}
				assert.ok(names.has(d.name), `${r}: completion of ${d.name}`);
				const h = hover('chrony', `|${d.name} x\n`, s(r), URI);
				assert.ok(h && h.includes(`**${d.name}**`) && h.includes(CHRONY_DIRECTIVE_DOCS[d.name].summary), `${r}: hover of ${d.name}`);
			}
			for (const set of sets) {
				const offered = new Set(labels(`${lineFor[set]} |`, r));
				for (const o of optionsFor(set, r).values()) {
					if (o.name === 'maxsources') {
						continue;
					}
					assert.ok(offered.has(o.name), `${r}: ${set} option ${o.name}`);
					const h = hover('chrony', `${lineFor[set]} |${o.name} 1\n`, s(r), URI);
					assert.ok(h && h.includes(`**${o.name}**`), `${r}: hover of ${set} option ${o.name}`);
				}
			}
		}
	});

	test('hover links the manual page of the chosen release', () => {
		assert.match(hover('chrony', 'ser|ver a\n', s('4.6'), URI)!, /https:\/\/chrony-project\.org\/doc\/4\.6\/chrony\.conf\.html#server/);
		assert.match(hover('chrony', 'refclock P|HC /dev/ptp0\n', s(), URI)!, /PHC/);
	});
});
