import { DvcPaymentSelector } from './dvc-payment-selector.js';

DvcPaymentSelector.define('dvc-payment-selector');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-payment-selector': DvcPaymentSelector;
  }
}
