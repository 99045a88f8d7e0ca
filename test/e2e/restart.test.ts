/**
 * ptpconf.restartServer: the server comes back and keeps serving the open documents.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, extension, openAndWaitReady, setText, waitForDiagnostics } from './helpers';

suite('commands', () => {
	suiteTeardown(closeAll);

	test('ptpconf.restartServer restarts the server; diagnostics still arrive after it', async () => {
		const editor = await openAndWaitReady('restart-ptp4l.conf');
		const uri = editor.document.uri;
		const result = await vscode.commands.executeCommand('ptpconf.restartServer');
		assert.equal(result, true, 'the command reports success');
		assert.ok(extension().isActive);
		await setText(editor, '[global]\npriority1 128\nbogusRestartOption 1\n');
		const d = await waitForDiagnostics(uri, (x) => x.some((y) => codeOf(y) === 'unknown-option' && y.range.start.line === 2), 'diagnostics from the restarted server');
		assert.match(d.find((y) => codeOf(y) === 'unknown-option')!.message, /bogusRestartOption/);
		await vscode.commands.executeCommand('workbench.action.files.revert');
		await waitForDiagnostics(uri, (x) => x.length === 0, 'the revert to clear them');
	});

	test('ptpconf.showLog is registered and runs', async () => {
		const all = await vscode.commands.getCommands(true);
		assert.ok(all.includes('ptpconf.showLog') && all.includes('ptpconf.restartServer'));
		await vscode.commands.executeCommand('ptpconf.showLog');
	});
});
