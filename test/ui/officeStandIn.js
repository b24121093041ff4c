/* global window, setTimeout */
// A stand-in for Office.js in a real browser: enough of Office and Excel for the task pane to load, check and
// rank the sheets the test puts in window.__SHEETS__ ({ name, values, formats }[]). Every property is readable at
// once; load() does nothing and sync() resolves, so it tests the page, not Office's loading rules
// (office-addin-mock does that in the adapter's tests).
(function () {
  var sheets = window.__SHEETS__ || [];
  var settings = {};
  var tables = [];
  function range(sheet, r, c, rows, cols) {
    var values = [];
    var formats = [];
    for (var i = 0; i < rows; i++) {
      values.push([]);
      formats.push([]);
      for (var j = 0; j < cols; j++) {
        values[i].push(
          (sheet.values[r + i] || [])[c + j] === undefined ? "" : sheet.values[r + i][c + j]
        );
        formats[i].push(((sheet.formats || [])[r + i] || [])[c + j] || "General");
      }
    }
    var obj = {
      load: function () {
        return obj;
      },
      numberFormat: formats,
      address: "'" + sheet.name + "'!A1",
      format: { autofitColumns: function () {}, font: {}, fill: {} },
      dataValidation: {},
      select: function () {
        window.__SELECTED__ = sheet.name;
      },
    };
    Object.defineProperty(obj, "values", {
      get: function () {
        return values;
      },
      set: function (v) {
        for (var i = 0; i < v.length; i++)
          for (var j = 0; j < v[i].length; j++)
            (sheet.values[r + i] = sheet.values[r + i] || [])[c + j] = v[i][j];
      },
    });
    return obj;
  }
  function sheetObject(sheet) {
    return {
      isNullObject: false,
      load: function () {},
      getUsedRangeOrNullObject: function () {
        var width = 0;
        sheet.values.forEach(function (row) {
          width = Math.max(width, (row || []).length);
        });
        return {
          isNullObject: sheet.values.length === 0,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: sheet.values.length,
          columnCount: width,
          load: function () {},
        };
      },
      getRangeByIndexes: function (r, c, rows, cols) {
        return range(sheet, r, c, rows, cols);
      },
      getRange: function () {
        return range(sheet, 0, 0, 1, 1);
      },
      tables: {
        add: function () {
          var t = { name: "", style: "" };
          tables.push(t);
          return t;
        },
      },
      freezePanes: { freezeRows: function () {} },
      pageLayout: { setPrintTitleRows: function () {}, zoom: {} },
      activate: function () {},
      delete: function () {
        sheets.splice(sheets.indexOf(sheet), 1);
      },
      set name(v) {
        sheet.name = v;
      },
      get name() {
        return sheet.name;
      },
    };
  }
  var worksheets = {
    load: function () {},
    get items() {
      return sheets.map(sheetObject);
    },
    getItem: function (name) {
      return sheetObject(
        sheets.filter(function (s) {
          return s.name === name;
        })[0]
      );
    },
    getItemOrNullObject: function (name) {
      var s = sheets.filter(function (x) {
        return x.name === name;
      })[0];
      return s
        ? sheetObject(s)
        : {
            isNullObject: true,
            getUsedRangeOrNullObject: function () {
              return { isNullObject: true, load: function () {} };
            },
          };
    },
    add: function (name) {
      var s = { name: name, values: [], formats: [] };
      sheets.push(s);
      return sheetObject(s);
    },
    onChanged: {
      add: function () {
        return { remove: function () {} };
      },
    },
  };
  var context = {
    workbook: { worksheets: worksheets, tables: { load: function () {}, items: [] } },
    application: {
      suspendApiCalculationUntilNextSync: function () {},
      suspendScreenUpdatingUntilNextSync: function () {},
    },
    sync: function () {
      return Promise.resolve();
    },
  };
  // Every Excel.run is counted: the what-if must not make any.
  window.__EXCEL_RUNS__ = 0;
  window.Excel = {
    run: function (batch) {
      window.__EXCEL_RUNS__ += 1;
      return batch(context);
    },
    VerticalAlignment: { top: "Top" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    SheetVisibility: { hidden: "Hidden" },
  };
  window.Office = {
    onReady: function (cb) {
      setTimeout(function () {
        cb({ host: "Excel" });
      }, 0);
      return Promise.resolve({ host: "Excel" });
    },
    AsyncResultStatus: { Succeeded: "succeeded" },
    actions: {
      associate: function (name, fn) {
        window.__COMMANDS__ = Object.assign(window.__COMMANDS__ || {}, { [name]: fn });
      },
    },
    addin: {
      showAsTaskpane: function () {
        return Promise.resolve();
      },
    },
    context: {
      displayLanguage: window.__LANGUAGE__ || "vi-VN",
      diagnostics: { platform: "OfficeOnline" },
      document: {
        settings: {
          get: function (k) {
            return settings[k];
          },
          set: function (k, v) {
            settings[k] = v;
          },
          saveAsync: function (cb) {
            cb({ status: "succeeded" });
          },
        },
      },
    },
  };
})();
