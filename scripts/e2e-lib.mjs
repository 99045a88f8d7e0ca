// Shared helpers for the code-server based end-to-end tooling (run-e2e, start, screenshots, activation bench).
//
// A real VS Code for this machine: code-server (VS Code 1.100.3 server + web workbench, Node extension host)
// from the npm registry, driven headless by playwright-core and Debian's chromium. The extension is loaded in
// development mode through the workbench URL `payload` (extensionDevelopmentPath / extensionTestsPath), and the
// workbench reports the test result through `window.codeAutomationExit(code)`.
//
// Everything that is installed goes to a cache directory outside the repository:
//   $PTPCONF_E2E_CACHE (default ~/.cache/ptpconf-e2e)/
//     code-server-4.100.3/   npm project with code-server (+ .ptpconf-ok once verified)
//     playwright-1.65.1/     npm project with playwright-core (+ .ptpconf-ok)
//     tmp/                   TMPDIR for the install (holds the pre-seeded ripgrep download cache)
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Last code-server whose engines allow Node 20 (VS Code 1.100.3). */
export const CS_VERSION = process.env.PTPCONF_CODE_SERVER_VERSION ?? '4.100.3';
export const PW_VERSION = '1.65.1';
/** @vscode/ripgrep version pinned by code-server 4.100.3 and the rg release its postinstall downloads. */
const RG_PKG_VERSION = '1.15.11';
const RG_RELEASE = 'v13.0.0-10';
export const CHROMIUM = process.env.PTPCONF_CHROMIUM ?? '/usr/bin/chromium';
/** Debian packages: chromium (browser), ripgrep (seed for @vscode/ripgrep), headers/toolchain for native modules. */
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'build-essential', 'python3', 'pkg-config',
	'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
export const EXTENSION_ID = 'ptpconf.ptpconf';

export function cacheDir() {
	return path.resolve(process.env.PTPCONF_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'ptpconf-e2e'));
}

const t0 = Date.now();
const tag = path.basename(process.argv[1] ?? 'e2e', '.mjs');
/** Progress line on stderr with the elapsed time, so stdout stays the test output. */
export function log(msg) {
	process.stderr.write(`[${tag} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);
}

/** Runs a command, inheriting stdio (or capturing it with quiet: true); throws on a non-zero exit. */
export function run(cmd, args, { cwd = REPO, env = process.env, quiet = false } = {}) {
	const r = spawnSync(cmd, args, { cwd, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
	if (r.status !== 0) {
		const out = quiet ? `\n${r.stdout ?? ''}${r.stderr ?? ''}` : '';
		throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})${out}`);
	}
	return r.stdout;
}

/** tsc -b (extension + unit tests), tsc -b test/e2e, esbuild bundles. */
export function build({ e2e = true } = {}) {
	const started = Date.now();
	const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
	run(process.execPath, [tsc, '-b']);
	if (e2e) {
		run(process.execPath, [tsc, '-b', 'test/e2e/tsconfig.json']);
	}
	run(process.execPath, ['esbuild.mjs']);
	log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------------------
// Install (idempotent; the second run only checks marker files and dpkg)

function missingAptPackages() {
	const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Abbrev}\n', ...APT_PACKAGES], { encoding: 'utf8' });
	const installed = new Set((r.stdout ?? '').split('\n').filter((l) => /\sii\s*$/.test(l)).map((l) => l.split(' ')[0]));
	return APT_PACKAGES.filter((p) => !installed.has(p));
}

