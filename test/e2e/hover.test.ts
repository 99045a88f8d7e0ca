/**
 * Hover through vscode.executeHoverProvider.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hoverText, openAndWaitReady, positionOf } from './helpers';

suite('hover', () => {
	suiteTeardown(closeAll);

	test('clockClass: name, integer range and default', async () => {
		const editor = await openAndWaitReady('ptp4l.conf');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'clockClass', 3));
		const text = hoverText(hovers);
		assert.match(text, /\*\*clockClass\*\*/);
		assert.match(text, /integer 0 … 255/, text);
		assert.match(text, /default: `248`/, text);
	});

	test('masterOnly in ptp-gm.conf tells the new name', async () => {
		const editor = await openAndWaitReady('x/etc/ptp4l/ptp-gm.conf');
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'masterOnly', 2));
		assert.match(hoverText(hovers), /serverOnly/);
	});
});
