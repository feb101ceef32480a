// Lint: strict TypeScript rules everywhere; the language service and the
// preview page's script stay browser-safe (no Node built-ins, no vscode), so
// they can run in a web worker and a webview.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Rules for code that runs outside Node and VS Code's extension host: `message` says why. */
function browserOnly(message) {
  const paths = ['vscode', ...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`)].map((name) => ({ name, message }));
  return {
    'no-restricted-imports': ['error', { paths }],
    'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', '__filename'],
  };
}

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'http', 'https', 'net', 'stream', 'worker_threads', 'events', 'buffer', 'process'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '.vscode-test-web/**', '**/*.d.ts', 'media/preview.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  // The language service stays browser-safe, so it can run in a web worker; the preview page runs in a webview.
  { files: ['server/src/service/**/*.ts'], rules: browserOnly('The language service must stay browser-safe: no Node built-ins or vscode.') },
  { files: ['media/src/**/*.ts'], rules: browserOnly('The preview page runs in a webview: no Node built-ins or vscode.') },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
