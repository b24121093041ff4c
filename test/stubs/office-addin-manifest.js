// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose ESM dependencies Jest's
// CommonJS mode cannot load; this stub gives those names.
exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
