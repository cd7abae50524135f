import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: shared code (components, hooks, lib, testing) -> features -> app.
// A feature never imports another feature; the app composes them.
const noAppImports = { regex: '^@/app(/|$)', message: 'Only src/app may import from src/app.' };
const noFeatureImports = {
  regex: '^@/features(/|$)',
  message: 'Shared code must not depend on a feature.',
};
const noParentImports = {
  regex: '^\\.\\./',
  message: 'Import from outside this folder through the @/ alias.',
};

const features = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig([
  globalIgnores(['dist', 'target', 'coverage', 'src/lib/api/schema.d.ts']),
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [noParentImports] }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noParentImports,
            noAppImports,
            {
              regex: `^@/features/(?!${feature}/)`,
              message: 'Features must not import each other; compose them in src/app.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/{components,hooks,lib,testing,styles}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noParentImports, noAppImports, noFeatureImports] },
      ],
    },
  },
]);
