/**
 * Runs last: nothing this extension logged at error level during the run.
 *
 * Reads the extension host logs of this window ($PTPCONF_E2E_LOGS, set by the runner to the user-data
 * logs dir; otherwise derived from the extension's log URI): `[error]` lines that mention ptpconf and every
 * `[error]` line in the extension's own output channels. The runner checks again after shutdown.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

function walk(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

suite('extension host log', () => {
	test('no [error] lines from ptpconf in the extension host logs', () => {
		const dir = process.env.PTPCONF_E2E_LOGS;
		assert.ok(dir && fs.existsSync(dir), 'the runner must pass the log directory in PTPCONF_E2E_LOGS');
		const errors: string[] = [];
		for (const file of walk(dir).filter((f) => f.endsWith('.log') && /(^|\/)exthost\d*\//.test(path.relative(dir, f)))) {
			const ours = /ptpconf/i.test(path.relative(dir, file));
			for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
				if (/\[error\]/.test(line) && (ours || /ptpconf/i.test(line))) {
					errors.push(`${path.relative(dir, file)}: ${line}`);
				}
			}
		}
		assert.deepEqual(errors, []);
	});
});
