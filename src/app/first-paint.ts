/**
 * The static first paint (issue 12). index.html carries the header's title block and the loading
 * line in both interface languages (written from the catalogues at build time by
 * scripts/vite-first-paint.ts), so the title is painted with the HTML and the CSS, before any of
 * the app's JavaScript has arrived. This script is loaded blocking in <head>, before the body is
 * parsed, and says which copy shows: the language the app will open in (`initialLang`), and none
 * in an embed (`?embed=`, which has no header). React's first render replaces all of it.
 *
 * A linked dataset (`?dataset=…`) starts downloading here, in the data worker (`data-worker` on
 * this script names the worker's file): see src/worker/early-load.ts.
 *
 * It is built on its own as a classic script (no imports at run time, a few hundred bytes): it must
 * not wait for the app's modules.
 */
import { initialLangHere } from './initial-lang';
import { datasetPathFromSearch } from './dataset-path';
import { startEarlyLoad } from '../worker/early-load';

const html = document.documentElement;
html.dataset.lang = initialLangHere();
if (new URLSearchParams(window.location.search).has('embed')) html.dataset.embed = '';

const workerUrl = document.currentScript?.dataset.worker;
const { path } = datasetPathFromSearch(window.location.search);
if (workerUrl && path !== null && typeof Worker !== 'undefined') {
  startEarlyLoad(workerUrl, new URL(path, document.baseURI).href);
}
