/**
 * The real server (startServer) on one side of in-memory streams, a protocol connection on the other.
 */
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
	createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
	type ClientCapabilities, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lspServer';

/** A started pair. */
export interface LspPair {
	client: ProtocolConnection;
	/** Resolves with the next pushed diagnostics for a URI. */
	nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams>;
	/** Settings the fake client answers `workspace/configuration` with. */
	settings: Record<string, unknown>;
	dispose(): void;
}

/** Starts the server and initializes it with the given capabilities. */
export async function startPair(capabilities: ClientCapabilities, workspaceFolders: { uri: string; name: string }[] | null = null): Promise<LspPair> {
	const up = new PassThrough();
	const down = new PassThrough();
	const serverConn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
	startServer(serverConn);
	const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
	const waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
	const pair: LspPair = {
		client,
		settings: {},
		nextDiagnostics(uri: string) {
			return new Promise((resolve) => {
				const list = waiting.get(uri) ?? [];
				list.push(resolve);
				waiting.set(uri, list);
			});
		},
		dispose() {
			client.dispose();
			serverConn.dispose();
			up.destroy();
			down.destroy();
		},
	};
	client.onNotification(PublishDiagnosticsNotification.type, (p) => {
		const list = waiting.get(p.uri);
		const next = list?.shift();
		next?.(p);
	});
	client.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => pair.settings));
	client.onRequest('client/registerCapability', () => null);
	client.onRequest('workspace/diagnostic/refresh', () => null);
	client.listen();
	await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, workspaceFolders });
	await client.sendNotification(InitializedNotification.type, {});
	return pair;
}
