/**
 * Completion through vscode.executeCompletionItemProvider (the same path the suggest widget uses).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openAndWaitReady } from './helpers';

function labels(list: vscode.CompletionList): string[] {
	return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('completion', () => {
	suiteTeardown(closeAll);

	test('option names on an empty line in [global] include clockClass', async () => {
		const editor = await openAndWaitReady('completion-ptp4l.conf');
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(1, 0));
		const l = labels(list);
		for (const name of ['clockClass', 'priority1', 'time_stamping', 'domainNumber']) {
			assert.ok(l.includes(name), `${name} in ${l.length} items: ${l.slice(0, 20).join(', ')}…`);
		}
	});

	test('values after an enum option: time_stamping offers hardware and software', async () => {
		const editor = await openAndWaitReady('completion-ptp4l.conf');
		await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'time_stamping '));
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(1, 'time_stamping '.length));
		const l = labels(list);
		assert.ok(l.includes('hardware') && l.includes('software'), l.join(', '));
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});
});
