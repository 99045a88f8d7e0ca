/**
 * `npm run bench`: measures the language server from outside, over stdio, and prints a table.
 * Not a test: nothing here passes or fails on timing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from '../util/paths';
import { StdioClient } from '../util/stdioClient';

const SERVER = join(REPO, 'dist', 'server.js');
const URI = 'file:///bench/ptp4l.conf';

function pct(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function bigConfig(lines: number): string {
	const out = ['[global]', 'verbose 1', 'time_stamping hardware', 'clockClass 248', 'domainNumber 0', 'clientOnly 1'];
	const portOpts = ['logSyncInterval 0', 'logAnnounceInterval 1', 'delay_mechanism E2E', 'network_transport UDPv4', '# a comment', 'announceReceiptTimeout 3', 'udp_ttl 1', 'tsproc_mode filter'];
	let port = 0;
	while (out.length < lines) {
		out.push(`[eth${port++}]`);
		for (const o of portOpts) {
			out.push(o);
		}
	}
	return `${out.slice(0, lines).join('\n')}\n`;
}

async function coldStart(): Promise<number> {
	const t0 = performance.now();
	const c = new StdioClient(SERVER);
	await c.request('initialize', { processId: null, rootUri: null, capabilities: {} });
	const ms = performance.now() - t0;
	await c.stop();
	return ms;
}

function rssPeakKb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function main(): Promise<void> {
	const rows: [string, string, string][] = [];
	const starts: number[] = [];
	for (let i = 0; i < 10; i++) {
		starts.push(await coldStart());
	}
	rows.push(['server cold start (spawn → initialize result), p50 / max', `${pct(starts, 50).toFixed(1)} / ${Math.max(...starts).toFixed(1)} ms`, '≤ 150 ms']);

	const c = new StdioClient(SERVER);
	await c.request('initialize', { processId: null, rootUri: null, capabilities: {} });
	c.notify('initialized', {});
	const text = bigConfig(10000);
	let t0 = performance.now();
	const first = c.next((m) => m.method === 'textDocument/publishDiagnostics');
	c.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'linuxptp', version: 1, text } });
	await first;
	rows.push(['first diagnostics, 10,000-line config (didOpen → publish)', `${(performance.now() - t0).toFixed(1)} ms`, '']);

	const edits: number[] = [];
	for (let v = 2; v < 202; v++) {
		const line = 7 + (v % 500) * 9;
		const pushed = c.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { version?: number }).version === v);
		t0 = performance.now();
		c.notify('textDocument/didChange', {
			textDocument: { uri: URI, version: v },
			contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: v % 2 ? 'L' : 'l' }],
		});
		await pushed;
		edits.push(performance.now() - t0);
	}
	rows.push(['one-character edit → diagnostics, 10,000 lines, p50 / p99', `${pct(edits, 50).toFixed(2)} / ${pct(edits, 99).toFixed(2)} ms`, 'p99 ≤ 5 ms']);

	const comp: number[] = [];
	const hov: number[] = [];
	for (let i = 0; i < 300; i++) {
		const line = 7 + (i % 500) * 9 + 1;
		t0 = performance.now();
		await c.request('textDocument/completion', { textDocument: { uri: URI }, position: { line, character: 0 } });
		comp.push(performance.now() - t0);
		t0 = performance.now();
		await c.request('textDocument/hover', { textDocument: { uri: URI }, position: { line, character: 2 } });
		hov.push(performance.now() - t0);
	}
	rows.push(['completion round trip, p50 / p99', `${pct(comp, 50).toFixed(2)} / ${pct(comp, 99).toFixed(2)} ms`, 'p99 ≤ 2 ms']);
	rows.push(['hover round trip, p50 / p99', `${pct(hov, 50).toFixed(2)} / ${pct(hov, 99).toFixed(2)} ms`, 'p99 ≤ 2 ms']);
	rows.push(['server peak RSS (VmHWM) after the above', `${(rssPeakKb(c.child.pid!) / 1024).toFixed(1)} MB`, '']);
	await c.stop();

	for (const f of ['server.js', 'client.js', 'cli.js']) {
		const p = join(REPO, 'dist', f);
		rows.push([`bundle dist/${f}`, `${(statSync(p).size / 1024).toFixed(1)} KB`, f === 'server.js' ? '≤ 400 KB' : '']);
	}

	const activation = join(REPO, 'scripts', 'e2e-activation-bench.mjs');
	if (existsSync(activation) && process.env.PTPCONF_BENCH_ACTIVATION !== '0') {
		try {
			const out = execFileSync(process.execPath, [activation], { encoding: 'utf8', timeout: 10 * 60 * 1000 });
			const line = out.trim().split('\n').filter((l) => /activation/.test(l)).pop() ?? out.trim();
			rows.push(['extension activation (code-server, onLanguage → server ready)', line.replace(/^.*?activation\s*/, ''), '']);
		} catch (e) {
			rows.push(['extension activation (code-server)', `not measured: ${(e as Error).message.split('\n')[0]}`, '']);
		}
	}

	const w0 = Math.max(...rows.map((r) => r[0].length));
	const w1 = Math.max(...rows.map((r) => r[1].length));
	console.log(`${'measure'.padEnd(w0)}  ${'result'.padEnd(w1)}  target`);
	console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ------`);
	for (const r of rows) {
		console.log(`${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`);
	}
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
