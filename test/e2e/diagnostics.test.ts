/**
 * Diagnostics pushed by the language server for a broken file, as VS Code shows them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, open, setText, waitForDiagnostics } from './helpers';

suite('diagnostics', () => {
	suiteTeardown(closeAll);

	test('broken-ptp4l.conf: typo, out-of-range value, trailing comment, old name', async () => {
		const editor = await open('broken-ptp4l.conf');
		const uri = editor.document.uri;
		const want = ['unknown-option', 'out-of-range', 'trailing-comment', 'old-name'];
		const diags = await waitForDiagnostics(uri, (d) => want.every((c) => d.some((x) => codeOf(x) === c)), `codes ${want.join(', ')}`);
		const by = (code: string): vscode.Diagnostic => diags.find((d) => codeOf(d) === code)!;

		const typo = by('unknown-option');
		assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
		assert.equal(typo.range.start.line, 1);
		assert.equal(editor.document.getText(typo.range), 'clockClas');
		assert.match(typo.message, /clockClass/);

		const range = by('out-of-range');
		assert.equal(range.severity, vscode.DiagnosticSeverity.Error);
		assert.equal(editor.document.getText(range.range), '300');
		assert.match(range.message, /0 to 255/);

		const comment = by('trailing-comment');
		assert.equal(comment.range.start.line, 3);
		assert.equal(comment.severity, vscode.DiagnosticSeverity.Error);

		const old = by('old-name');
		assert.equal(old.severity, vscode.DiagnosticSeverity.Hint);
		assert.equal(editor.document.getText(old.range), 'masterOnly');
		assert.ok(diags.every((d) => d.source === 'linuxptp'));
	});

	test('diagnostics follow edits (fixing the file clears them)', async () => {
		const editor = await open('broken-ptp4l.conf');
		await setText(editor, '[global]\nclockClass 6\npriority1 128\n# log more\nverbose 1\nserverOnly 1\n');
		await waitForDiagnostics(editor.document.uri, (d) => d.length === 0, 'no diagnostics');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});
});
