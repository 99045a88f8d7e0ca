/**
 * Activation: the extension stays inactive until a linuxptp file is opened (`onLanguage:linuxptp`), then
 * starts its language server and exports `{ ready }`.
 */
import * as assert from 'node:assert/strict';
import { closeAll, extension, open, poll, waitForDiagnostics } from './helpers';

suite('activation', () => {
	suiteTeardown(closeAll);

	test('extension is loaded from the development folder and not active before a linuxptp file opens', () => {
		const ext = extension();
		const manifest = ext.packageJSON as { name: string; activationEvents: string[] };
		assert.equal(manifest.name, 'ptpconf');
		assert.deepEqual(manifest.activationEvents, ['onLanguage:linuxptp', 'onLanguage:chrony', 'onLanguage:properties', 'onLanguage:ini']);
		assert.equal(ext.isActive, false, 'activated before any linuxptp document was opened');
	});

	test('opening ptp4l.conf activates it and the language server answers', async () => {
		const editor = await open('ptp4l.conf');
		assert.equal(editor.document.languageId, 'linuxptp');
		const ext = extension();
		await poll(() => ext.isActive, 'activation on onLanguage:linuxptp');
		const api = ext.exports;
		assert.equal(typeof api?.ready, 'number', `activate() returns { ready: ms }, got ${JSON.stringify(api)}`);
		assert.ok(api.ready >= 0 && api.ready < 20_000, `ready in ${api.ready} ms`);
		// a clean file: the server publishes an empty list, so prove the round trip with the hint file instead
		const gm = await open('x/etc/ptp4l/ptp-gm.conf');
		await waitForDiagnostics(gm.document.uri, (d) => d.length > 0, 'the first diagnostics from the server');
	});
});
