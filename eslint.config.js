import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

/**
 * The direction of imports in src/, lowest layer first: a layer may import only from layers before
 * it. (Pure parsing of imported files sits with the aggregates: it needs only the data layer.)
 */
const LAYERS = [
  ['domain'],
  ['data'],
  // workbench: the pure start of the annotation workbench (issue 14), figure and date detection.
  ['aggregates', 'import', 'workbench'],
  // The dataset worker and its client: validation, indexing and import parsing off the main thread.
  ['worker'],
  ['i18n'],
  ['store', 'storage'],
  ['ui'],
  ['charts'],
  ['export'],
  ['features'],
  ['app'],
];
const layerZones = LAYERS.slice(0, -1).flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  return layer.map((dir) => ({
    target: `./src/${dir}`,
    from: above.map((d) => `./src/${d}`),
    message: `${dir} is below ${above.join(', ')} in the layers of src/ (see eslint.config.js).`,
  }));
});
// No feature imports another: panels meet in the app (slots, the store), not in each other.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: features.filter((other) => other !== name).map((other) => `./src/features/${other}`),
  message: 'A feature does not import another feature; compose them in src/app.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'data/geo',
      'bench/data',
      'bench/results',
      '**/*.tmp.mjs',
      // Mutation testing: reports, the sandbox copy of the project, the runner's setup files.
      'reports',
      '.stryker-tmp',
      'stryker-setup-*.js',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data is rendered as text, never as HTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'echarts', message: "Import ECharts only via 'echarts/core' in src/charts/echarts.ts." },
            {
              name: 'echarts-for-react',
              message: 'ECharts instances are created in src/charts/chart.tsx (no wrapper library).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One way to say things: only src/i18n chooses between the interface languages.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/i18n/**', 'src/domain/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data is rendered as text, never as HTML.',
        },
        {
          selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(zh|en)$/]',
          message:
            'Choose words through src/i18n (translate, ctx.t, SCRIPTS), not by comparing a language here.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
);
