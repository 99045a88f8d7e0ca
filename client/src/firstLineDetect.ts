/**
 * VS Code gives `.conf`/`.cfg` files to the built-in `properties`/`ini` languages before it looks at a language's
 * `firstLine` pattern, so a `foo.conf` that starts with `[global]` never reaches us by itself. We look at the first
 * line of such documents and claim the linuxptp ones.
 */
import * as vscode from 'vscode';

/** Languages that take `.conf`/`.cfg` files by extension. */
const GENERIC = new Set(['properties', 'ini']);

/** The first non-blank, non-comment line of a linuxptp file (same as package.json `firstLine`, comments skipped). */
const LINUXPTP_FIRST = /^\s*\[(global|unicast_master_table|timemaster|ptp_domain\s+\d+|ntp_server\s+\S+)\]\s*$/i;

/** The comment Debian and upstream put at the top of chrony.conf. */
const CHRONY_FIRST = /^#\s*(Welcome to the chrony configuration file|This the default chrony\.conf file)/;

/** Whether a text looks like a linuxptp config from its first meaningful line. */
export function looksLikeLinuxptp(text: string): boolean {
	for (const line of text.split('\n', 50)) {
		const t = line.trim();
		if (t === '' || t.startsWith('#')) {
			continue;
		}
		return LINUXPTP_FIRST.test(t);
	}
	return false;
}

async function claim(doc: vscode.TextDocument): Promise<void> {
	if (!GENERIC.has(doc.languageId)) {
		return;
	}
	const head = doc.getText(new vscode.Range(0, 0, 50, 0));
	if (looksLikeLinuxptp(head)) {
		await vscode.languages.setTextDocumentLanguage(doc, 'linuxptp');
	} else if (CHRONY_FIRST.test(head)) {
		await vscode.languages.setTextDocumentLanguage(doc, 'chrony');
	}
}

/** Claims linuxptp files that a generic language took, now and when they open. */
export function register(log: { warn(msg: string): void }): vscode.Disposable {
	const run = (doc: vscode.TextDocument): void => {
		claim(doc).catch((err: unknown) => log.warn(`could not set the language of ${doc.uri.toString()}: ${String(err)}`));
	};
	vscode.workspace.textDocuments.forEach(run);
	return vscode.workspace.onDidOpenTextDocument(run);
}
