/** The demo counter terminal: a pharmacy till in Sanming (its key comes from SEED_TERMINAL_KEY or is made once). */
export const DEMO_TERMINAL = { name: "演示药店收银台 1 号", facility: "sm-yida" } as const;
