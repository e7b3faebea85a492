// office-addin-lint picks this file up instead of its built-in config. We keep the Office add-in
// rules and add typescript-eslint's recommended set so `any` and unused code are caught. The Office
// config brings its own copy of the @typescript-eslint plugin, and ESLint refuses two plugins under
// one name, so its copy is replaced by the project's (same rules, one registration).
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const office = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const { "@typescript-eslint": _theirs, ...plugins } = config.plugins;
  return { ...config, plugins };
});

export default [
  { ignores: ["dist/**", "generated/**", "node_modules/**", "coverage/**"] },
  ...office,
  ...tseslint.configs.recommended,
  {
    // Build and start scripts run on Node, not in the add-in's browser runtime.
    files: ["scripts/**/*.mjs", "*.mjs", "*.js", "test/**/*.js"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tseslint.parser },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
