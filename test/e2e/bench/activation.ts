/**
 * extensionTestsPath for scripts/e2e-activation-bench.mjs: one activation measurement per extension host.
 *
 * Opens broken-ptp4l.conf from the fixture workspace (the `onLanguage:linuxptp` activation event), waits for
 * activation and for the first diagnostics, and writes to $PTPCONF_E2E_RESULT:
 *   ready       what activate() returned: activation → language server ready (ms, measured by the extension)
 *   openToActive, openToDiagnostics  wall time from opening the document (ms, measured here)
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
	const ext = vscode.extensions.getExtension<{ ready: number }>('ptpconf.ptpconf');
	if (!ext) {
		throw new Error('ptpconf.ptpconf is not loaded');
	}
	if (ext.isActive) {
		throw new Error('already active before the document was opened: the measurement would be meaningless');
	}
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) {
		throw new Error('no workspace folder');
	}
	const uri = vscode.Uri.joinPath(folder.uri, 'broken-ptp4l.conf');
	const diagnostics = new Promise<number>((resolve) => {
		const sub = vscode.languages.onDidChangeDiagnostics((e) => {
			if (e.uris.some((u) => u.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).some((d) => d.source === 'linuxptp')) {
				sub.dispose();
				resolve(Date.now());
			}
		});
	});
	const t0 = Date.now();
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
	const deadline = t0 + 60_000;
	while (!ext.isActive) {
		if (Date.now() > deadline) {
			throw new Error('not activated within 60 s');
		}
		await new Promise((r) => setTimeout(r, 5));
	}
	const active = Date.now();
	const diag = await Promise.race([diagnostics, new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no diagnostics within 60 s')), 60_000))]);
	const ready = ext.exports?.ready;
	if (typeof ready !== 'number') {
		throw new Error(`activate() returned ${JSON.stringify(ext.exports)}, expected { ready: ms }`);
	}
	const result = { ready, openToActive: active - t0, openToDiagnostics: diag - t0 };
	if (process.env.PTPCONF_E2E_RESULT) {
		fs.writeFileSync(process.env.PTPCONF_E2E_RESULT, JSON.stringify(result));
	}
}
