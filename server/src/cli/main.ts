#!/usr/bin/env node
/**
 * `ptpconf` command line: `ptpconf check …` (more commands join later, one file each).
 */
import { runCheck } from './check';

const USAGE = `usage: ptpconf <command> [options]

commands:
  check [--json] [--language ID] [--linuxptp-version V] [--chrony-version V] [--no-expert] FILE...|-
        check config files with the same engine as the editor;
        exit 0 = no errors, 1 = errors found, 2 = usage or I/O error
`;

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; stdin: () => Promise<string> }): Promise<number> {
	const [cmd, ...rest] = argv;
	switch (cmd) {
		case 'check':
			return runCheck(rest, io);
		case undefined:
		case '-h':
		case '--help':
		case 'help':
			io.out(USAGE);
			return cmd === undefined ? 2 : 0;
		default:
			io.err(`ptpconf: unknown command '${cmd}'\n${USAGE}`);
			return 2;
	}
}

function readStdin(): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		process.stdin.on('data', (c: Buffer) => chunks.push(c));
		process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		process.stdin.on('error', reject);
	});
}

if (require.main === module) {
	main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), stdin: readStdin })
		.then((code) => {
			process.exitCode = code;
		}, (e: unknown) => {
			process.stderr.write(`ptpconf: ${e instanceof Error ? e.message : String(e)}\n`);
			process.exitCode = 2;
		});
}
