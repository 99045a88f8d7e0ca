// Type-aware lint with formatting rules (tabs, single quotes, semicolons) and layer boundaries.
import tseslint from 'typescript-eslint';
import stylistic from '@stylistic/eslint-plugin';

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '**/*.generated.ts', 'scripts/**', 'esbuild.mjs', 'eslint.config.mjs', 'examples/**'] },
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				project: ['./shared/tsconfig.json', './server/tsconfig.json', './client/tsconfig.json', './test/tsconfig.json', './test/e2e/tsconfig.json'],
				tsconfigRootDir: import.meta.dirname,
			},
		},
		plugins: { '@stylistic': stylistic },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			eqeqeq: 'error',
			curly: 'error',
			'@stylistic/indent': ['error', 'tab'],
			'@stylistic/quotes': ['error', 'single', { avoidEscape: true }],
			'@stylistic/semi': ['error', 'always'],
			'@stylistic/max-len': ['error', { code: 180, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreComments: true }],
		},
	},
	{
		files: ['server/**/*.ts'],
		rules: {
			'no-console': 'error',
			'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', '**/client/**'], message: 'server/ must not depend on vscode or client/' }] }],
		},
	},
	{
		files: ['shared/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-languageserver/node', '**/server/**', '**/client/**'], message: 'shared/ is imported by both sides' }] }],
		},
	},
	{
		files: ['client/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'client/ talks to the server over LSP only' }] }],
		},
	},
	{
		files: ['server/src/cli/**/*.ts', 'test/**/*.ts'],
		rules: { 'no-console': 'off' },
	},
);
