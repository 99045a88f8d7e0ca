import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseWords } from '../../../server/src/parser/wordParser';
import { checkChrony, parseChrony, type ParsedAccess, type ParsedRefclock, type ParsedSource } from '../../../server/src/languages/chrony/validate';
import {
	CHRONY_RELEASES, chooseChronyRelease, directivesFor, driversFor, optionsFor, wordsFor, type ChronyRelease,
} from '../../../server/src/languages/chrony/options';
import { REPO } from '../../util/paths';

const parse = (text: string) => parseWords('chrony', text, { commentChars: '!;#%', sections: false });
const check = (text: string, release: ChronyRelease = '4.9', sources = false, more: { finalNewline?: boolean; strictScanf?: boolean } = {}): Diagnostic[] =>
	checkChrony(parse(text), { release, sources, ...more });
/** `line:code:severity` for every diagnostic (1-based lines). */
const codes = (text: string, release: ChronyRelease = '4.9', sources = false) => check(text, release, sources).map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`);
const errors = (text: string, release: ChronyRelease = '4.9', sources = false) => codes(text, release, sources).filter((c) => c.endsWith(':1'));
const fixes = (d: Diagnostic) => (d.data as { fixes: { newText: string }[] } | undefined)?.fixes.map((f) => f.newText) ?? [];

suite('chrony: releases and tables', () => {
	test('chooseChronyRelease maps settings to known releases', () => {
		assert.deepEqual(chooseChronyRelease(undefined), { release: '4.9' });
		assert.deepEqual(chooseChronyRelease('newest'), { release: '4.9' });
		assert.deepEqual(chooseChronyRelease('4.6.1'), { release: '4.6' });
		assert.equal(chooseChronyRelease('chronyd (chrony) version 4.5 (+CMDMON +NTP)').release, '4.5');
		const newer = chooseChronyRelease('5.1');
		assert.equal(newer.release, '4.9');
		assert.match(newer.note ?? '', /newer than the newest/);
		const older = chooseChronyRelease('4.2');
		assert.equal(older.release, '4.3');
		assert.match(older.note ?? '', /not described/);
		assert.match(chooseChronyRelease('banana').note ?? '', /Unknown chrony version/);
	});

	test('directive and option counts per release', () => {
		const counts = CHRONY_RELEASES.map((r) => directivesFor(r).size);
		assert.deepEqual(counts, [91, 93, 93, 96, 97, 97, 100]);
		assert.deepEqual(CHRONY_RELEASES.map((r) => optionsFor('source', r).size), [33, 33, 33, 35, 35, 36, 37]);
		assert.ok(directivesFor('4.9').has('maxtxbuffers') && !directivesFor('4.8').has('maxtxbuffers'));
		assert.equal(directivesFor('4.6').get('ntsaeads')?.parser, 'ints', '4.6 is 4.6.1, which added ntsaeads');
		assert.equal(directivesFor('4.6').get('cmdport')?.style, 'sscanf');
		assert.deepEqual({ ...directivesFor('4.7').get('cmdport') }.max, 65535);
		assert.equal(optionsFor('source', '4.8').get('minpoll')?.min, undefined, '4.8 does not range-check minpoll');
		assert.equal(optionsFor('source', '4.9').get('minpoll')?.max, 32);
		assert.deepEqual([...driversFor('4.6').keys()].sort(), ['PHC', 'PPS', 'SHM', 'SOCK']);
		assert.deepEqual([...driversFor('4.9').keys()].sort(), ['PHC', 'PPS', 'RTC', 'SENSOR', 'SHM', 'SOCK']);
		assert.deepEqual(wordsFor('opencommands', '4.6'), []);
		assert.deepEqual(directivesFor('4.9').get('makestep')?.usage, ['makestep <threshold> <limit>']);
	});
});

suite('chrony: diagnostics', () => {
	test('a typical file has no diagnostic in any release', () => {
		const text = 'pool 2.debian.pool.ntp.org iburst\nkeyfile /etc/chrony/chrony.keys\ndriftfile /var/lib/chrony/chrony.drift\n'
			+ 'logdir /var/log/chrony\nmaxupdateskew 100.0\nrtcsync\nmakestep 1 3\nleapsectz right/UTC\n';
		for (const r of CHRONY_RELEASES) {
			assert.deepEqual(codes(text, r), [], r);
		}
	});

	test('unknown directive: error on the name with did-you-mean', () => {
		const [d] = check('mkaestep 1 3\n');
		assert.equal(d.code, 'unknown-option');
		assert.equal(d.severity, 1);
		assert.equal(d.source, 'chrony');
		assert.match(d.message, /Unknown directive 'mkaestep'\. Did you mean 'makestep'\?/);
		assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } });
		assert.deepEqual(fixes(d), ['makestep']);
	});

	test('directive names are case-insensitive; comments start with ! ; # % as first non-blank', () => {
		assert.deepEqual(codes('RTCSYNC\nMakeStep 1 3\n! a\n; b\n  # c\n\t% d\n'), []);
		assert.deepEqual(errors('rtcsync!\n'), ['1:unknown-option:1']);
	});

	test('no end-of-line comments: the rest becomes arguments', () => {
		assert.deepEqual(errors('makestep 1 3 # start\n'), ['1:extra-tokens:1']);
		const [d] = check('server 192.0.2.1 iburst # primary\n');
		assert.equal(d.code, 'unknown-option');
		assert.equal(d.range.start.character, 24);
	});

	test('directive absent from the release names since/until', () => {
		const [d] = check('opencommands sources\n', '4.6');
		assert.equal(d.code, 'version-absent');
		assert.match(d.message, /does not exist in chrony 4\.6 \(added in 4\.7\)/);
		assert.deepEqual(codes('opencommands sources\n', '4.7'), []);
		assert.match(check('leapseclist /x\n', '4.5')[0].message, /added in 4\.6/);
	});

	test('option absent from the release, and kod only for ratelimit', () => {
		const [d] = check('server 192.0.2.1 maxunreach 4\n', '4.7');
		assert.equal(d.code, 'version-absent');
		assert.match(d.message, /'maxunreach' is not an option of 'server' in chrony 4\.7 \(added in 4\.8\)/);
		assert.deepEqual(d.range, { start: { line: 0, character: 17 }, end: { line: 0, character: 27 } });
		assert.deepEqual(errors('ratelimit kod 2\n', '4.5'), ['1:version-absent:1']);
		assert.deepEqual(errors('ratelimit kod 2\n', '4.6'), []);
		assert.deepEqual(errors('ntsratelimit kod 2\n', '4.9'), ['1:unknown-option:1']);
		assert.deepEqual(errors('refclock PHC /dev/ptp0 optional\n', '4.8'), ['1:version-absent:1']);
	});

	test('missing and extra arguments', () => {
		const [m] = check('makestep 1\n');
		assert.equal(m.code, 'missing-value');
		assert.match(m.message, /needs 2 arguments .*Usage: makestep <threshold> <limit>/);
		const [x] = check('pidfile /run/a.pid /run/b.pid\n');
		assert.equal(x.code, 'extra-tokens');
		assert.deepEqual(x.range, { start: { line: 0, character: 19 }, end: { line: 0, character: 29 } });
		assert.deepEqual(errors('rtcsync yes\n'), ['1:extra-tokens:1']);
		assert.deepEqual(errors('keyfile\n'), ['1:missing-value:1']);
		assert.deepEqual(errors('refclock PHC\n'), ['1:missing-value:1']);
		assert.deepEqual(errors('server\n'), ['1:missing-value:1']);
	});

	test('integers: sscanf before 4.7 (prefix, no range), strtol and ranges from 4.7', () => {
		assert.deepEqual(codes('cmdport 323x\n', '4.6'), ['1:bad-value:2']);
		assert.match(check('cmdport 323x\n', '4.6')[0].message, /reads '323' from '323x'.*4\.7 and newer reject/);
		assert.deepEqual(codes('cmdport 323x\n', '4.7'), ['1:bad-value:1']);
		assert.deepEqual(codes('cmdport 99999\n', '4.6'), ['1:out-of-range:2']);
		const [r] = check('cmdport 99999\n', '4.9');
		assert.equal(r.code, 'out-of-range');
		assert.match(r.message, /0 to 65535/);
		assert.deepEqual(errors('dscp 64\n', '4.9'), ['1:out-of-range:1']);
		assert.deepEqual(errors('maxsamples -1\n', '4.9'), ['1:out-of-range:1']);
		assert.deepEqual(errors('cmdport 9223372036854775808\n', '4.9'), ['1:bad-value:1'], 'ERANGE');
	});

	test('option ranges follow each release (minpoll only from 4.9)', () => {
		assert.deepEqual(errors('server a minpoll 99\n', '4.8'), []);
		assert.deepEqual(errors('server a maxpoll 99\n', '4.8'), ['1:out-of-range:1']);
		assert.deepEqual(errors('server a minpoll 99\n', '4.9'), ['1:out-of-range:1']);
		assert.deepEqual(errors('server a version 5\n', '4.9'), ['1:out-of-range:1']);
		assert.deepEqual(errors('ratelimit interval 100\n', '4.8'), ['1:out-of-range:1']);
		assert.deepEqual(errors('ratelimit interval 100\n', '4.9'), []);
		assert.deepEqual(codes('server a minpoll 4294967297\n', '4.9'), ['1:out-of-range:2'], '%d wraps to 1, inside the range');
	});

	test('values glued to the next keyword', () => {
		assert.deepEqual(codes('server a minpoll 5iburst\n'), ['1:bad-value:2']);
		const [d] = check('server a minpoll 5x\n');
		assert.equal(d.code, 'bad-value');
		assert.match(d.message, /reads '5' and then takes 'x' as the next option/);
		assert.deepEqual(errors('ratelimit interval 3burst 4\n'), []);
	});

	test('doubles: prefix read everywhere; incomplete numbers only with glibc < 2.43', () => {
		assert.deepEqual(codes('maxupdateskew 100ppm\n'), ['1:bad-value:2']);
		assert.deepEqual(errors('maxupdateskew lots\n', '4.3'), ['1:bad-value:1']);
		assert.deepEqual(codes('maxupdateskew 1e\n', '4.6'), ['1:bad-value:2']);
		assert.match(check('maxupdateskew 1e\n', '4.6')[0].message, /glibc 2\.43 and newer reject/);
		assert.deepEqual(codes('maxupdateskew 1e\n', '4.9'), ['1:bad-value:1']);
		assert.deepEqual(errors('maxupdateskew 1e\n', '4.9', false), ['1:bad-value:1']);
		assert.deepEqual(check('maxupdateskew 1e\n', '4.9', false, { strictScanf: false }).map((d) => d.severity), [2]);
		assert.deepEqual(errors('makestep 1e 3\n', '4.9'), ['1:bad-value:1']);
		assert.deepEqual(errors('makestep 10-1 5\n', '4.9'), [], "sscanf('%lf %d') reads 10 and -1");
		assert.deepEqual(codes('maxupdateskew nan\nmaxupdateskew inf\nmaxupdateskew 0x1p3\n'), []);
	});

	test('keyword lists: log names are case-sensitive, modes are not', () => {
		const [d] = check('log Tracking\n');
		assert.equal(d.code, 'bad-enum');
		assert.deepEqual(fixes(d), ['tracking']);
		assert.deepEqual(codes('leapsecmode SLEW\nauthselectmode Mix\nsmoothtime 400 0.001 LEAPONLY\n'), []);
		assert.deepEqual(errors('leapsecmode slew step\n'), ['1:extra-tokens:1']);
		assert.deepEqual(errors('hwtimestamp eth0 rxfilter ptpv2\n'), ['1:bad-enum:1']);
		assert.deepEqual(errors('opencommands tracking bogus\n', '4.9'), ['1:bad-enum:1']);
	});

	test('server key 0 and extension fields', () => {
		assert.deepEqual(errors('server a key 0\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('server a key -1\n'), [], '%u wraps -1 to 4294967295');
		assert.deepEqual(errors('server a extfield F324\n', '4.4'), ['1:bad-value:1']);
		assert.deepEqual(errors('server a extfield F324\n', '4.5'), []);
		assert.deepEqual(errors('server a extfield 10a\n', '4.8'), ['1:bad-value:1']);
		assert.deepEqual(errors('server a extfield 0x10A\n', '4.9'), []);
	});

	test('refclock: refid length per release; driver problems are warnings', () => {
		assert.deepEqual(errors('refclock PPS /dev/pps0 refid GPSXY\n', '4.3'), ['1:bad-value:1']);
		assert.deepEqual(errors('refclock PPS /dev/pps0 refid GPSXY\n', '4.4'), ['1:bad-value:1']);
		assert.deepEqual(codes('refclock phc /dev/ptp0\n'), ['1:unknown-option:2']);
		assert.match(check('refclock phc /dev/ptp0\n')[0].message, /case-sensitive: 'PHC'/);
		assert.deepEqual(codes('refclock RTC /dev/rtc0\n', '4.6'), ['1:version-absent:2']);
		const [o] = check('refclock PHC /dev/ptp0:nocrosts\n');
		assert.equal(o.severity, 2);
		assert.deepEqual(o.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 31 } });
	});

	test('allow/deny: forms chronyd reads, host names and impossible prefixes', () => {
		assert.deepEqual(codes('allow\nallow all\ndeny 192.168\nallow 10.0.0.0/8\ncmdallow all ::1/64\nallow 0x0a.1\nallow 010.0.0.1\n'), []);
		assert.deepEqual(codes('allow ntp.example.com\n'), ['1:bad-value:1'], 'a name must resolve while the file is read: an error, as chronyd -p offline says');
		assert.deepEqual(errors('allow ALL\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('allow all all\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('allow 10.0.0.0/x\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('allow 10.1.2.3.4\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('allow 256.1\n'), ['1:bad-value:1']);
		assert.deepEqual(errors('allow 10.0.0.0/8 10.1.0.0/16\n'), ['1:extra-tokens:1']);
		assert.deepEqual(codes('allow 10.0.0.0/99\n'), ['1:out-of-range:2']);
		assert.deepEqual(errors('allow fe80::1%eth0\n'), ['1:bad-value:1']);
	});

	test('obsolete and ignored directives, old names', () => {
		const [o] = check('linux_hz 100\n');
		assert.equal(o.severity, 2);
		assert.deepEqual(o.tags, [2]);
		assert.deepEqual(codes('dumponexit\n'), ['1:version-absent:2']);
		const [n] = check('ntscachedir /var/lib/chrony\n');
		assert.equal(n.code, 'old-name');
		assert.deepEqual(fixes(n), ['ntsdumpdir']);
	});

	test('line length is counted in bytes with the newline (2048 = String too long)', () => {
		const line = (bytes: number) => `keyfile /${'x'.repeat(bytes - 9)}`;
		assert.deepEqual(errors(`${line(2046)}\n`), []);
		assert.deepEqual(errors(`rtcsync\n${line(2047)}\n`), ['2:extra-tokens:1']);
		assert.deepEqual(errors(`${line(2047)}`, '4.9', false), [], 'the parser records that the last line has no newline');
		assert.deepEqual(errors(`${line(2048)}`, '4.9', false), ['1:extra-tokens:1']);
		assert.deepEqual(check(line(2047), '4.9', false, { finalNewline: true }).map((d) => d.code), ['extra-tokens'], 'the option overrides the document');
		assert.deepEqual(errors(`keyfile /${'é'.repeat(1019)}\n`), ['1:extra-tokens:1'], 'UTF-8 bytes, not characters');
		assert.deepEqual(errors(`# ${'x'.repeat(2100)}\n`), ['1:extra-tokens:1'], 'comments too');
	});

	test('NUL ends what chronyd sees of a line; a BOM spoils the first directive', () => {
		assert.deepEqual(codes('rtcsync\0garbage\n'), []);
		const [b] = check('\uFEFFrtcsync\n');
		assert.equal(b.code, 'unknown-option');
		assert.match(b.message, /byte order mark/);
		assert.deepEqual(fixes(b), ['']);
	});

	test('.sources files: only server/pool/peer count', () => {
		const list = check('server 192.0.2.1 iburst\nmakestep 1 3\nfrobnicate\nserver 192.0.2.2 bogus\n', '4.9', true);
		assert.deepEqual(list.map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`),
			['2:not-in-section:2', '3:not-in-section:2', '4:unknown-option:1']);
		assert.match(list[0].message, /chronyd ignores 'makestep' in a \.sources file/);
		const last = check('server a\nserver b bogus', '4.9', true);
		assert.deepEqual(last.map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`), ['2:not-in-section:2']);
		assert.deepEqual(codes(`server a\nserver ${'x'.repeat(2100)}\nserver b bogus\n`, '4.9', true), ['2:extra-tokens:2']);
	});

	test('every error names the first line chronyd names, and later lines are still checked', () => {
		assert.deepEqual(errors('server 192.0.2.1 iburst\nmakestep 1\nfrobnicate\nlog Tracking\n'),
			['2:missing-value:1', '3:unknown-option:1', '4:bad-enum:1']);
	});
});

