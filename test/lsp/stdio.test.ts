import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../util/paths';

const SERVER = join(REPO, 'dist', 'server.js');

/** Frames a JSON-RPC message. */
function frame(msg: object): string {
	const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
	return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

suite('standalone server over stdio', () => {
	test('raw JSON-RPC: initialize, didOpen, pushed diagnostics, hover, shutdown', async () => {
		const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const messages: { id?: number; method?: string; params?: { diagnostics?: { message: string }[] }; result?: unknown }[] = [];
		let buf = Buffer.alloc(0);
		const waitFor = (pred: (m: (typeof messages)[number]) => boolean): Promise<(typeof messages)[number]> => new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('timeout waiting for a server message')), 10000);
			const check = (): void => {
				const m = messages.find(pred);
				if (m) {
					clearTimeout(timer);
					resolve(m);
				} else {
					setTimeout(check, 10);
				}
			};
			check();
		});
		child.stdout.on('data', (chunk: Buffer) => {
			buf = Buffer.concat([buf, chunk]);
			for (;;) {
				const head = buf.indexOf('\r\n\r\n');
				if (head < 0) {
					return;
				}
				const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
				if (buf.length < head + 4 + len) {
					return;
				}
				messages.push(JSON.parse(buf.subarray(head + 4, head + 4 + len).toString()) as (typeof messages)[number]);
				buf = buf.subarray(head + 4 + len);
			}
		});
		try {
			child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
			const init = await waitFor((m) => m.id === 1) as { result: { serverInfo: { name: string }; capabilities: { diagnosticProvider?: unknown } } };
			assert.equal(init.result.serverInfo.name, 'ptpconf-language-server');
			assert.equal(init.result.capabilities.diagnosticProvider, undefined, 'push-only client gets no diagnosticProvider');
			child.stdin.write(frame({ method: 'initialized', params: {} }));
			child.stdin.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///tmp/ptp4l.conf', languageId: 'linuxptp', version: 1, text: '[global]\nprority1 1\n' } } }));
			const pub = await waitFor((m) => m.method === 'textDocument/publishDiagnostics');
			assert.match(pub.params!.diagnostics![0].message, /Unknown option 'prority1'.*Did you mean 'priority1'/);
			child.stdin.write(frame({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///tmp/ptp4l.conf' }, position: { line: 0, character: 2 } } }));
			const hov = await waitFor((m) => m.id === 2) as { result: { contents: { value: string } } };
			assert.match(hov.result.contents.value, /\[global\]/);
			child.stdin.write(frame({ id: 3, method: 'shutdown' }));
			await waitFor((m) => m.id === 3);
			child.stdin.write(frame({ method: 'exit' }));
			const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
			assert.equal(code, 0);
		} finally {
			child.kill();
		}
	});

	test('Neovim (push-only client) gets diagnostics, hover and completion', function () {
		this.timeout(60000);
		let version = '';
		try {
			version = execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
		} catch {
			assert.fail('nvim is not installed (apt-get install neovim); .ci/run installs it');
		}
		const dir = mkdtempSync(join(tmpdir(), 'ptpconf-nvim-'));
		const file = join(dir, 'ptp4l.conf');
		writeFileSync(file, '[global]\nclockClas 6\ntime_stamping hardware\n\n');
		const out = join(dir, 'out.json');
		execFileSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(REPO, 'test/lsp/nvim/client.lua')}`], {
			env: { ...process.env, PTPCONF_FILE: file, PTPCONF_OUT: out, PTPCONF_SERVER: join(REPO, 'dist', 'server.js') },
			timeout: 50000,
			stdio: 'pipe',
		});
		const res = JSON.parse(readFileSync(out, 'utf8')) as { waited: boolean; pull: boolean; diagnostics: { lnum: number; message: string }[]; hover: string | null; completion: string[] };
		assert.equal(res.waited, true, `${version}: no diagnostics arrived`);
		assert.equal(res.pull, false, 'Neovim 0.7 does not pull; the server must not announce pull to it');
		assert.deepEqual(res.diagnostics.map((d) => d.lnum), [1]);
		assert.match(res.diagnostics[0].message, /Did you mean 'clockClass'/);
		assert.match(String(res.hover), /\*\*time_stamping\*\*/);
		assert.ok(res.completion.includes('priority1'));
	});
});
