/**
 * The extension's settings: the single source of truth for `contributes.configuration` (checked by
 * test/contract/packageJson.test.ts) and for the language server's defaults.
 */

/** Settings the language server reads per resource (`ptpconf.*`). */
export interface Settings {
	linuxptp: {
		/** linuxptp release whose option table and parser rules apply, e.g. `'4.4'`. `'newest'` = newest known. */
		version: string;
	};
	chrony: {
		/** chrony release whose directives and parser rules apply, e.g. `'4.9'`. `'newest'` = newest known. */
		version: string;
	};
	diagnostics: {
		/** Report expert warnings (beyond what the daemons check). */
		expertWarnings: boolean;
		/** Report hints about old option names that still work. */
		renameHints: boolean;
	};
}

/** Defaults of every setting. */
export const DEFAULT_SETTINGS: Settings = {
	linuxptp: { version: 'newest' },
	chrony: { version: 'newest' },
	diagnostics: { expertWarnings: true, renameHints: true },
};

/** One `contributes.configuration` property, described once here. */
export interface SettingDescription {
	/** Full key, e.g. `ptpconf.linuxptp.version`. */
	key: string;
	/** JSON schema type. */
	type: 'string' | 'boolean';
	/** Default value (must equal the value in DEFAULT_SETTINGS). */
	default: string | boolean;
	/** VS Code scope. */
	scope: 'resource' | 'machine-overridable' | 'window';
	/** Allowed values for strings with a fixed set. */
	enum?: string[];
	/** Markdown shown in the settings editor. */
	markdownDescription: string;
}

/** The settings contributed by package.json, in display order. */
export const SETTING_DESCRIPTIONS: readonly SettingDescription[] = [
	{
		key: 'ptpconf.linuxptp.version',
		type: 'string',
		default: 'newest',
		scope: 'resource',
		enum: ['newest', '4.4', '4.3', '4.2', '4.1', '4.0', '3.1'],
		markdownDescription: 'linuxptp release the hosts run (`ptp4l -v`). Options, ranges and parser rules of that release are used for completion and diagnostics.',
	},
	{
		key: 'ptpconf.chrony.version',
		type: 'string',
		default: 'newest',
		scope: 'resource',
		enum: ['newest', '4.9', '4.8', '4.7', '4.6', '4.5', '4.4', '4.3'],
		markdownDescription: 'chrony release the hosts run (`chronyd -v`). Directives, options and parser rules of that release are used for completion and diagnostics.',
	},
	{
		key: 'ptpconf.diagnostics.expertWarnings',
		type: 'boolean',
		default: true,
		scope: 'resource',
		markdownDescription: 'Show expert warnings about settings the daemons accept but that are probably not what you want (e.g. `serverOnly` and `clientOnly` both set).',
	},
	{
		key: 'ptpconf.diagnostics.renameHints',
		type: 'boolean',
		default: true,
		scope: 'resource',
		markdownDescription: 'Show hints on old option names that the chosen release still accepts (e.g. `masterOnly` → `serverOnly`), with a rename quick fix.',
	},
	{
		key: 'ptpconf.trace.server',
		type: 'string',
		default: 'off',
		scope: 'window',
		enum: ['off', 'messages', 'verbose'],
		markdownDescription: 'Traces the communication between VS Code and the ptpconf language server (Output → ptpconf Language Server).',
	},
];

/** Reads a value of type T at a dotted path inside a partial settings object, falling back to the default. */
export function mergeSettings(partial: unknown): Settings {
	const p = (partial ?? {}) as { linuxptp?: Partial<Settings['linuxptp']>; chrony?: Partial<Settings['chrony']>; diagnostics?: Partial<Settings['diagnostics']> };
	return {
		linuxptp: { ...DEFAULT_SETTINGS.linuxptp, ...(p.linuxptp ?? {}) },
		chrony: { ...DEFAULT_SETTINGS.chrony, ...(p.chrony ?? {}) },
		diagnostics: { ...DEFAULT_SETTINGS.diagnostics, ...(p.diagnostics ?? {}) },
	};
}
