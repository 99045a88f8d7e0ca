/**
 * Document links from paths written in configs to the matching workspace files (see WorkspaceIndex).
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../parser/ast';
import { toUri, type WorkspaceIndex } from './workspaceIndex';

/** chrony: `include FILE-GLOB`, `confdir DIR...` (its *.conf), `sourcedir DIR...` (its *.sources). */
export function chronyLinks(doc: ConfigDocument, index: WorkspaceIndex): DocumentLink[] {
	const out: DocumentLink[] = [];
	for (const e of doc.entries) {
		const name = e.key.text.toLowerCase();
		if (name === 'include' && e.args[0]) {
			const [target] = index.find(e.args[0].text);
			if (target) {
				out.push({ range: e.args[0].range, target: toUri(target), tooltip: `Open ${target}` });
			}
		} else if (name === 'confdir' || name === 'sourcedir') {
			for (const a of e.args) {
				const files = index.findInDirectory(a.text, name === 'confdir' ? /\.conf$/ : /\.sources$/);
				if (files.length > 0) {
					out.push({ range: a.range, target: toUri(files[0]), tooltip: `${files.length} file(s) in the workspace: ${files.map((f) => f.split('/').pop()).join(', ')}` });
				}
			}
		}
	}
	return out;
}
