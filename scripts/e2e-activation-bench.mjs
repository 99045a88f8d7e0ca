#!/usr/bin/env node
// Extension activation time in a real VS Code (code-server), over several cold extension hosts.
//
// Each run starts a fresh code-server (new profile, new extension host), opens broken-ptp4l.conf from the e2e
// fixture workspace, and reads what activate() returned: `{ ready: ms }` = activation event → language server
// ready, measured by the extension itself. Prints one line per run and then
//   activation p50 X ms, max Y ms
// Meant to be called from `npm run bench` after the bundle is built (it builds dist/ only when it is missing,
// so a --production bundle made by the caller is what gets measured).
//
// usage: node scripts/e2e-activation-bench.mjs [--runs 5] [--json]
// exit:  0 measured, 1 a run failed, 2 setup error
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { REPO, ensureRuntime, freePort, launchBrowser, log, run, startCodeServer, workbenchUrl } from './e2e-lib.mjs';

const { values: opt } = util.parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		json: { type: 'boolean', default: false },
	},
});
const runs = Number(opt.runs);

function percentile(sorted, p) {
	// nearest-rank
	return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function once(browser, i) {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ptpconf-bench-'));
	const ws = path.join(tmp, 'ws');
	const resultFile = path.join(tmp, 'result.json');
	fs.cpSync(path.join(REPO, 'test', 'e2e', 'fixtures', 'workspace'), ws, { recursive: true });
	const server = await startCodeServer({ port: await freePort(), stateDir: path.join(tmp, 'state'), env: { PTPCONF_E2E_RESULT: resultFile } });
	const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
	try {
		let finish;
		const finished = new Promise((r) => (finish = r));
		await page.exposeFunction('codeAutomationExit', (code) => finish(code));
		await page.goto(workbenchUrl(server.base, { folder: ws, tests: path.join(REPO, 'out', 'test', 'e2e', 'bench', 'activation.js') }));
		const code = await Promise.race([finished, new Promise((r) => setTimeout(() => r('timeout'), 120_000))]);
		if (code !== 0 || !fs.existsSync(resultFile)) {
			throw new Error(`run ${i + 1}: codeAutomationExit ${code}; see ${server.logFile}`);
		}
		return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
	} finally {
		await page.close().catch(() => undefined);
		await server.stop();
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

async function main() {
	try {
		const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
		run(process.execPath, [tsc, '-b', 'test/e2e/tsconfig.json']);
		if (!fs.existsSync(path.join(REPO, 'dist', 'client.js')) || !fs.existsSync(path.join(REPO, 'dist', 'server.js'))) {
			run(process.execPath, ['esbuild.mjs']);
		}
		await ensureRuntime();
	} catch (err) {
		console.error(`activation bench: setup failed: ${err.message}`);
		return 2;
	}
	const browser = await launchBrowser();
	const results = [];
	try {
		for (let i = 0; i < runs; i++) {
			const r = await once(browser, i);
			results.push(r);
			log(`run ${i + 1}/${runs}: ready ${r.ready} ms (open → active ${r.openToActive} ms, open → first diagnostics ${r.openToDiagnostics} ms)`);
		}
	} catch (err) {
		console.error(`activation bench: ${err.message}`);
		return 1;
	} finally {
		await browser.close();
	}
	const ready = results.map((r) => r.ready).sort((a, b) => a - b);
	const diag = results.map((r) => r.openToDiagnostics).sort((a, b) => a - b);
	if (opt.json) {
		console.log(JSON.stringify({ runs: results, p50: percentile(ready, 50), max: ready.at(-1) }));
	}
	console.log(`open → first diagnostics p50 ${percentile(diag, 50)} ms, max ${diag.at(-1)} ms`);
	console.log(`activation p50 ${percentile(ready, 50)} ms, max ${ready.at(-1)} ms`);
	return 0;
}

main().then((code) => process.exit(code), (err) => {
	console.error(err);
	process.exit(1);
});
