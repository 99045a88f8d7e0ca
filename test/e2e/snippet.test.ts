/**
 * Snippets contributed from snippets/linuxptp.json (read at test time; names and prefixes may change).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAll, codeOf, extension, openAndWaitReady, setText, waitForDiagnostics } from './helpers';

interface SnippetDef {
	prefix: string | string[];
	body: string | string[];
	description?: string;
}

/** VS Code reads snippet files as JSONC: drop comments and trailing commas outside strings. */
function parseJsonc(text: string): unknown {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			const start = i;
			for (i++; i < text.length && text[i] !== '"'; i++) {
				if (text[i] === '\\') {
					i++;
				}
			}
			out += text.slice(start, i + 1);
		} else if (c === '/' && text[i + 1] === '/') {
			while (i < text.length && text[i] !== '\n') {
				i++;
			}
			out += '\n';
		} else if (c === '/' && text[i + 1] === '*') {
			i = text.indexOf('*/', i + 2) + 1;
		} else {
			out += c;
		}
	}
	return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

function snippets(): [string, SnippetDef][] {
	const file = path.join(extension().extensionPath, 'snippets', 'linuxptp.json');
	assert.ok(fs.existsSync(file), `${file} (contributes.snippets) exists`);
	const all = Object.entries(parseJsonc(fs.readFileSync(file, 'utf8')) as Record<string, SnippetDef>)
		.filter(([, s]) => s && s.body !== undefined && s.prefix !== undefined);
	assert.ok(all.length > 0, 'at least one snippet');
	return all;
}

/** Literal text of a snippet body before its first tabstop/variable on the first non-empty line. */
function literalHead(body: string): string {
	const line = body.split('\n').find((l) => l.trim() !== '') ?? '';
	return line.split('$')[0].replace(/\\(.)/g, '$1').trim();
}

/** Codes that mean the snippet itself is wrong (not a value the user is meant to fill in). */
const STRUCTURAL = ['unknown-option', 'wrong-section', 'unknown-section', 'malformed-section', 'bad-enum'];

suite('snippets', () => {
	suiteTeardown(closeAll);

	test('the first snippet of snippets/linuxptp.json inserts by name (editor.action.insertSnippet) as its body expands', async () => {
		const [name, def] = snippets()[0];
		const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
		const editor = await openAndWaitReady('snippet-ptp4l.conf');
		const end = (): vscode.Position => editor.document.lineAt(editor.document.lineCount - 1).range.end;
		const start = editor.document.getText();

		editor.selection = new vscode.Selection(end(), end());
		await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'linuxptp', name });
		const byName = editor.document.getText();
		assert.notEqual(byName, start, `snippet '${name}' inserted nothing: is it registered for linuxptp?`);
		assert.ok(byName.includes(literalHead(body)), `inserted text contains '${literalHead(body)}':\n${byName}`);

		await setText(editor, start);
		editor.selection = new vscode.Selection(end(), end());
		assert.ok(await editor.insertSnippet(new vscode.SnippetString(body)));
		assert.equal(editor.document.getText(), byName, 'same text as the body from snippets/linuxptp.json');
		await vscode.commands.executeCommand('leaveSnippet');
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('every snippet expands (defaults filled in) to text without unknown options, misplaced options or bad sections', async () => {
		const editor = await openAndWaitReady('snippet-ptp4l.conf');
		const bad: string[] = [];
		for (const [name, def] of snippets()) {
			const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
			// a sentinel error after the snippet moves with every edit, so each publish for this text is recognisable
			await setText(editor, '[global]\n');
			const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
			editor.selection = new vscode.Selection(end, end);
			await editor.insertSnippet(new vscode.SnippetString(body));
			await vscode.commands.executeCommand('leaveSnippet');
			const sentinelLine = editor.document.lineCount;
			await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n[global]\nptpconfE2eSentinel 1\n'));
			const diags = await waitForDiagnostics(editor.document.uri,
				(d) => d.some((x) => codeOf(x) === 'unknown-option' && x.range.start.line === sentinelLine + 1), `the publish for snippet '${name}'`);
			for (const d of diags) {
				if (d.range.start.line < sentinelLine && STRUCTURAL.includes(codeOf(d))) {
					bad.push(`${name}: line ${d.range.start.line + 1} ${codeOf(d)} ${d.message}`);
				}
			}
		}
		await vscode.commands.executeCommand('workbench.action.files.revert');
		assert.deepEqual(bad, []);
	});
});
