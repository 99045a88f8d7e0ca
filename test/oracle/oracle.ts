/**
 * Runs the real daemons through ../shared/oracle/check and compares their verdicts with ours.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import { ORACLES, REPO, SHARED, installedTools } from '../util/paths';
import { serviceFor } from '../../server/src/languages/registry';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';

/** One verdict line of `check`. */
export interface OracleVerdict {
	file: string;
	tool: string;
	version: string;
	ok: boolean | null;
	errors: { line: number | null; message: string }[];
}

/** Installs the oracle's daemons when they are missing (network: Debian mirror via apt). */
export function ensureOracles(): void {
	if (installedTools().length > 0) {
		return;
	}
	const r = spawnSync('bash', [join(SHARED, 'oracle', 'install.sh')], { encoding: 'utf8', timeout: 15 * 60 * 1000, env: { ...process.env, PTPCONF_ORACLES: ORACLES } });
	if (r.status !== 0 || installedTools().length === 0) {
		throw new Error(`oracle install failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
	}
}

/** Installed versions of one tool (from installed.tsv, never hard-coded). */
export function versionsOf(tool: string): string[] {
	return installedTools().filter((t) => t.tool === tool).map((t) => t.version);
}

/** Runs `check TOOL@VERSION files…` in batches; one verdict per file. */
export function runOracle(tool: string, version: string, files: string[], extra: string[] = []): OracleVerdict[] {
	const out: OracleVerdict[] = [];
	for (let i = 0; i < files.length; i += 60) {
		const batch = files.slice(i, i + 60);
		let stdout: string;
		try {
			stdout = execFileSync(join(SHARED, 'oracle', 'check'), [...extra, `${tool}@${version}`, ...batch], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, PTPCONF_ORACLES: ORACLES } });
		} catch (e) {
			const err = e as { status?: number; stdout?: string; stderr?: string };
			if (err.status !== 1 || !err.stdout) {
				throw new Error(`oracle check failed (exit ${err.status}): ${err.stderr ?? ''}`);
			}
			stdout = err.stdout;
		}
		out.push(...stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as OracleVerdict));
	}
	return out;
}

/** Corpus files of some kinds (MANIFEST.tsv), as absolute paths. */
export function corpusFiles(kinds: string[]): { file: string; kind: string }[] {
	const rows = readFileSync(join(SHARED, 'corpus', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
	return rows.filter((r) => kinds.includes(r[1])).map((r) => ({ file: join(SHARED, 'corpus', r[0]), kind: r[1] }));
}

/** Every file below a directory with one of the given endings. */
export function filesIn(dir: string, endings: string[]): string[] {
	if (!existsSync(dir)) {
		return [];
	}
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => endings.some((e) => f.endsWith(e))).map((f) => join(dir, f)).sort();
}

/** Our diagnostics for a file under a settings transform. */
export function ours(languageId: string, file: string, settings: (s: Settings) => Settings): Diagnostic[] {
	const service = serviceFor(languageId)!;
	const text = readFileSync(file, 'utf8');
	return computeDiagnostics(service, service.parse(text), { uri: pathToFileURL(file).href, settings: settings(structuredClone(DEFAULT_SETTINGS)) });
}

/** Agreement of one comparison. */
export interface Agreement {
	files: number;
	verdictAgree: number;
	lineChecked: number;
	lineAgree: number;
	mismatches: string[];
}

/**
 * Maps the line numbers a daemon reading with fgets(buf, size) prints to physical lines: a line of `size - 1` bytes
 * or more is read in pieces, and each piece counts as a line.
 */
export function fgetsLineMap(file: string, size: number): number[] {
	const map = [0];
	const lines = readFileSync(file).toString('latin1').split('\n');
	lines.forEach((l, i) => {
		const pieces = Math.floor((l.length + 1 + size - 2) / (size - 1));
		for (let k = 0; k < Math.max(1, pieces); k++) {
			map.push(i + 1);
		}
	});
	return map;
}

/** Compares oracle verdicts with our errors: same accept/reject, and our first error on the line the daemon names. */
export function compare(verdicts: OracleVerdict[], mine: (file: string) => Diagnostic[], lineMap?: (file: string) => number[]): Agreement {
	const a: Agreement = { files: 0, verdictAgree: 0, lineChecked: 0, lineAgree: 0, mismatches: [] };
	for (const v of verdicts) {
		if (v.ok === null) {
			a.mismatches.push(`${rel(v.file)}: the oracle could not run`);
			continue;
		}
		a.files++;
		const errors = mine(v.file).filter((d) => d.severity === 1);
		const accepted = errors.length === 0;
		if (accepted === v.ok) {
			a.verdictAgree++;
		} else {
			a.mismatches.push(`${rel(v.file)} ${v.tool}@${v.version}: daemon ${v.ok ? 'accepts' : `rejects (${v.errors[0]?.message})`}, we ${accepted ? 'accept' : `reject (line ${errors[0].range.start.line + 1}: ${errors[0].message})`}`);
			continue;
		}
		const reported = v.errors[0]?.line;
		const line = typeof reported === 'number' && lineMap ? lineMap(v.file)[reported] ?? reported : reported;
		if (!v.ok && typeof line === 'number') {
			a.lineChecked++;
			const first = Math.min(...errors.map((d) => d.range.start.line + 1));
			if (first === line) {
				a.lineAgree++;
			} else {
				a.mismatches.push(`${rel(v.file)} ${v.tool}@${v.version}: daemon names line ${line} (${v.errors[0].message}), our first error is on line ${first}`);
			}
		}
	}
	return a;
}

function rel(f: string): string {
	return f.startsWith(SHARED) ? relative(SHARED, f) : relative(REPO, f);
}

/** One printed row of the agreement table. */
export function report(label: string, a: Agreement): string {
	const pct = (x: number, n: number): string => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)}%`);
	return `${label.padEnd(28)} files ${String(a.files).padStart(4)}  verdicts ${pct(a.verdictAgree, a.files).padStart(6)}  lines ${pct(a.lineAgree, a.lineChecked).padStart(6)} (${a.lineAgree}/${a.lineChecked})`;
}
