/**
 * Helpers for the end-to-end suite, which runs inside a real VS Code extension host (code-server or
 * @vscode/test-electron) against the fixture workspace the runner copied to a temp dir.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ptpconf.ptpconf';
export const LANGUAGE_ID = 'linuxptp';
/** Upper bound for anything that waits on the language server. */
export const WAIT_MS = 20_000;

/** The extension under test (loaded through extensionDevelopmentPath). */
export function extension(): vscode.Extension<{ ready: number }> {
	const ext = vscode.extensions.getExtension<{ ready: number }>(EXTENSION_ID);
	assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
	return ext;
}

/** The fixture workspace folder. */
export function workspaceRoot(): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the e2e runner opens a workspace folder');
	return folder.uri;
}

export function fixtureUri(rel: string): vscode.Uri {
	return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** Opens a fixture file in an editor and returns the editor. */
export async function open(rel: string): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(fixtureUri(rel));
	return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes all editors (keeps the suites independent). */
export async function closeAll(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Our diagnostics (source `linuxptp`) of a document. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'linuxptp');
}

export function codeOf(d: vscode.Diagnostic): string {
	return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `pred` holds for them: checked now and on every
 * onDidChangeDiagnostics for that URI. Rejects after `ms` with what was last seen (no fixed sleeps).
 */
export function waitForDiagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, what: string, ms = WAIT_MS): Promise<vscode.Diagnostic[]> {
	return new Promise((resolve, reject) => {
		const check = (): boolean => {
			const d = ours(uri);
			if (pred(d)) {
				cleanup();
				resolve(d);
				return true;
			}
			return false;
		};
		const sub = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === uri.toString())) {
				check();
			}
		});
		const timer = setTimeout(() => {
			cleanup();
			const seen = ours(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`);
			reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${path.basename(uri.path)}; diagnostics now: ${JSON.stringify(seen)}`));
		}, ms);
		function cleanup(): void {
			clearTimeout(timer);
			sub.dispose();
		}
		check();
	});
}

/** Polls `fn` (for state that has no change event, e.g. Extension.isActive) until it is truthy. */
export async function poll<T>(fn: () => T | undefined | false, what: string, ms = WAIT_MS): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const v = fn();
		if (v) {
			return v;
		}
		if (Date.now() > until) {
			throw new Error(`timed out after ${ms} ms waiting for ${what}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Waits until the document's language is `linuxptp` and our server has published for it at least once. */
export async function openAndWaitReady(rel: string, pred: (d: vscode.Diagnostic[]) => boolean = () => true): Promise<vscode.TextEditor> {
	const editor = await open(rel);
	assert.equal(editor.document.languageId, LANGUAGE_ID, `${rel} language`);
	await poll(() => extension().isActive, 'extension activation');
	await waitForDiagnostics(editor.document.uri, pred, 'diagnostics');
	return editor;
}

/** Replaces the whole document text. */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
	const doc = editor.document;
	const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
	assert.ok(ok, 'edit applied');
}

/** Position of the first occurrence of `needle` (+ `offset` characters). */
export function positionOf(doc: vscode.TextDocument, needle: string, offset = 0): vscode.Position {
	const i = doc.getText().indexOf(needle);
	assert.ok(i >= 0, `'${needle}' in ${path.basename(doc.uri.path)}`);
	return doc.positionAt(i + offset);
}

/** Markdown/plain text of hover contents. */
export function hoverText(hovers: vscode.Hover[]): string {
	return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}
