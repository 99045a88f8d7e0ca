#!/usr/bin/env node
// `npm start`: the extension in a real VS Code (code-server) on the examples/ workspace, for trying it out.
//
// Builds, installs code-server into the cache on first use, starts it on 127.0.0.1:PORT and prints the URL
// that opens examples/ with this repository loaded as an extension in development mode. Runs until Ctrl+C,
// then stops code-server and everything it started (process group). After a rebuild (`npm run build` or
// `npm run watch` in another terminal), reload the browser tab to load the new code.
//
// usage: node scripts/start.mjs [--port N] [--no-build] [--fresh]
// env:   PTPCONF_PORT (default 18080), PTPCONF_E2E_CACHE (install cache, default ~/.cache/ptpconf-e2e)
// The editor profile (settings, UI state) is kept in <cache>/start-profile; --fresh starts from a clean one.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { REPO, build, cacheDir, ensureRuntime, log, portFree, startCodeServer, workbenchUrl } from './e2e-lib.mjs';

const { values: opt } = util.parseArgs({
	options: {
		port: { type: 'string', default: process.env.PTPCONF_PORT ?? '18080' },
		'no-build': { type: 'boolean', default: false },
		fresh: { type: 'boolean', default: false },
	},
});

const port = Number(opt.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
	console.error(`start: bad port '${opt.port}'`);
	process.exit(2);
}
const examples = path.join(REPO, 'examples');
if (!fs.existsSync(examples)) {
	console.error(`start: ${examples} is missing`);
	process.exit(2);
}
if (!(await portFree(port))) {
	console.error(`start: 127.0.0.1:${port} is in use; pass --port N or set PTPCONF_PORT`);
	process.exit(2);
}
try {
	if (!opt['no-build']) {
		build({ e2e: false });
	}
	await ensureRuntime({ browser: false });
} catch (err) {
	console.error(`start: ${err.message}`);
	process.exit(2);
}

const profile = path.join(cacheDir(), 'start-profile');
if (opt.fresh) {
	fs.rmSync(profile, { recursive: true, force: true });
}
const server = await startCodeServer({ port, stateDir: profile, workspace: examples });
const url = workbenchUrl(server.base, { folder: examples });
log(`code-server ${server.base} (pgid ${server.pgid}), log ${server.logFile}`);
console.log(`
ptpconf is running in code-server with the extension loaded from ${REPO}.
Open this URL (it loads the extension in development mode; ${server.base}/ alone opens the workspace without it):

  ${url}

Press Ctrl+C to stop.`);
const { code, signal } = await server.exited;
console.error(`start: code-server exited (${code ?? signal}); see ${server.logFile}`);
process.exit(1);
