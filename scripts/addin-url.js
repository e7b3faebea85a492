// Where the add-in is served. The manifest is written for https://localhost:3000/ and a production
// build for another host replaces exactly that prefix (`npm run build -- --env ADDIN_URL=https://…/`).
const DEV_URL = "https://localhost:3000/";

/** The base URL from webpack's --env or the ADDIN_URL variable, always https and ending in "/". */
function addinUrl(env, processEnv) {
  const url = (env && env.ADDIN_URL) || (processEnv && processEnv.ADDIN_URL) || DEV_URL;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`ADDIN_URL must be an https:// address (got ${url})`);
  return url.endsWith("/") ? url : url + "/";
}

/** The manifest with every development URL pointing at `url` instead. */
function manifestFor(xml, url) {
  return xml.split(DEV_URL).join(url);
}

module.exports = { DEV_URL, addinUrl, manifestFor };
