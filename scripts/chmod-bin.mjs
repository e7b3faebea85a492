// tsc writes the command without the executable bit; npm links it as a bin, so set it.
import fs from "node:fs";

const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8"));
for (const file of Object.values(pkg.bin))
  fs.chmodSync(new URL(`../${file}`, import.meta.url), 0o755);
