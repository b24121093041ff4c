// ESLint 9 flat config: the Office add-in rules (with Prettier), typescript-eslint, and the layer rules
// that keep the engine pure (contract: src/engine knows nothing of Office.js, React, the DOM or files).
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");

const impure = [
  "react",
  "react-dom",
  "@fluentui/*",
  "fs",
  "path",
  "os",
  "child_process",
  "node:*",
  "fflate",
  "@xmldom/xmldom",
  "@e965/xlsx",
  "exceljs",
];

/** A door's import rule: the engine only by its front door, and none of the folders `others`. */
function doorRule(files, others) {
  const patterns = [
    {
      group: ["**/engine/*"],
      message: "Import the engine from its front door (src/engine/index.ts), not its modules.",
    },
  ];
  if (others.length > 0)
    patterns.push({
      group: others.map((o) => `**/${o}/*`),
      message: "A door does not borrow another door's internals; shared UI lives in src/ui/.",
    });
  return {
    files,
    ignores: ["src/engine/**", "src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
}

module.exports = [
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/"] },
  ...officeAddins.configs.recommended,
  // typescript-eslint's recommended rules, on the @typescript-eslint plugin the office config registers.
  ...tseslint.configs.recommended
    .filter((c) => c.name !== "typescript-eslint/base")
    .map((c) => ({ ...c, files: ["**/*.ts", "**/*.tsx"] })),
  {
    // The office config registers @typescript-eslint for .ts only; React components need it too.
    files: ["**/*.tsx"],
    plugins: {
      "@typescript-eslint": officeAddins.configs.recommended.find(
        (c) => c.plugins?.["@typescript-eslint"]
      ).plugins["@typescript-eslint"],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    // The office plugin's own typescript-eslint (8.8) cannot load this rule under ESLint 9.39.
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
  {
    // React's rules of hooks, and effects that name what they depend on.
    files: ["src/**/*.tsx", "src/ui/use*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        process: "readonly",
        Buffer: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: impure, message: "The engine is pure: values in, results out." },
            {
              group: [
                "**/workbook/*",
                "**/cli/*",
                "**/taskpane/*",
                "**/web/*",
                "**/commands/*",
                "**/rankWorkbook",
                "**/ballotWorkbook",
              ],
              message: "The engine does not import its adapters, use cases or pages.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "process",
        "require",
      ],
    },
  },
  // Every door and adapter enters the engine by its one front door (src/engine/index.ts), and no door
  // borrows another's internals: the pane's UI, shared by the add-in and the web page, lives in src/ui/.
  doorRule(["src/**/*.ts", "src/**/*.tsx"], []),
  doorRule(["src/ui/**"], ["taskpane", "web", "cli", "commands"]),
  doorRule(["src/web/**"], ["taskpane", "cli", "commands"]),
  doorRule(["src/cli/**"], ["taskpane", "web", "ui", "commands"]),
  doorRule(["src/workbook/**", "src/*.ts"], ["taskpane", "web", "ui", "cli", "commands"]),
  {
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: { "no-console": "error" },
  },
  {
    // Issue 13: no function over 80 lines; a data table says so where it is (eslint-disable with its reason).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "max-lines-per-function": [
        "error",
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
];
