import * as assert from 'node:assert/strict';
import {
	CodeActionRequest, CompletionRequest, DocumentLinkRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
	DocumentDiagnosticRequest, DocumentSymbolRequest, HoverRequest, InitializeRequest, type CompletionItem, type CompletionList,
	type Diagnostic, type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPair, type LspPair } from '../util/lspPair';
import { SHARED } from '../util/paths';

const URI = 'file:///etc/linuxptp/ptp4l.conf';

function open(p: LspPair, text: string, uri = URI, languageId = 'linuxptp'): Promise<void> {
	return p.client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

async function pullDiagnostics(p: LspPair, uri = URI): Promise<FullDocumentDiagnosticReport> {
	return await p.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as FullDocumentDiagnosticReport;
}

suite('LSP server (in-memory)', () => {
	let pair: LspPair | undefined;
	teardown(() => {
		pair?.dispose();
		pair = undefined;
	});

	test('push-only client (no textDocument.diagnostic) gets publishDiagnostics, updated on change', async () => {
		pair = await startPair({});
		const first = pair.nextDiagnostics(URI);
		await open(pair, '[global]\nclockClas 6\n');
		const d1 = await first;
		assert.deepEqual(d1.diagnostics.map((d) => d.code), ['unknown-option']);
		const second = pair.nextDiagnostics(URI);
		await pair.client.sendNotification(DidChangeTextDocumentNotification.type, {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, text: 's' }],
		});
		assert.deepEqual((await second).diagnostics, []);
	});

	test('pull client: diagnosticProvider announced and textDocument/diagnostic answers', async () => {
		pair = await startPair({ textDocument: { diagnostic: { dynamicRegistration: false } } });
		await open(pair, '[global]\ndomainNumber 300\n');
		const report = await pullDiagnostics(pair);
		assert.equal(report.kind, 'full');
		assert.deepEqual(report.items.map((d: Diagnostic) => `${d.range.start.line}:${String(d.code)}`), ['1:out-of-range']);
	});

	test('capabilities differ between pull and push clients', async () => {
		pair = await startPair({});
		const capabilities = { textDocument: { diagnostic: {} } };
		const r = await pair.client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, workspaceFolders: null });
		assert.ok(r.capabilities.diagnosticProvider);
		assert.ok(r.capabilities.hoverProvider);
		assert.ok(r.capabilities.completionProvider);
	});

	test('completion, hover, symbols, code actions', async () => {
		pair = await startPair({ textDocument: { diagnostic: {} } });
		await open(pair, '[global]\nclockClas 6\n\n');
		const position = { line: 2, character: 0 };
		const comp = await pair.client.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position }) as CompletionItem[] | CompletionList;
		const items = Array.isArray(comp) ? comp : comp.items;
		assert.ok(items.some((i) => i.label === 'clockClass'));
		const hov = await pair.client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 0, character: 2 } });
		assert.match((hov?.contents as { value: string }).value, /\[global\]/);
		const sym = await pair.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } });
		assert.equal((sym as { name: string }[])[0].name, '[global]');
		const report = await pullDiagnostics(pair);
		const actions = await pair.client.sendRequest(CodeActionRequest.type, {
			textDocument: { uri: URI }, range: report.items[0].range, context: { diagnostics: report.items },
		});
		assert.ok(actions?.some((a) => a.title === "Change to 'clockClass'"));
		const fixAll = await pair.client.sendRequest(CodeActionRequest.type, {
			textDocument: { uri: URI }, range: report.items[0].range, context: { diagnostics: [], only: ['source.fixAll'] },
		});
		assert.equal(fixAll?.length, 1);
	});

	test('settings from workspace/configuration choose the linuxptp release', async () => {
		pair = await startPair({ workspace: { configuration: true }, textDocument: { diagnostic: {} } });
		pair.settings = { linuxptp: { version: '3.1' } };
		await open(pair, '[global]\nclientOnly 1\n');
		let report = await pullDiagnostics(pair);
		assert.deepEqual(report.items.map((d) => d.code), ['version-absent']);
		pair.settings = { linuxptp: { version: '4.4' } };
		await pair.client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
		report = await pullDiagnostics(pair);
		assert.deepEqual(report.items.map((d) => d.code), []);
	});

	test('push client without workspace/configuration takes pushed settings', async () => {
		pair = await startPair({});
		const first = pair.nextDiagnostics(URI);
		await open(pair, '[global]\nclientOnly 1\n');
		assert.deepEqual((await first).diagnostics, []);
		const second = pair.nextDiagnostics(URI);
		await pair.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { ptpconf: { linuxptp: { version: '3.1' } } } });
		assert.deepEqual((await second).diagnostics.map((d) => d.code), ['version-absent']);
	});

	test('document links resolve chrony include paths to workspace files', async () => {
		pair = await startPair({ textDocument: { diagnostic: {} } }, [{ uri: pathToFileURL(join(SHARED, 'seed')).href, name: 'seed' }]);
		const uri = 'file:///tmp/main-chrony.conf';
		await open(pair, 'include /etc/chrony/chrony.conf\n', uri, 'chrony');
		const links = await pair.client.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } });
		assert.deepEqual(links?.map((l) => l.target), [pathToFileURL(join(SHARED, 'seed/etc/chrony/chrony.conf')).href]);
	});

	test('documents of other languages are ignored', async () => {
		pair = await startPair({ textDocument: { diagnostic: {} } });
		await open(pair, 'hello', 'file:///x.txt', 'plaintext');
		const report = await pullDiagnostics(pair, 'file:///x.txt');
		assert.deepEqual(report.items, []);
	});
});
