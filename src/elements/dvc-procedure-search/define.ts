import { DvcProcedureSearch } from './dvc-procedure-search.js';

DvcProcedureSearch.define('dvc-procedure-search');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-procedure-search': DvcProcedureSearch;
  }
}
