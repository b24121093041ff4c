// Jest: unit tests beside the code (x.test.ts in src), cross-cutting ones in test/. Types are checked by tsc, not here.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Some tests work on 10,000-nominee councils: give them room on a busy 2-core CI machine.
  testTimeout: 60_000,
  setupFilesAfterEnv: ["<rootDir>/test/setupDom.ts"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          isolatedModules: true,
          module: "commonjs",
          esModuleInterop: true,
          jsx: "react-jsx",
        },
      },
    ],
  },
};
