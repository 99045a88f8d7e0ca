/**
 * A minimal JSON-RPC client for `node dist/server.js --stdio` (used by the stdio test and the benchmark).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A message from the server. */
export interface RpcMessage {
	id?: number;
	method?: string;
	params?: unknown;
	result?: unknown;
	error?: unknown;
}

/** A running server with request/notify helpers. */
export class StdioClient {
	readonly child: ChildProcessWithoutNullStreams;
	private buf = Buffer.alloc(0);
	private nextId = 1;
	private readonly pending = new Map<number, (m: RpcMessage) => void>();
	private readonly listeners: ((m: RpcMessage) => void)[] = [];

	constructor(serverJs: string) {
		this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
	}

	private onData(chunk: Buffer): void {
		this.buf = Buffer.concat([this.buf, chunk]);
		for (;;) {
			const head = this.buf.indexOf('\r\n\r\n');
			if (head < 0) {
				return;
			}
			const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, head).toString())?.[1]);
			if (this.buf.length < head + 4 + len) {
				return;
			}
			const msg = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString()) as RpcMessage;
			this.buf = this.buf.subarray(head + 4 + len);
			if (msg.id !== undefined && msg.method === undefined) {
				this.pending.get(msg.id)?.(msg);
				this.pending.delete(msg.id);
			} else {
				for (const l of [...this.listeners]) {
					l(msg);
				}
			}
		}
	}

	private write(msg: object): void {
		const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
		this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	}

	/** Sends a request and resolves with the response. */
	request(method: string, params: unknown): Promise<RpcMessage> {
		const id = this.nextId++;
		return new Promise((resolve) => {
			this.pending.set(id, resolve);
			this.write({ id, method, params });
		});
	}

	/** Sends a notification. */
	notify(method: string, params: unknown): void {
		this.write({ method, params });
	}

	/** Resolves with the next server-initiated message matching a predicate. */
	next(pred: (m: RpcMessage) => boolean, timeoutMs = 10000): Promise<RpcMessage> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.listeners.splice(this.listeners.indexOf(l), 1);
				reject(new Error('timeout waiting for a server message'));
			}, timeoutMs);
			const l = (m: RpcMessage): void => {
				if (pred(m)) {
					clearTimeout(timer);
					this.listeners.splice(this.listeners.indexOf(l), 1);
					resolve(m);
				}
			};
			this.listeners.push(l);
		});
	}

	/** shutdown + exit; resolves with the exit code. */
	async stop(): Promise<number | null> {
		const exited = new Promise<number | null>((resolve) => this.child.on('exit', resolve));
		await this.request('shutdown', null);
		this.notify('exit', null);
		return exited;
	}
}
