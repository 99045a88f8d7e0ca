/**
 * LSP wiring: capabilities and handlers. Each handler goes document → cache → parsed document → feature.
 * The same function serves VS Code (IPC), any editor over stdio, and the in-memory test pair.
 */
import {
	CodeActionKind, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, TextDocumentSyncKind, TextDocuments,
	type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DocumentCache } from './documentCache';
import { SettingsCache } from './settingsCache';
import { serviceFor } from './languages/registry';
import type { DocContext, LanguageService } from './languages/spec';
import type { ConfigDocument } from './parser/ast';
import { computeDiagnostics } from './features/diagnostics';
import { FIX_ALL_KIND, fixAll, quickFixes } from './features/codeActions';
import { foldingRanges } from './features/folding';
import { formatWords } from './features/formatting';
import { WorkspaceIndex } from './features/workspaceIndex';

/** Server name and version announced in `initialize`. */
export const SERVER_INFO = { name: 'ptpconf-language-server', version: '0.1.0' };

/** Attaches every handler to a connection and starts listening. */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const cache = new DocumentCache();
	const settings = new SettingsCache();
	const workspace = new WorkspaceIndex();
	let pull = false;
	let configurationRequests = false;
	let dynamicConfiguration = false;

	const resolve = async (uri: string): Promise<{ td: TextDocument; service: LanguageService; doc: ConfigDocument; ctx: DocContext } | null> => {
		const td = documents.get(uri);
		const service = td ? serviceFor(td.languageId) : undefined;
		if (!td || !service) {
			return null;
		}
		return { td, service, doc: cache.get(td, service), ctx: { uri, settings: await settings.get(uri) } };
	};

	const diagnosticsFor = async (uri: string): Promise<Diagnostic[]> => {
		const r = await resolve(uri);
		return r ? computeDiagnostics(r.service, r.doc, r.ctx) : [];
	};

	const push = async (uri: string): Promise<void> => {
		const td = documents.get(uri);
		if (!td) {
			return;
		}
		const version = td.version;
		const list = await diagnosticsFor(uri);
		// Drop results of an outdated version: a newer change has its own push queued.
		if (documents.get(uri)?.version === version) {
			await connection.sendDiagnostics({ uri, version, diagnostics: list });
		}
	};

	connection.onInitialize((params): InitializeResult => {
		const caps = params.capabilities;
		pull = caps.textDocument?.diagnostic !== undefined;
		configurationRequests = caps.workspace?.configuration === true;
		dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		if (configurationRequests) {
			settings.useFetcher((uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'ptpconf' }));
		}
		settings.setGlobal((params.initializationOptions as { settings?: unknown } | undefined)?.settings);
		workspace.setRoots(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
		return {
			serverInfo: SERVER_INFO,
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				completionProvider: { triggerCharacters: ['[', ' ', '.'] },
				hoverProvider: true,
				documentSymbolProvider: true,
				foldingRangeProvider: true,
				documentFormattingProvider: true,
				documentLinkProvider: { resolveProvider: false },
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
				...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
			},
		};
	});

	connection.onInitialized(() => {
		if (dynamicConfiguration) {
			void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ptpconf' });
		}
	});

	connection.onDidChangeConfiguration((change) => {
		if (configurationRequests) {
			settings.clear();
		} else {
			settings.setGlobal((change.settings as { ptpconf?: unknown } | undefined)?.ptpconf);
		}
		if (pull) {
			connection.languages.diagnostics.refresh();
		} else {
			for (const td of documents.all()) {
				void push(td.uri);
			}
		}
	});

	documents.onDidChangeContent((e) => {
		if (!pull) {
			void push(e.document.uri);
		}
	});
	documents.onDidClose((e) => {
		cache.delete(e.document.uri);
		settings.delete(e.document.uri);
		if (!pull) {
			void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
		}
	});

	connection.languages.diagnostics.on(async (params) => ({
		kind: DocumentDiagnosticReportKind.Full,
		items: await diagnosticsFor(params.textDocument.uri),
	}));

	connection.onCompletion(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r ? r.service.completion(r.doc, params.position, r.ctx) : [];
	});
	connection.onHover(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r ? r.service.hover(r.doc, params.position, r.ctx) : null;
	});
	connection.onDocumentSymbol(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r ? r.service.symbols(r.doc, r.ctx) : [];
	});
	connection.onFoldingRanges(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r ? foldingRanges(r.doc) : [];
	});
	connection.onDocumentFormatting(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r ? formatWords(r.doc, { alignValues: r.service.alignValues }) : [];
	});
	connection.onDocumentLinks(async (params) => {
		const r = await resolve(params.textDocument.uri);
		return r?.service.links ? r.service.links(r.doc, workspace) : [];
	});
	// Created or deleted files change what paths resolve to.
	connection.onDidChangeWatchedFiles(() => workspace.rescan());
	connection.onCodeAction(async (params) => {
		const uri = params.textDocument.uri;
		const only = params.context.only;
		const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source) ?? false;
		if (wantsFixAll) {
			const all = fixAll(uri, await diagnosticsFor(uri));
			return all ? [all] : [];
		}
		const actions = quickFixes(uri, params.context.diagnostics);
		// Offer "fix all" next to the quick fixes only when the client did not restrict the kinds.
		if (only && only.length > 0) {
			return actions.filter((a) => only.some((k) => a.kind === k || a.kind?.startsWith(`${k}.`)));
		}
		const all = fixAll(uri, await diagnosticsFor(uri));
		return all && actions.length > 0 ? [...actions, all] : actions;
	});

	documents.listen(connection);
	connection.listen();
}
