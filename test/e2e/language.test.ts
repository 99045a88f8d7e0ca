/**
 * Language detection from contributes.languages: file names, path patterns and the first line.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, fixtureUri } from './helpers';

async function languageOf(rel: string): Promise<string> {
	return (await vscode.workspace.openTextDocument(fixtureUri(rel))).languageId;
}

suite('language detection', () => {
	suiteTeardown(closeAll);

	test('by file name: ptp4l.conf', async () => {
		assert.equal(await languageOf('ptp4l.conf'), 'linuxptp');
	});

	test('by path pattern: x/etc/ptp4l/ptp-gm.conf', async () => {
		assert.equal(await languageOf('x/etc/ptp4l/ptp-gm.conf'), 'linuxptp');
	});

	test('by file name pattern: broken-ptp4l.conf (*ptp4l*.conf)', async () => {
		assert.equal(await languageOf('broken-ptp4l.conf'), 'linuxptp');
	});

	test('by first line: gm-profile (no extension) starting with [global]', async () => {
		assert.equal(await languageOf('gm-profile'), 'linuxptp');
	});

	test('by first line: foo.conf starting with [global] (claimed from the built-in properties language)', async () => {
		// VS Code gives `.conf` to `properties` before it looks at first lines; the client re-labels such documents.
		const uri = fixtureUri('foo.conf');
		const relabelled = new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('foo.conf was not re-labelled within 10 s')), 10000);
			const sub = vscode.workspace.onDidOpenTextDocument((d) => {
				if (d.uri.toString() === uri.toString() && d.languageId === 'linuxptp') {
					clearTimeout(timer);
					sub.dispose();
					resolve(d.languageId);
				}
			});
		});
		const doc = await vscode.workspace.openTextDocument(uri);
		assert.equal(doc.languageId === 'linuxptp' ? doc.languageId : await relabelled, 'linuxptp');
	});

	test('not claimed: other.conf whose first line is not a linuxptp section', async () => {
		assert.notEqual(await languageOf('other.conf'), 'linuxptp');
	});
});
