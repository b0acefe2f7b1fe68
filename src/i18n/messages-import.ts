/** Interface strings of the import feature (zh and en must have the same keys). */
export const importMessages = {
  zh: {
    importTitle: '数据集',
    importCurrent: '正在显示“{title}”，共加载 {count} 个 · 可导入 JSON / CSV',
    importIntro:
      '导入自己的数据集：本站数据格式的 JSON，或按模板填写的 CSV（UTF-8）。可同时选择报告原文（.txt），逐字核对引文。文件只在本机浏览器中处理。',
    importChoose: '选择文件…',
    importDrop: '或将 .json / .csv 文件（及其 .txt 原文）拖放到此处',
    importLimits: '单个文件不超过 {fileMb} MB、{efforts} 项行动；本机最多保存 {storeMb} MB。',
    importTemplate: '下载 CSV 模板',
    importBusy: '正在检查“{name}”…',
    importDone: '已导入“{title}”：{efforts} 项行动，{measures} 项数据。',
    importFailed: '“{name}”未导入：发现 {count} 个问题。已加载的数据没有改变。',
    importLoaded: '已加载的数据集',
    importBundled: '内置数据',
    importFromFile: '导入自 {name}（{kind}，{date}）',
    importCounts: '{efforts} 项行动 · {measures} 项数据 · {organisations} 个组织 · {regions} 个地区',
    importShow: '显示',
    importShowing: '正在显示',
    importShowLabel: '在地图和图表中显示“{title}”',
    importRemove: '移除',
    importRemoveLabel: '移除数据集“{title}”',
    importRemoved: '已移除数据集“{title}”。',
    importStorageFull:
      '“{title}”已导入，但本机存储已满（导入的数据集合计 {used}，上限 {max}），刷新页面后将不再保留。请先移除不需要的数据集。',
    importStorageCount:
      '“{title}”已导入，但最多只能保存 {max} 个导入的数据集，刷新页面后将不再保留。请先移除不需要的数据集。',
    importStorageUnavailable: '“{title}”已导入，但浏览器不允许保存数据（{message}），刷新页面后将不再保留。',
    importStorageCorrupt: '本机保存的 {count} 个数据集已损坏或不再有效，已被丢弃。',
    importFigureFrom: '数据集：{title}',
    importTextEmbedded: '附带原文“{name}” · 引文已核对',
    importTextBundled: '内置原文 · 引文已核对',
  },
  en: {
    importTitle: 'Datasets',
    importCurrent: 'Showing “{title}”, {count} loaded · import JSON / CSV',
    importIntro:
      "Import your own dataset: JSON in our schema, or CSV (UTF-8) filled in from the template. Add the report's .txt to check every quote. Files are processed only in this browser.",
    importChoose: 'Choose files…',
    importDrop: 'or drop a .json / .csv file (and its .txt report) here',
    importLimits:
      'Up to {fileMb} MB and {efforts} efforts per file; up to {storeMb} MB kept in this browser.',
    importTemplate: 'Download the CSV template',
    importBusy: 'Checking “{name}”…',
    importDone:
      'Imported “{title}”: {efforts} {efforts|effort|efforts}, {measures} {measures|figure|figures}.',
    importFailed:
      '“{name}” was not imported: {count} {count|problem|problems} found. Nothing already loaded has changed.',
    importLoaded: 'Loaded datasets',
    importBundled: 'Bundled data',
    importFromFile: 'Imported from {name} ({kind}, {date})',
    importCounts:
      '{efforts} {efforts|effort|efforts} · {measures} {measures|figure|figures} · {organisations} {organisations|organisation|organisations} · {regions} {regions|region|regions}',
    importShow: 'Show',
    importShowing: 'Showing',
    importShowLabel: 'Show “{title}” on the map and charts',
    importRemove: 'Remove',
    importRemoveLabel: 'Remove the dataset “{title}”',
    importRemoved: 'Removed the dataset “{title}”.',
    importStorageFull:
      '“{title}” was imported, but browser storage for imports is full ({used}; the limit is {max}), so it will be gone after a reload. Remove a dataset you no longer need first.',
    importStorageCount:
      '“{title}” was imported, but at most {max} imported datasets can be kept, so it will be gone after a reload. Remove a dataset you no longer need first.',
    importStorageUnavailable:
      '“{title}” was imported, but the browser does not allow storing data ({message}), so it will be gone after a reload.',
    importStorageCorrupt: '{count} stored datasets were damaged or no longer valid and have been discarded.',
    importFigureFrom: 'Dataset: {title}',
    importTextEmbedded: 'Source text “{name}” · quotes checked',
    importTextBundled: 'Bundled source text · quotes checked',
  },
} as const;
