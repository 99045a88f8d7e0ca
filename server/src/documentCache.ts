/**
 * uri + version → parsed document, so every feature of one version shares one parse.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigDocument } from './parser/ast';
import type { LanguageService } from './languages/spec';

interface Cached {
	version: number;
	languageId: string;
	doc: ConfigDocument;
}

/** Parse cache keyed by URI. */
export class DocumentCache {
	private readonly entries = new Map<string, Cached>();

	/** The parsed form of a document at its current version. */
	get(td: TextDocument, service: LanguageService): ConfigDocument {
		const hit = this.entries.get(td.uri);
		if (hit && hit.version === td.version && hit.languageId === service.languageId) {
			return hit.doc;
		}
		const text = td.getText();
		const doc = hit && hit.languageId === service.languageId && service.reparse ? service.reparse(hit.doc, text) : service.parse(text);
		this.entries.set(td.uri, { version: td.version, languageId: service.languageId, doc });
		return doc;
	}

	/** Forgets a closed document. */
	delete(uri: string): void {
		this.entries.delete(uri);
	}
}
