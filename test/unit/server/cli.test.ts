import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, SHARED } from '../../util/paths';

const CLI = join(REPO, 'dist', 'cli.js');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

suite('CLI: ptpconf check', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ptpconf-cli-'));
	const bad = join(dir, 'ptp4l.conf');
	writeFileSync(bad, '[global]\nclockClas 6\ndomainNumber 300\n');

	test('clean file: exit 0; old-name hint still printed', () => {
		const r = run(['check', join(SHARED, 'seed/etc/ptp4l/ptp-gm.conf')]);
		assert.equal(r.code, 0);
		assert.match(r.out, /ptp-gm\.conf:9:1: hint: 'masterOnly' is the old name of 'serverOnly'.* \[old-name\]/);
	});

	test('errors: exit 1, file:line:col: severity: message [code]', () => {
		const r = run(['check', bad]);
		assert.equal(r.code, 1);
		const lines = r.out.trim().split('\n');
		assert.equal(lines.length, 2);
		assert.match(lines[0], /ptp4l\.conf:2:1: error: Unknown option 'clockClas' in \[global\]\. Did you mean 'clockClass'\? \[unknown-option\]$/);
		assert.match(lines[1], /ptp4l\.conf:3:14: error: 300 is out of range .* \[out-of-range\]$/);
	});

	test('--json prints LSP ranges', () => {
		const r = run(['check', '--json', bad]);
		assert.equal(r.code, 1);
		const list = JSON.parse(r.out) as { file: string; range: { start: { line: number; character: number } }; severity: string; code: string; message: string }[];
		assert.deepEqual(list.map((d) => [d.file, d.range.start.line, d.range.start.character, d.severity, d.code]), [
			[bad, 1, 0, 'error', 'unknown-option'],
			[bad, 2, 13, 'error', 'out-of-range'],
		]);
	});

	test('--linuxptp-version and stdin with --language', () => {
		assert.equal(run(['check', '--language', 'linuxptp', '-'], '[global]\nclientOnly 1\n').code, 0);
		const r = run(['check', '--language', 'linuxptp', '--linuxptp-version', '3.1', '-'], '[global]\nclientOnly 1\n');
		assert.equal(r.code, 1);
		assert.match(r.out, /^-:2:1: error: Option 'clientOnly' does not exist in linuxptp 3\.1/);
		assert.equal(run(['check', '--language=linuxptp', '--linuxptp-version=3.1', '-'], '[global]\nslaveOnly 1\n').code, 0);
	});

	test('usage and I/O errors: exit 2 with a clear message', () => {
		const missing = run(['check', join(dir, 'nope.conf')]);
		assert.equal(missing.code, 2);
		assert.match(missing.err, /cannot read .*nope\.conf: no such file/);
		assert.equal(run(['check']).code, 2);
		assert.match(run(['check', '--frobnicate', bad]).err, /unknown option --frobnicate/);
		assert.match(run(['check', '--language', 'cobol', bad]).err, /--language needs one of/);
		const unknown = join(dir, 'notes.txt');
		writeFileSync(unknown, 'hello\n');
		assert.match(run(['check', unknown]).err, /cannot tell the language of .*notes\.txt; pass --language/);
		assert.equal(run(['frobnicate']).code, 2);
		assert.equal(run(['--help']).code, 0);
	});
});

suite('CLI: chrony files', () => {
	test('--chrony-version decides; chrony files are recognised by name', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ptpconf-cli-chrony-'));
		const f = join(dir, 'chrony.conf');
		writeFileSync(f, 'server ntp.example.net iburst\nmaxtxbuffers 100\nmakestep 1 3\n');
		assert.equal(run(['check', f]).code, 0);
		const old = run(['check', '--chrony-version', '4.3', f]);
		assert.equal(old.code, 1);
		assert.match(old.out, /chrony\.conf:2:1: error: .*maxtxbuffers.*\[version-absent\]/);
	});
});
