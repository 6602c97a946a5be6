/** The file-import part of the API's error catalogue (errors.ts spreads it into ERRORS). */
export const FILE_IMPORT_ERRORS = {
  import_file_missing: {
    status: 400,
    zh: "请在 file 字段上传文件",
    en: "Send the file in the multipart field 'file'",
  },
  import_too_large: { status: 413, zh: "上传文件过大", en: "The uploaded file is too large" },
  import_unsupported_format: {
    status: 415,
    zh: "不支持该文件格式（可导入 zip 打包的 Shapefile、GeoPackage、GeoJSON、KML/KMZ、CSV、XLSX、国土 TXT）",
    en: "Unsupported file format (zipped Shapefile, GeoPackage, GeoJSON, KML/KMZ, CSV, XLSX, 国土 TXT can be imported)",
  },
  import_corrupt_file: {
    status: 422,
    zh: "文件已损坏或内容不符合其格式",
    en: "The file is damaged or does not follow its format",
  },
  import_missing_part: {
    status: 422,
    zh: "Shapefile 缺少组成文件（.shp、.dbf、.shx 须一起打包）",
    en: "A part of the shapefile is missing (.shp, .dbf and .shx go together in the zip)",
  },
  import_zip_too_many_entries: { status: 413, zh: "压缩包内文件过多", en: "The zip holds too many entries" },
  import_zip_too_large: { status: 413, zh: "压缩包解压后过大", en: "The zip is too large once uncompressed" },
  import_too_many_features: { status: 413, zh: "文件中的要素过多", en: "The file holds too many features" },
  import_too_many_vertices: { status: 413, zh: "文件中的坐标点过多", en: "The file holds too many vertices" },
  import_no_layers: { status: 422, zh: "文件中没有可导入的图层", en: "The file holds no layer to import" },
  import_unknown_source_layer: { status: 400, zh: "文件中没有这个图层", en: "The file has no such layer" },
  import_unknown_encoding: { status: 400, zh: "不支持该文字编码", en: "Unknown text encoding" },
  import_timeout: {
    status: 422,
    zh: "文件解析超时，请拆分后再导入",
    en: "Reading the file took too long; split it and import the parts",
  },
  import_bad_mapping: { status: 400, zh: "字段对应关系格式有误", en: "The column mapping is malformed" },
  import_not_found: { status: 404, zh: "没有这个导入", en: "No such import" },
  import_not_staged: {
    status: 409,
    zh: "该导入已提交或已撤销",
    en: "The import is already committed or undone",
  },
  import_has_errors: {
    status: 409,
    zh: "导入数据仍有错误，请修正、排除出错的行或选择修复几何图形",
    en: "The import still has errors: fix them, skip the rows or ask for the geometry to be repaired",
  },
  import_not_committed: {
    status: 409,
    zh: "只有已提交的导入可以撤销",
    en: "Only a committed import can be undone",
  },
  import_rows_changed: {
    status: 409,
    zh: "导入后数据已被修改或删除，不能撤销",
    en: "Rows of the import were changed or deleted since, so it cannot be undone",
  },
  import_undo_blocked: {
    status: 409,
    zh: "导入的数据已被其他数据引用，不能撤销",
    en: "Other records now refer to rows of the import, so it cannot be undone",
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
