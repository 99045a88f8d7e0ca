/**
 * Settings: ptpconf.linuxptp.version changes which options exist (clientOnly is new in linuxptp 4.0).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, openAndWaitReady, waitForDiagnostics } from './helpers';

const KEY = 'linuxptp.version';

suite('settings', () => {
	let before: string | undefined;
	suiteSetup(() => {
		before = vscode.workspace.getConfiguration('ptpconf').inspect<string>(KEY)?.workspaceValue;
	});
	suiteTeardown(async () => {
		await vscode.workspace.getConfiguration('ptpconf').update(KEY, before, vscode.ConfigurationTarget.Workspace);
		await closeAll();
	});

	test("ptpconf.linuxptp.version '3.1' makes 'clientOnly 1' an error, 'newest' clears it", async () => {
		const editor = await openAndWaitReady('version-ptp4l.conf');
		const uri = editor.document.uri;
		assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);

		await vscode.workspace.getConfiguration('ptpconf').update(KEY, '3.1', vscode.ConfigurationTarget.Workspace);
		const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'version-absent'), "'version-absent' under 3.1");
		const absent = diags.find((x) => codeOf(x) === 'version-absent')!;
		assert.equal(absent.severity, vscode.DiagnosticSeverity.Error);
		assert.equal(editor.document.getText(absent.range), 'clientOnly');
		assert.match(absent.message, /3\.1/);

		await vscode.workspace.getConfiguration('ptpconf').update(KEY, 'newest', vscode.ConfigurationTarget.Workspace);
		await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'version-absent'), "'version-absent' to clear under newest");
	});
});
