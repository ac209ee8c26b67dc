import { DvcOtpInput } from './dvc-otp-input.js';

DvcOtpInput.define('dvc-otp-input');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-otp-input': DvcOtpInput;
  }
}
