/** The entry points tests start as processes of their own, by name: see test/global-setup.ts. */
export const ENTRIES = {
  server: "src/main.ts",
  cli: "src/cli/main.ts",
  probotOnRedis: "test/queue/probot-on-redis.ts",
} as const;

export type EntryName = keyof typeof ENTRIES;
