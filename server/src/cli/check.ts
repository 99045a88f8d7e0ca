/**
 * `ptpconf check`: diagnostics for files on disk or stdin, as `file:line:col: severity: message [code]` lines or JSON.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { languageForPath, serviceFor, servedLanguageIds } from '../languages/registry';
import { computeDiagnostics } from '../features/diagnostics';

interface CheckArgs {
	json: boolean;
	language?: string;
	settings: Settings;
	files: string[];
}

/** One result line of `--json`. */
export interface JsonDiagnostic {
	file: string;
	range: Diagnostic['range'];
	severity: 'error' | 'warning' | 'information' | 'hint';
	code: string;
	message: string;
}

const SEVERITY: Record<number, JsonDiagnostic['severity']> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};

function parseArgs(argv: string[]): CheckArgs | string {
	const a: CheckArgs = { json: false, settings: structuredClone(DEFAULT_SETTINGS), files: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = (): string | undefined => inline ?? argv[++i];
		switch (flag) {
			case '--json':
				a.json = true;
				break;
			case '--language': {
				const v = value();
				if (!v || !serviceFor(v)) {
					return `--language needs one of: ${servedLanguageIds().join(', ')}`;
				}
				a.language = v;
				break;
			}
			case '--linuxptp-version': {
				const v = value();
				if (!v) {
					return '--linuxptp-version needs a version, e.g. 4.4';
				}
				a.settings.linuxptp.version = v;
				break;
			}
			case '--chrony-version': {
				const v = value();
				if (!v) {
					return '--chrony-version needs a version, e.g. 4.9';
				}
				a.settings.chrony.version = v;
				break;
			}
			case '--no-expert':
				a.settings.diagnostics.expertWarnings = false;
				break;
			default:
				if (arg.startsWith('-') && arg !== '-') {
					return `unknown option ${arg}`;
				}
				a.files.push(arg);
		}
	}
	if (a.files.length === 0) {
		return 'no files given (use - for standard input)';
	}
	return a;
}

/** Runs `ptpconf check`; resolves to the exit code. */
export async function runCheck(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; stdin: () => Promise<string> }): Promise<number> {
	const args = parseArgs(argv);
	if (typeof args === 'string') {
		io.err(`ptpconf check: ${args}\n`);
		return 2;
	}
	let errors = false;
	let ioError = false;
	const json: JsonDiagnostic[] = [];
	for (const file of args.files) {
		let text: string;
		try {
			text = file === '-' ? await io.stdin() : await readFile(file, 'utf8');
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			io.err(`ptpconf check: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message}\n`);
			ioError = true;
			continue;
		}
		const lang = args.language ?? languageForPath(file === '-' ? '' : resolve(file), text.split('\n', 1)[0]);
		const service = lang ? serviceFor(lang) : undefined;
		if (!service) {
			io.err(`ptpconf check: cannot tell the language of ${file}; pass --language (${servedLanguageIds().join(', ')})\n`);
			ioError = true;
			continue;
		}
		const uri = file === '-' ? 'untitled:stdin' : pathToFileURL(resolve(file)).href;
		const list = computeDiagnostics(service, service.parse(text), { uri, settings: args.settings });
		for (const d of list) {
			errors ||= d.severity === DiagnosticSeverity.Error;
			const sev = SEVERITY[d.severity ?? DiagnosticSeverity.Error];
			if (args.json) {
				json.push({ file, range: d.range, severity: sev, code: String(d.code ?? ''), message: d.message });
			} else {
				io.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${sev}: ${d.message} [${String(d.code ?? '')}]\n`);
			}
		}
	}
	if (args.json) {
		io.out(`${JSON.stringify(json, null, 2)}\n`);
	}
	if (ioError) {
		return 2;
	}
	return errors ? 1 : 0;
}
