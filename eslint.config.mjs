// office-addin-lint picks this file up instead of its built-in config; we extend the
// Office add-in rules with typescript-eslint's recommended set so `any` and unused code are caught.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "generated/**", "node_modules/**"] },
  ...officeAddins.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
];
