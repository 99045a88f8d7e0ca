#!/usr/bin/env node
// `npm run test:electron`: the same e2e suite (test/e2e) through @vscode/test-electron in a desktop VS Code.
//
// It needs a VS Code download from update.code.visualstudio.com (cached in ~/.cache/ptpconf-e2e/vscode-test) and a display
// (run under xvfb-run on a headless Linux box). Where the download is impossible, as on the sandboxed build
// machine, it says so and exits 3; use `npm run test:e2e` (code-server) there. Not part of CI.
//
// usage: node scripts/e2e-electron.mjs [--vscode VERSION] [--no-build] [--grep RE]
// exit:  0 all passed, 1 tests ran and failed, 2 build error, 3 VS Code could not be downloaded or started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { REPO, build, cacheDir, extensionHostLogLines } from './e2e-lib.mjs';

const require = createRequire(import.meta.url);
const { values: opt } = util.parseArgs({
	options: {
		vscode: { type: 'string', default: process.env.PTPCONF_VSCODE_VERSION ?? '1.100.3' },
		'no-build': { type: 'boolean', default: false },
		grep: { type: 'string' },
	},
});

async function main() {
	try {
		if (!opt['no-build']) {
			build();
		}
	} catch (err) {
		console.error(`test:electron: build failed: ${err.message}`);
		return 2;
	}
	const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');

	let vscodeExecutablePath;
	try {
		vscodeExecutablePath = await downloadAndUnzipVSCode({ version: opt.vscode, cachePath: path.join(cacheDir(), 'vscode-test'), timeout: 30_000 });
	} catch (err) {
		const why = String(err?.message ?? err).split('\n')[0];
		console.log(`test:electron: could not download VS Code ${opt.vscode} (${why}); no tests ran. Use \`npm run test:e2e\` (code-server) on this machine.`);
		return 3;
	}

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ptpconf-electron-'));
	const ws = path.join(tmp, 'ws');
	const userData = path.join(tmp, 'user-data');
	const resultFile = path.join(tmp, 'result.json');
	fs.cpSync(path.join(REPO, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
	fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
	fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
		'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'git.enabled': false,
		'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoUpdate': false,
	}, null, 2));

	let exit;
	try {
		await runTests({
			vscodeExecutablePath,
			extensionDevelopmentPath: REPO,
			extensionTestsPath: path.join(REPO, 'out', 'test', 'e2e', 'index.js'),
			launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
				'--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')],
			extensionTestsEnv: {
				PTPCONF_E2E_RESULT: resultFile,
				PTPCONF_E2E_LOGS: path.join(userData, 'logs'),
				PTPCONF_E2E_GREP: opt.grep ?? '',
			},
		});
		exit = 0;
	} catch (err) {
		exit = 1;
		if (!fs.existsSync(resultFile)) {
			console.log(`test:electron: VS Code ${opt.vscode} did not run the suite (${String(err?.message ?? err).split('\n')[0]}); on a headless box run it under xvfb-run.`);
			fs.rmSync(tmp, { recursive: true, force: true });
			return 3;
		}
	}
	const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
	let failed = result.failed;
	const errors = extensionHostLogLines(userData, 'error');
	if (errors.length) {
		console.log(`extension host log has ${errors.length} [error] line(s) from ptpconf:\n  ${errors.join('\n  ')}`);
		failed ||= 1;
	}
	if (exit !== 0 && failed === 0) {
		failed = 1;
	}
	fs.rmSync(tmp, { recursive: true, force: true });
	console.log(`${result.passed} passed, ${failed} failed`);
	return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
	console.error(err);
	process.exit(1);
});
