import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../util/paths';
import { StdioClient } from '../util/stdioClient';

const SERVER = join(REPO, 'dist', 'server.js');

suite('standalone server over stdio', () => {
	test('raw JSON-RPC: initialize, didOpen, pushed diagnostics, hover, shutdown', async () => {
		const c = new StdioClient(SERVER);
		try {
			const init = await c.request('initialize', { processId: null, rootUri: null, capabilities: {} }) as { result: { serverInfo: { name: string }; capabilities: { diagnosticProvider?: unknown } } };
			assert.equal(init.result.serverInfo.name, 'ptpconf-language-server');
			assert.equal(init.result.capabilities.diagnosticProvider, undefined, 'push-only client gets no diagnosticProvider');
			c.notify('initialized', {});
			const pushed = c.next((m) => m.method === 'textDocument/publishDiagnostics');
			c.notify('textDocument/didOpen', { textDocument: { uri: 'file:///tmp/ptp4l.conf', languageId: 'linuxptp', version: 1, text: '[global]\nprority1 1\n' } });
			const pub = (await pushed).params as { diagnostics: { message: string }[] };
			assert.match(pub.diagnostics[0].message, /Unknown option 'prority1'.*Did you mean 'priority1'/);
			const hov = await c.request('textDocument/hover', { textDocument: { uri: 'file:///tmp/ptp4l.conf' }, position: { line: 0, character: 2 } }) as { result: { contents: { value: string } } };
			assert.match(hov.result.contents.value, /\[global\]/);
			assert.equal(await c.stop(), 0);
		} finally {
			c.child.kill();
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
