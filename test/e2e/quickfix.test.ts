/**
 * Quick fix: the server's did-you-mean fix (carried in Diagnostic.data) surfaces as a code action.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, waitForDiagnostics } from './helpers';

suite('quick fix', () => {
	suiteTeardown(closeAll);

	test("unknown-option 'clockClas 6': apply \"Change to 'clockClass'\" and the error clears", async () => {
		const editor = await open('quickfix-ptp4l.conf');
		const doc = editor.document;
		const [typo] = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'unknown-option'), 'unknown-option')
			.then((d) => d.filter((x) => codeOf(x) === 'unknown-option'));
		const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
			'vscode.executeCodeActionProvider', doc.uri, typo.range, vscode.CodeActionKind.QuickFix.value);
		const fixes = actions.filter((a): a is vscode.CodeAction => 'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
		const fix = fixes.find((a) => /clockClass/.test(a.title));
		assert.ok(fix, `quick fix offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
		assert.equal(fix.isPreferred, true);
		assert.ok(fix.edit, 'the fix carries a workspace edit');
		assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
		assert.equal(doc.lineAt(1).text, 'clockClass 6');
		await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'unknown-option'), 'the unknown-option error to clear');
		assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});
});
