/**
 * extensionTestsPath entry: runs the e2e suite with mocha (tdd ui) inside the extension host.
 *
 * The same contract as @vscode/test-electron: `run()` resolves when every test passed and rejects otherwise;
 * the workbench then calls `codeAutomationExit(0|1)`. The counts are also written as JSON to
 * $PTPCONF_E2E_RESULT (when the runner sets it).
 * $PTPCONF_E2E_GREP limits the run to tests whose full title matches.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
// mocha 12 is an ES module: Node 20.19+ require()s it, and the class is its default export.
import Mocha from 'mocha';

/** Test files in run order; the log check runs last. Files not listed run before it, sorted by name. */
const ORDER = ['activation', 'language', 'diagnostics', 'completion', 'hover', 'quickfix', 'snippet', 'settings', 'chrony', 'restart', 'log'];

/**
 * Prefix of every reporter line ($PTPCONF_E2E_MARK). In code-server the extension host's console reaches the
 * workbench page mixed with the workbench's own log lines; scripts/run-e2e.mjs forwards the marked lines.
 */
const MARK = process.env.PTPCONF_E2E_MARK ?? '';

function report(...args: unknown[]): void {
	console.log('%s', MARK + format(...args));
}

export interface E2eResult {
	passed: number;
	failed: number;
	pending: number;
	failures: { title: string; error: string }[];
	durationMs: number;
}

export async function run(): Promise<void> {
	Mocha.reporters.Base.consoleLog = report;
	const mocha = new Mocha({
		ui: 'tdd',
		timeout: Number(process.env.PTPCONF_E2E_TIMEOUT ?? 60_000),
		color: false,
		reporter: 'spec',
		grep: process.env.PTPCONF_E2E_GREP || undefined,
	});
	const rank = (f: string): number => {
		const i = ORDER.indexOf(path.basename(f, '.test.js'));
		return i < 0 ? ORDER.length - 1.5 : i;
	};
	const files = fs.readdirSync(__dirname)
		.filter((f) => f.endsWith('.test.js'))
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	for (const f of files) {
		mocha.addFile(path.join(__dirname, f));
	}
	await mocha.loadFilesAsync();

	const result: E2eResult = { passed: 0, failed: 0, pending: 0, failures: [], durationMs: 0 };
	const started = Date.now();
	await new Promise<void>((resolve) => {
		const runner = mocha.run(() => resolve());
		runner.on('pass', () => result.passed++);
		runner.on('pending', () => result.pending++);
		runner.on('fail', (test, err: Error) => {
			result.failed++;
			result.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
		});
	});
	result.durationMs = Date.now() - started;
	const out = process.env.PTPCONF_E2E_RESULT;
	if (out) {
		fs.writeFileSync(out, JSON.stringify(result, null, 2));
	}
	if (result.failed > 0) {
		throw new Error(`${result.failed} e2e test(s) failed`);
	}
}
