/** The add-in version, kept equal to package.json by a test (importing package.json would bundle it). */
export const VERSION = "0.1.0";
