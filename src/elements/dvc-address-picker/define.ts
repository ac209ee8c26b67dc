import { DvcAddressPicker } from './dvc-address-picker.js';

DvcAddressPicker.define('dvc-address-picker');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-picker': DvcAddressPicker;
  }
}
