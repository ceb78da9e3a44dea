/**
 * Decorator metadata matters to type-graphql, so tests go through ts-jest (the TypeScript
 * compiler, which emits it), not a transpiler that drops it. Type errors are caught by the
 * `tsc --noEmit` that `npm test` runs first, so ts-jest only transpiles.
 *
 * Two projects: `unit` needs no database; `integration` (test/integration, test/e2e) shares
 * one throwaway local Neo4j started in globalSetup, or the server named by NEO4J_URI.
 */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };

module.exports = {
  // Tests that start and stop Neo4j take tens of seconds on a busy 2-core machine.
  testTimeout: 300000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
      transform,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      transform,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
