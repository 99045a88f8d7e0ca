/**
 * chrony in the real editor: language detection, chronyd-equivalent errors, expert warnings, completion, hover,
 * quick fix, and the chrony version setting.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeOf, extension, fixtureUri, poll, positionOf, WAIT_MS } from './helpers';

function chronyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'chrony');
}

function waitChrony(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const check = (): void => {
			const d = chronyDiagnostics(uri);
			if (pred(d)) {
				clearTimeout(timer);
				sub.dispose();
				resolve(d);
			}
		};
		const sub = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === uri.toString())) {
				check();
			}
		});
		const timer = setTimeout(() => {
			sub.dispose();
			reject(new Error(`timed out waiting for ${what}; now: ${JSON.stringify(chronyDiagnostics(uri).map((d) => `${d.range.start.line + 1} ${codeOf(d)} ${d.message}`))}`));
		}, WAIT_MS);
		check();
	});
}

suite('chrony', () => {
	suiteTeardown(closeAll);

	test('the seed chrony.conf opens as chrony with the tai-without-leapsectz warning and no error', async () => {
		const doc = await vscode.workspace.openTextDocument(fixtureUri('host/etc/chrony/chrony.conf'));
		await vscode.window.showTextDocument(doc);
		assert.equal(doc.languageId, 'chrony');
		await poll(() => extension().isActive, 'activation');
		const list = await waitChrony(doc.uri, (d) => d.some((x) => /'tai' needs the TAI-UTC offset/.test(x.message)), 'the tai warning');
		assert.deepEqual(list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
	});

	test('completion offers server options and hover explains them', async () => {
		const doc = await vscode.workspace.openTextDocument(fixtureUri('host/etc/chrony/chrony.conf'));
		const pos = positionOf(doc, 'iburst');
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
		const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
		assert.ok(labels.includes('xleave') && labels.includes('minpoll'), labels.slice(0, 20).join(','));
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'refclock', 2));
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
		assert.match(text, /\*\*refclock\*\*/);
		assert.match(text, /chrony-project\.org\/doc\/[\d.]+\/chrony\.conf\.html#refclock/);
	});

	test('a .sources file: chronyd ignores anything but sources there, and we say so', async () => {
		const uri = fixtureUri('host/etc/chrony/sources.d/lab.sources');
		const doc = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(doc);
		assert.equal(doc.languageId, 'chrony');
		const list = await waitChrony(uri, (d) => d.some((x) => /ignores 'srever'/.test(x.message)), 'the ignored-line warning');
		assert.deepEqual(list.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), [], 'chronyd does not fail on it');
	});

	test('conf.d: unknown directive error with a did-you-mean quick fix that applies', async () => {
		const uri = fixtureUri('host/etc/chrony/conf.d/lab.conf');
		const doc = await vscode.workspace.openTextDocument(uri);
		const editor = await vscode.window.showTextDocument(doc);
		assert.equal(doc.languageId, 'chrony');
		const list = await waitChrony(uri, (d) => d.some((x) => codeOf(x) === 'unknown-option'), 'the srever error');
		const d = list.find((x) => codeOf(x) === 'unknown-option')!;
		assert.equal(d.range.start.line, 1);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
		const fix = actions.find((a) => a.title === "Change to 'server'");
		assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
		assert.ok(await vscode.workspace.applyEdit(fix.edit));
		await waitChrony(uri, (x) => !x.some((y) => y.severity === vscode.DiagnosticSeverity.Error), 'errors cleared');
		assert.equal(editor.document.lineAt(1).text, 'server ntp2.example.net iburst');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('ptpconf.chrony.version decides which directives exist', async () => {
		const uri = fixtureUri('host/etc/chrony/chrony.conf');
		const doc = await vscode.workspace.openTextDocument(uri);
		const editor = await vscode.window.showTextDocument(doc);
		await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), 'maxtxbuffers 100\n'));
		const config = vscode.workspace.getConfiguration('ptpconf');
		try {
			await config.update('chrony.version', '4.3', vscode.ConfigurationTarget.Workspace);
			await waitChrony(uri, (d) => d.some((x) => codeOf(x) === 'version-absent'), 'maxtxbuffers absent in 4.3');
			await config.update('chrony.version', 'newest', vscode.ConfigurationTarget.Workspace);
			await waitChrony(uri, (d) => !d.some((x) => codeOf(x) === 'version-absent'), 'maxtxbuffers known to the newest');
		} finally {
			await config.update('chrony.version', undefined, vscode.ConfigurationTarget.Workspace);
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
	});
});