function ensureApt() {
	const missing = missingAptPackages();
	if (missing.length === 0) {
		return;
	}
	if (process.getuid?.() !== 0) {
		throw new Error(`missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install ${missing.join(' ')})`);
	}
	log(`apt-get install ${missing.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	run('apt-get', ['update', '-qq'], { env, quiet: true });
	run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, quiet: true });
}

/** Serializes installs of concurrent runs (mkdir is atomic). */
async function withLock(dir, fn) {
	const lock = `${dir}.lock`;
	fs.mkdirSync(path.dirname(lock), { recursive: true });
	for (let i = 0; ; i++) {
		try {
			fs.mkdirSync(lock);
			break;
		} catch (err) {
			if (err.code !== 'EEXIST') {
				throw err;
			}
			const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
			if (age > 15 * 60_000) {
				fs.rmSync(lock, { recursive: true, force: true }); // left behind by a killed install
				continue;
			}
			if (i % 20 === 0) {
				log(`waiting for another install (${lock})`);
			}
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** XDG dirs that keep code-server from writing ~/.config/code-server and ~/.local/share/code-server. */
function xdgEnv(base) {
	const env = { XDG_CONFIG_HOME: path.join(base, 'xdg', 'config'), XDG_DATA_HOME: path.join(base, 'xdg', 'data'), XDG_CACHE_HOME: path.join(base, 'xdg', 'cache') };
	for (const d of Object.values(env)) {
		fs.mkdirSync(d, { recursive: true });
	}
	return env;
}

function codeServerDir() {
	return path.join(cacheDir(), `code-server-${CS_VERSION}`);
}

export function codeServerBin() {
	return path.join(codeServerDir(), 'node_modules', '.bin', 'code-server');
}

async function ensureCodeServer() {
	const dir = codeServerDir();
	const ok = path.join(dir, '.ptpconf-ok');
	if (fs.existsSync(ok)) {
		return;
	}
	await withLock(dir, async () => {
		if (fs.existsSync(ok)) {
			return;
		}
		const started = Date.now();
		log(`installing code-server@${CS_VERSION} into ${dir} (about a minute, once)`);
		fs.mkdirSync(dir, { recursive: true });
		// code-server's postinstall builds its native modules and runs the nested installs of lib/vscode.
		// npm 11 skips dependency install scripts that allowScripts does not name.
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
			name: 'ptpconf-e2e-code-server', private: true,
			allowScripts: { 'code-server': true, argon2: true, kerberos: true, keytar: true, 'node-pty': true, '@vscode/ripgrep': true },
		}, null, 2) + '\n');
		// @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here. It looks in
		// $TMPDIR/vscode-ripgrep-cache-<pkg version>/ first: pre-seed that with Debian's rg (also 13.0.0).
		const tmp = path.join(cacheDir(), 'tmp');
		const rgCache = path.join(tmp, `vscode-ripgrep-cache-${RG_PKG_VERSION}`);
		fs.mkdirSync(rgCache, { recursive: true });
		const stage = fs.mkdtempSync(path.join(tmp, 'rg-'));
		fs.copyFileSync('/usr/bin/rg', path.join(stage, 'rg'));
		run('tar', ['czf', path.join(rgCache, `ripgrep-${RG_RELEASE}-x86_64-unknown-linux-musl.tar.gz`), '-C', stage, 'rg']);
		fs.rmSync(stage, { recursive: true, force: true });
		const env = {
			...process.env,
			TMPDIR: tmp,
			// node-pty's postinstall runs `npx node-gyp`; ~/.npmrc says yes=false, which makes npx abort.
			npm_config_yes: 'true',
			// code-server's postinstall.sh refuses to run as root unless npm exports npm_config_unsafe_perm.
			npm_config_unsafe_perm: 'true',
			...xdgEnv(dir),
		};
		run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CS_VERSION}`], { cwd: dir, env });
		const printed = run(codeServerBin(), ['--version'], { cwd: dir, env, quiet: true });
		const version = printed.split('\n').find((l) => l.includes('with Code'));
		if (!version) {
			throw new Error(`code-server --version printed: ${printed}`);
		}
		const rg = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
		if (!fs.existsSync(rg)) {
			throw new Error(`code-server installed without ${rg}: its nested install scripts did not run`);
		}
		fs.writeFileSync(ok, `${version}\n`);
		log(`code-server ready: ${version} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	});
}

function playwrightDir() {
	return path.join(cacheDir(), `playwright-${PW_VERSION}`);
}

async function ensurePlaywright() {
	const dir = playwrightDir();
	const ok = path.join(dir, '.ptpconf-ok');
	if (fs.existsSync(ok)) {
		return;
	}
	await withLock(dir, async () => {
		if (fs.existsSync(ok)) {
			return;
		}
		log(`installing playwright-core@${PW_VERSION} into ${dir}`);
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ptpconf-e2e-playwright', private: true }, null, 2) + '\n');
		run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `playwright-core@${PW_VERSION}`], { cwd: dir });
		fs.writeFileSync(ok, `${PW_VERSION}\n`);
	});
}

/** playwright-core, loaded from the cache dir (it is not a dependency of the extension). */
export function playwright() {
	return createRequire(path.join(playwrightDir(), 'package.json'))('playwright-core');
}

/** Installs whatever is missing: Debian packages, code-server, playwright-core. */
export async function ensureRuntime({ browser = true } = {}) {
	const started = Date.now();
	ensureApt();
	await ensureCodeServer();
	if (browser) {
		await ensurePlaywright();
	}
	log(`runtime ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache ${cacheDir()})`);
}

// ---------------------------------------------------------------------------------------------------------
// Processes

const cleanups = [];
let exiting = false;
/** Registers a cleanup that runs on normal exit and on SIGINT/SIGTERM/SIGHUP. Returns an unregister function. */
export function onCleanup(fn) {
	cleanups.push(fn);
	return () => {
		const i = cleanups.indexOf(fn);
		if (i >= 0) {
			cleanups.splice(i, 1);
		}
	};
}
export function runCleanups() {
	while (cleanups.length) {
		try {
			cleanups.pop()();
		} catch {
			// best effort
		}
	}
}
process.on('exit', runCleanups);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		if (exiting) {
			return;
		}
		exiting = true;
		log(`${sig}: stopping`);
		runCleanups();
		process.exit(sig === 'SIGINT' ? 130 : 143);
	});
}

/** Kills a process group (the leader was spawned detached, so its pid is the pgid). */
export function killGroup(pgid, signal = 'SIGTERM') {
	try {
		process.kill(-pgid, signal);
		return true;
	} catch {
		return false;
	}
}

function groupAlive(pgid) {
	try {
		process.kill(-pgid, 0);
		return true;
	} catch {
		return false;
	}
}

/** SIGTERM to the group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopGroup(pgid, graceMs = 3000) {
	if (!killGroup(pgid, 'SIGTERM')) {
		return;
	}
	const until = Date.now() + graceMs;
	while (groupAlive(pgid) && Date.now() < until) {
		await new Promise((r) => setTimeout(r, 100));
	}
	killGroup(pgid, 'SIGKILL');
}

export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

export function portFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

/** Editor settings that keep the workbench quiet and deterministic (no welcome page, no AI UI, no git). */
export const USER_SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'terminal.integrated.gpuAcceleration': 'off',
	'terminal.integrated.enablePersistentSessions': false,
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'security.workspace.trust.enabled': false,
	'git.enabled': false,
	'chat.disableAIFeatures': true,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'window.commandCenter': false,
	'editor.minimap.enabled': false,
	// the web workbench defaults to afterDelay: edits made by tests or screenshots must never reach the disk
	'files.autoSave': 'off',
};

/**
 * Starts code-server in its own process group with all state under `stateDir` (user data, extensions, XDG
 * dirs, log). Resolves once /healthz answers. `env` is added to the server's environment, which the
 * extension host inherits.
 */
export async function startCodeServer({ port, stateDir, workspace, env = {}, settings = {} }) {
	const ud = path.join(stateDir, 'ud');
	fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
	fs.mkdirSync(path.join(stateDir, 'ext'), { recursive: true });
	const settingsFile = path.join(ud, 'User', 'settings.json');
	let existing = {};
	try {
		existing = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
	} catch {
		existing = null; // edited by hand (comments): leave it alone
	}
	if (existing) {
		// a kept profile (npm start) keeps what the user changed
		fs.writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...settings, ...existing }, null, 2) + '\n');
	}
	const config = path.join(stateDir, 'config.yaml');
	fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
	const logFile = path.join(stateDir, 'code-server.log');
	const out = fs.openSync(logFile, 'a');
	const args = ['--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
		'--user-data-dir', ud, '--extensions-dir', path.join(stateDir, 'ext'),
		'--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
		'--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened'];
	if (workspace) {
		args.push(workspace);
	}
	const child = spawn(codeServerBin(), args, {
		detached: true, // own process group: pid == pgid, stopped with kill(-pid)
		stdio: ['ignore', out, out],
		env: { ...process.env, ...xdgEnv(stateDir), ...env },
	});
	fs.closeSync(out);
	const pgid = child.pid;
	let exited = null;
	const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	const unregister = onCleanup(() => killGroup(pgid, 'SIGKILL'));
	const base = `http://127.0.0.1:${port}`;
	const until = Date.now() + 60_000;
	for (;;) {
		if (exited) {
			unregister();
			throw new Error(`code-server exited (${exited.code ?? exited.signal}):\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
		}
		try {
			const res = await fetch(`${base}/healthz`);
			if (res.ok) {
				break;
			}
		} catch {
			// not listening yet
		}
		if (Date.now() > until) {
			killGroup(pgid, 'SIGKILL');
			unregister();
			throw new Error(`code-server did not answer on ${base}; log: ${logFile}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		pgid, base, logFile, stateDir, userDataDir: ud,
		/** Resolves with { code, signal } when the code-server process exits. */
		exited: exitPromise,
		async stop() {
			await stopGroup(pgid);
			unregister();
		},
	};
}

/** The workbench URL that opens `folder` with the extension in development mode (and optionally its tests). */
export function workbenchUrl(base, { folder, dev = REPO, tests } = {}) {
	const authority = new URL(base).host; // code-server's remote authority is host:port
	const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
	const payload = [['skipWelcome', 'true']];
	if (dev) {
		payload.push(['extensionDevelopmentPath', remote(dev)]);
	}
	if (tests) {
		payload.push(['extensionTestsPath', remote(tests)]);
	}
	const q = [];
	if (folder) {
		q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
	}
	q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
	return `${base}/?${q.join('&')}`;
}

/** Headless chromium (Debian's) with its profile/crash dirs in a temp dir. */
export async function launchBrowser({ headless = true } = {}) {
	const { chromium } = playwright();
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ptpconf-chromium-'));
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
		env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, HOME: home },
	});
	const unregister = onCleanup(() => fs.rmSync(home, { recursive: true, force: true }));
	const close = browser.close.bind(browser);
	browser.close = async () => {
		await close().catch(() => undefined);
		fs.rmSync(home, { recursive: true, force: true });
		unregister();
	};
	return browser;
}