suite('chrony: parsed model', () => {
	test('sources, refclocks and access rules come out with their options', () => {
		const { directives, diagnostics } = parseChrony(parse(
			'server ntp.example iburst minpoll 4 key 5\nrefclock PHC /dev/ptp0:extpps:pin=0 refid GPS poll 3 prefer\nallow 192.168.1\ncmddeny all ::1/64\nbogus\n',
		), { release: '4.9', sources: false });
		assert.equal(diagnostics.length, 1);
		assert.deepEqual(directives.map((d) => d.kind), ['source', 'refclock', 'access', 'access']);
		const s = directives[0] as ParsedSource;
		assert.equal(s.type, 'server');
		assert.equal(s.host.text, 'ntp.example');
		assert.deepEqual(s.options.map((o) => [o.name, o.number]), [['iburst', undefined], ['minpoll', 4], ['key', 5]]);
		const r = directives[1] as ParsedRefclock;
		assert.equal(r.driver.text, 'PHC');
		assert.equal(r.device, '/dev/ptp0');
		assert.deepEqual(r.driverOptions.map((o) => [o.name, o.value]), [['extpps', undefined], ['pin', '0']]);
		assert.equal(r.options.find((o) => o.name === 'refid')?.text, 'GPS');
		const a = directives[2] as ParsedAccess;
		assert.deepEqual({ list: a.list, allow: a.allow, all: a.all, family: a.subnet?.family, address: a.subnet?.address, bits: a.subnet?.bits },
			{ list: 'ntp', allow: true, all: false, family: 4, address: '192.168.1.0', bits: 24 });
		const c = directives[3] as ParsedAccess;
		assert.deepEqual({ list: c.list, allow: c.allow, all: c.all, bits: c.subnet?.bits }, { list: 'cmd', allow: false, all: true, bits: 64 });
	});

	test('a glued value token covers what the conversion read', () => {
		const s = parseChrony(parse('server a minpoll 5iburst\n'), { release: '4.9', sources: false }).directives[0] as ParsedSource;
		assert.deepEqual(s.options.map((o) => [o.name, o.value?.text]), [['minpoll', '5'], ['iburst', undefined]]);
	});
});

suite('chrony: fixtures', () => {
	test('test/fixtures/chrony/good: no error in any release', () => {
		const dir = join(REPO, 'test/fixtures/chrony/good');
		for (const f of readdirSync(dir)) {
			const text = readFileSync(join(dir, f), 'utf8');
			for (const r of CHRONY_RELEASES) {
				const list = check(text, r, f.endsWith('.sources'), { finalNewline: text.endsWith('\n') });
				assert.deepEqual(list.filter((d) => d.severity === 1).map((d) => `${d.range.start.line + 1}: ${d.message}`), [], `${f} with ${r}`);
			}
		}
	});
});
