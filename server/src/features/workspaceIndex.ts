/**
 * The files of the open workspace folders, to resolve paths written in configs (`include /etc/chrony/conf.d/*.conf`,
 * `ptp4l -f /etc/ptp4l/ptp-gm.conf`) to the workspace copy whose path ends the same way.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SKIP = new Set(['.git', 'node_modules', 'out', 'dist', '.vscode-test']);
const MAX_FILES = 20000;

/** Index of workspace file paths (absolute, `/`-separated). */
export class WorkspaceIndex {
	private files: string[] = [];
	private roots: string[] = [];

	/** Sets the workspace folders (file URIs) and scans them. */
	setRoots(uris: string[]): void {
		this.roots = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
		this.rescan();
	}

	/** Scans the folders again (after files were created or deleted). */
	rescan(): void {
		const out: string[] = [];
		const walk = (dir: string): void => {
			let entries: Dirent[];
			try {
				entries = readdirSync(dir, { withFileTypes: true });
			} catch {
				return;
			}
			for (const e of entries) {
				if (out.length >= MAX_FILES) {
					return;
				}
				const p = join(dir, e.name);
				if (e.isDirectory() && !SKIP.has(e.name)) {
					walk(p);
				} else if (e.isFile()) {
					out.push(p.split('\\').join('/'));
				}
			}
		};
		for (const r of this.roots) {
			walk(r);
		}
		this.files = out;
	}

	/** Uses a fixed list of paths (tests). */
	setFiles(paths: string[]): void {
		this.files = paths;
	}

	/**
	 * Workspace files matching a path written in a config: same file name and the longest run of equal parent
	 * directories (at least the name). `*` and `?` in the last component match like a shell glob. Best first.
	 */
	find(written: string): string[] {
		const want = written.split('/').filter((s) => s !== '');
		if (want.length === 0) {
			return [];
		}
		const last = want[want.length - 1];
		const glob = /[*?]/.test(last) ? new RegExp(`^${last.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`) : null;
		const scored: { path: string; score: number }[] = [];
		for (const f of this.files) {
			const have = f.split('/');
			const name = have[have.length - 1];
			if (glob ? !glob.test(name) : name !== last) {
				continue;
			}
			let score = 1;
			while (score < want.length && score < have.length && want[want.length - 1 - score] === have[have.length - 1 - score]) {
				score++;
			}
			scored.push({ path: f, score });
		}
		const best = Math.max(0, ...scored.map((s) => s.score));
		return scored.filter((s) => s.score === best && (best >= 2 || want.length === 1)).map((s) => s.path).sort();
	}

	/** Files directly inside workspace directories whose path ends like a written directory. */
	findInDirectory(written: string, pattern: RegExp): string[] {
		return this.find(`${written.replace(/\/+$/, '')}/*`).filter((f) => pattern.test(f.split('/').pop() ?? ''));
	}
}

/** A file path as a file URI. */
export function toUri(path: string): string {
	return pathToFileURL(path).href;
}
