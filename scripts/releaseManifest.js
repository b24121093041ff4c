// The release manifest, from manifest.xml (which is the development one: the dev server's URLs, the
// development Id): the organisation's HTTPS host, the release Id, the plain display name. Used by
// webpack when ADDIN_URL is set (`ADDIN_URL=https://host/path npm run build`), and by the manifest test.
const DEV_URL = "https://localhost:3000";
/** The release Id: stable, since Office keeps an add-in's settings per Id; development has its own. */
const RELEASE_ID = "8b86ee57-ec96-4346-9416-d62a454e89be";

function releaseManifest(xml, url) {
  const base = String(url).replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s"<>]+(\/[^\s"<>]*)?$/.test(base))
    throw new Error(`ADDIN_URL must be an https address, not '${url}'`);
  const origin = /^https:\/\/[^/]+/.exec(base)[0];
  return xml
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${RELEASE_ID}</Id>`)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base)
    .replace(/ \(dev\)"/g, '"')
    .replace(
      /<!--[\s\S]*?-->\n?/,
      "<!-- Bình Xét: the release manifest, built from manifest.xml. -->\n"
    );
}

module.exports = { releaseManifest, RELEASE_ID, DEV_URL };
