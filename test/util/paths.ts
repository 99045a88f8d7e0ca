/**
 * Locations of the repository, the shared material next to it, and the oracle install.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Repository root (tests run from out/test/...). */
export const REPO = resolve(__dirname, '..', '..', '..');
/** ../shared next to the repository. */
export const SHARED = resolve(REPO, '..', 'shared');
/** Where the oracle installs the daemons. */
export const ORACLES = process.env.PTPCONF_ORACLES ?? join(homedir(), '.cache', 'ptpconf-oracles');

/** One row of the oracle's installed.tsv. */
export interface InstalledTool {
	tool: string;
	version: string;
	upstream: string;
}

/** Installed daemons per the oracle's installed.tsv (empty when not installed). */
export function installedTools(): InstalledTool[] {
	const f = join(ORACLES, 'installed.tsv');
	if (!existsSync(f)) {
		return [];
	}
	const [head, ...rows] = readFileSync(f, 'utf8').trim().split('\n');
	const cols = head.split('\t');
	return rows.map((r) => {
		const cells = r.split('\t');
		const get = (c: string): string => cells[cols.indexOf(c)] ?? '';
		return { tool: get('tool'), version: get('version'), upstream: get('upstream') };
	});
}