/** Console lines of the workbench page that are noise here (no internet, no marketplace, web-only features). */
export const CONSOLE_NOISE = /vsda|Failed to load resource|open-vsx|GL Driver|allow-same-origin|service worker|Service Worker|Resolv|Creating a socket|ChatSessionStore|copilot|web worker extension host|builtin extensions cache|ERR_NAME_NOT_RESOLVED|marketplace|gallery|Long running operations|LanguageModel|\[vscode\.git\]/i;

/** Text of a page console message, with the `%c` style arguments the workbench adds removed. */
export async function consoleText(msg) {
	let args = await Promise.all(msg.args().map((h) => h.jsonValue().catch(() => '')));
	if (typeof args[0] === 'string' && args[0].includes('%c')) {
		const styles = (args[0].match(/%c/g) ?? []).length;
		args = [args[0].replace(/%c/g, ''), ...args.slice(1 + styles)];
	}
	const { format } = await import('node:util');
	return args.length ? format(...args) : msg.text();
}

/** Copies a directory tree (files only; follows nothing fancy). */
export function copyTree(src, dest) {
	fs.cpSync(src, dest, { recursive: true });
}

/** Files under `dir` (recursive), relative paths. */
export function walk(dir) {
	const out = [];
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) {
			out.push(...walk(p).map((q) => path.join(e.name, q)));
		} else {
			out.push(e.name);
		}
	}
	return out;
}

/**
 * Lines at `level` (`error`, `warning`) that come from this extension in the extension host logs under a
 * user-data dir: remoteexthost.log / exthost.log lines that name the extension, and every line at that
 * level in the extension's own output channels (log files named after `ptpconf`).
 */
export function extensionHostLogLines(userDataDir, level = 'error') {
	const logs = path.join(userDataDir, 'logs');
	if (!fs.existsSync(logs)) {
		return [];
	}
	const levelTag = `[${level}]`;
	const found = [];
	for (const rel of walk(logs)) {
		const base = path.basename(rel);
		const inExthost = rel.split(path.sep).some((p) => /^exthost\d*$/.test(p));
		if (!inExthost || !base.endsWith('.log')) {
			continue;
		}
		const ours = /ptpconf/i.test(rel);
		for (const line of fs.readFileSync(path.join(logs, rel), 'utf8').split('\n')) {
			if (line.includes(levelTag) && (ours || /ptpconf/i.test(line))) {
				found.push(`${rel}: ${line}`);
			}
		}
	}
	return found;
}
