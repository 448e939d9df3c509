/**
 * Time limits for every test suite. A limit is there to end a hang, not to measure speed: on a loaded
 * machine (two cores, another job beside the tests) a browser test's first render alone can take
 * seconds, so the limits are far above a normal run. Speed is measured in `pnpm bench`.
 */
export const TEST_LIMITS = { testTimeout: 60_000, hookTimeout: 60_000 } as const
